import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { CASES, type Case } from "./cases";
import { describeCatalogue } from "./describeCatalogue";
import { MESSY_CASES } from "./messyCases";

const ALL: Case[] = [...CASES, ...MESSY_CASES];

it("the 2024 catalogue has a case for each kind, more than 70 in all", () => expect(ALL.length).toBeGreaterThanOrEqual(70));

describeCatalogue("the catalogue of bad and messy input, AT 2024 (command line, --write)", { example: EXAMPLE, sheet: SHEET, round: ["--round", "at-2024"], total: 223000000 }, ALL);
