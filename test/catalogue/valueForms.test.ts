import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { describeCatalogue } from "./describeCatalogue";
import { VALUE_FORM_CASES } from "./valueFormCases";

describeCatalogue("the AT 2024 value forms of issue 24 (command line, --write)", { example: EXAMPLE, sheet: SHEET, round: ["--round", "at-2024"], total: 223000000 }, VALUE_FORM_CASES);
