import path from "node:path";
import type ExcelJS from "exceljs";
import type { Case } from "./cases";
import { describeCatalogue } from "./describeCatalogue";

/**
 * A round file's rules against the table they meet (issue 24): korta
 * vårdköerna's leftovers go to "the five first" by operations per 100 000;
 * a table of four regions would make that every region, without a word.
 */
const EXAMPLES = path.join(__dirname, "..", "..", "examples");
/** The table's first n regions kept, the other rows emptied (regions in rows 6–26). */
const keepFirst = (n: number) => (ws: ExcelJS.Worksheet) => {
  for (let r = 6 + n; r <= 26; r++) ws.getRow(r).eachCell((cell) => void (cell.value = null));
};

const CASES: Case[] = [
  { name: "a table of four regions for a rule on the first five", edit: keepFirst(4), outcome: { error: "the rule blocks[1].pots[0].leftover.n takes the first 5 regions, but the table has only 4", cell: "A5", sv: "tar de 5 första regionerna, men tabellen har bara 4" } },
  { name: "a table of five regions for a rule on the first five", edit: keepFirst(5), outcome: { accepted: true, warning: "not in the table" } },
];

describeCatalogue(
  "the catalogue of a round file's rules against its table (korta vårdköerna 2025)",
  { example: path.join(EXAMPLES, "korta-vardkoerna-2025-exempel.xlsx"), sheet: "Fördelning 2025", round: ["--round-file", path.join(EXAMPLES, "korta-vardkoerna-2025.json")], total: 497000000 },
  CASES,
);
