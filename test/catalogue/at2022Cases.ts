import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * AT 2022 ("Fördelning 2022": header row 5, regions in rows 6–26, *God nivå* in
 * E, *Ansökt* in F). The decision lists the regions at the good level (all but
 * Stockholm 6, Uppsala 7, Skåne 15, Västra Götaland 17): a *God nivå* column
 * confirms the list, an empty cell is the list's answer, and a cell that says
 * otherwise is refused at its cell. Counts are held to AT 2024's bounds.
 */
const BELOW = new Set([6, 7, 15, 17]);
const ROWS = Array.from({ length: 21 }, (_, i) => i + 6);

const set = (cell: string, value: unknown) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(cell).value = value as ExcelJS.CellValue;
};
/** Every *God nivå* cell written as the list says, in one form of yes and one of no. */
const goodLevel = (yes: unknown, no: unknown) => (ws: ExcelJS.Worksheet) => {
  for (const r of ROWS) ws.getCell(`E${r}`).value = (BELOW.has(r) ? no : yes) as ExcelJS.CellValue;
};
const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const all: Outcome = { accepted: true, check: "all" };

export const AT2022_CASES: Case[] = [
  // God nivå: the decision's list, which a workbook confirms and never changes.
  { name: "an empty God nivå cell is the decision's list, not Nej", edit: set("E9", null), outcome: all },
  { name: "a God nivå column left empty throughout", edit: goodLevel(null, null), outcome: all },
  { name: "God nivå as yes and no", edit: goodLevel("yes", "no"), outcome: all },
  { name: "God nivå as TRUE and FALSE", edit: goodLevel(true, false), outcome: all },
  { name: "God nivå as x for the good level and blank below it", edit: goodLevel("x", null), outcome: all },
  { name: "God nivå as check marks ✓ and ✗", edit: goodLevel("✓", "✗"), outcome: all },
  { name: "God nivå as ☑ and ☐", edit: goodLevel("☑", "☐"), outcome: all },
  { name: "God nivå Nej for a region the decision lists at the good level", edit: set("E9", "Nej"), outcome: err("E9", `Östergötland: the decision's list has the region at the good level, but the cell says "Nej"`, `Östergötland: beslutets lista har regionen på god nivå, men cellen säger "Nej"`) },
  { name: "God nivå Ja for a region the decision lists below it", edit: set("E6", "Ja"), outcome: err("E6", `Stockholm: the decision's list has the region below the good level, but the cell says "Ja"`, `Stockholm: beslutets lista har regionen under god nivå, men cellen säger "Ja"`) },
  { name: "God nivå TRUE for a region below it", edit: set("E15", true), outcome: err("E15", "Skåne: the decision's list has the region below the good level, but the cell says TRUE", "men cellen säger SANT") },
  { name: "God nivå an empty box for a region at the good level", edit: set("E13", "☐"), outcome: err("E13", `Gotland: the decision's list has the region at the good level, but the cell says "☐"`) },
  {
    name: "a contradicting God nivå for a region that did not apply",
    edit: (ws) => ((ws.getCell("F7").value = "Nej"), (ws.getCell("D7").value = null), (ws.getCell("E7").value = "Ja")),
    outcome: err("E7", "Uppsala: the decision's list has the region below the good level", "Uppsala: beslutets lista har regionen under god nivå"),
  },
  { name: "God nivå crosses beside blanks only", edit: goodLevel(null, "✗"), outcome: err("E6", `"✗" could be a cross for yes or a no: write Ja or Nej`, `"✗" kan vara ett kryss (ja) eller ett nej`) },
  { name: "God nivå neither yes nor no", edit: set("E10", "kanske"), outcome: err("E10", `"kanske" is not yes or no`, `"kanske" är varken ja eller nej`) },
  // Counts and plans by AT 2024's bounds.
  { name: "a count over 60 per 100 000 inhabitants", edit: set("D13", 190), outcome: err("D13", "that is 311 per 100 000 inhabitants: no region has over 60", "det vill säga 311 per 100 000 invånare") },
  { name: "a count over 5 times the plan", edit: set("D6", 1400), outcome: err("D6", "more than 5 times the planned 260", "mer än 5 gånger det planerade 260") },
  { name: "a planned value over 60 per 100 000 inhabitants", edit: set("C13", "160"), outcome: err("C13", "no region plans over 60", "ingen region planerar över 60") },
  // Gotland +9 over its plan: 9 000 000 on the ladder, and a third of the 111 000 000 the ladder leaves (increases 10, 10, 9 are the three largest).
  {
    name: "a count over 35 per 100 000 inhabitants",
    edit: set("D13", 25),
    outcome: { accepted: true, warning: "is 25, that is 40.9 per 100 000 inhabitants, unusually high", warningSv: "det vill säga 40,9 per 100 000 invånare, ovanligt högt", cell: "D13", check: { region: "09", block: "block3", equals: 46000000 } },
  },
  // Stockholm +270: 20 000 000 on the ladder, and the 64 000 000 left as the largest increase below the good level.
  {
    name: "a count more than twice the plan",
    edit: set("D6", 530),
    outcome: { accepted: true, warning: "is 530, far from the planned 260", warningSv: "är 530, långt från det planerade 260", cell: "D6", check: { region: "01", block: "block2", equals: 84000000 } },
  },
  { name: "a negative plan of a region that did not apply", edit: (ws) => ((ws.getCell("F7").value = "Nej"), (ws.getCell("D7").value = null), (ws.getCell("C7").value = -50)), outcome: err("C7", "a planned count cannot be negative", "ett planerat antal kan inte vara negativt") },
  { name: "the statistical .. as the count of a region that did not apply", edit: (ws) => ((ws.getCell("F7").value = "Nej"), (ws.getCell("D7").value = "..")), outcome: { accepted: true, check: { region: "03", block: "total", equals: 0 } } },
];
