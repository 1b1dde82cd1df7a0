import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * AT 2024's value forms still missed (issue 24, item 6), on the officer's 2024
 * workbook ("Fördelning 2024": header row 4, regions in rows 5–25; population B,
 * planned C, filled D, started E, *Ansökt* F; Uppsala 6, Sörmland 7 and
 * Värmland 17 did not apply): statistical notation for "no figure", check marks
 * for *applied*, a plan that cannot be right where it does not pay, and a
 * population column of another date than the round's.
 */
const ROWS = Array.from({ length: 21 }, (_, i) => i + 5);
const NOT_APPLIED = new Set([6, 7, 17]);

const set = (cell: string, value: unknown) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(cell).value = value as ExcelJS.CellValue;
};
const both = (row: number, value: unknown) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(`D${row}`).value = value as ExcelJS.CellValue;
  ws.getCell(`E${row}`).value = value as ExcelJS.CellValue;
};
/** Every *Ansökt* cell written in one form of yes and one of no. */
const applied = (yes: unknown, no: unknown) => (ws: ExcelJS.Worksheet) => {
  for (const r of ROWS) ws.getCell(`F${r}`).value = (NOT_APPLIED.has(r) ? no : yes) as ExcelJS.CellValue;
};
const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const all: Outcome = { accepted: true, check: "all" };
const dated = (warning: string, warningSv: string): Outcome => ({ accepted: true, warning, warningSv, cell: "B4", check: "all" });

export const VALUE_FORM_CASES: Case[] = [
  // "No figure" as statistical tables write it: the same as "–".
  { name: "the statistical .. as the counts of a region that did not apply", edit: both(6, ".."), outcome: all },
  { name: "an ellipsis … as the counts of a region that did not apply", edit: both(7, "…"), outcome: all },
  { name: "a lone . as the counts of a region that did not apply", edit: both(17, "."), outcome: all },
  { name: "the statistical .. as the started posts beside the filled ones", edit: set("E5", ".."), outcome: all },
  { name: "the statistical .. as the planned value of a region that did not apply", edit: set("C6", ".."), outcome: all },
  { name: "the statistical .. as both counts of a region that applied", edit: both(21, ".."), outcome: err("D21", "is empty, but the region applied", "är tom, men regionen har ansökt") },
  { name: "the statistical .. as the planned value of a region that applied", edit: set("C8", ".."), outcome: err("C8", "planned count of Östergötland is empty") },
  { name: "the statistical .. as a population", edit: set("B9", ".."), outcome: err("B9", "population of Jönköping is empty", "folkmängd för Jönköping är tom") },
  // Check marks for applied.
  { name: "applied as ✓ and ✗", edit: applied("✓", "✗"), outcome: all },
  { name: "applied as ✔ and Nej", edit: applied("✔", "Nej"), outcome: all },
  { name: "applied as ☑ and ☐", edit: applied("☑", "☐"), outcome: all },
  { name: "applied as ✅ and blank", edit: applied("✅", null), outcome: all },
  { name: "a ✗ for a no beside Ja", edit: applied("Ja", "✗"), outcome: all },
  { name: "crosses for no beside x for yes", edit: applied("x", "✗"), outcome: err("F6", `"✗" could be a cross for yes or a no: write Ja or Nej`, `"✗" kan vara ett kryss (ja) eller ett nej: skriv Ja eller Nej`) },
  { name: "a check mark for a region that reports no count", edit: set("F6", "✓"), outcome: err("D6", "is empty, but the region applied") },
  { name: "a ✗ beside reported counts", edit: set("F5", "✗"), outcome: err("F5", `Stockholm: applied is "✗", but a count is reported`, `Stockholm: ansökt är "✗", men ett antal är rapporterat`) },
  { name: "a yes/no column the round does not use (Prognos in AT 2024)", edit: (ws) => ((ws.getCell("K4").value = "Prognos"), (ws.getCell("K5").value = "kanske")), outcome: all },
  // A plan that cannot be right is refused even where it does not pay.
  { name: "a negative plan of a region that did not apply", edit: set("C6", -55), outcome: err("C6", "planned count of Uppsala is -55: a planned count cannot be negative", "ett planerat antal kan inte vara negativt") },
  { name: "a negative plan as text of a region that did not apply", edit: set("C17", "−48"), outcome: err("C17", "a planned count cannot be negative") },
  { name: "a plan over 60 per 100 000 of a region that did not apply", edit: set("C6", 5500), outcome: err("C6", "no region plans over 60", "ingen region planerar över 60") },
  { name: "a note as the plan of a region that did not apply", edit: set("C7", "ej aktuellt"), outcome: all },
  // The population's date: a column of another date than the round's (1 Nov 2023) is read, and said.
  { name: "a population column of another date only", edit: set("B4", "Folkmängd 1 nov 2022"), outcome: dated(`the population column "Folkmängd 1 nov 2022" is of 1 Nov 2022, but this round uses the population of 1 Nov 2023`, `gäller 1 nov 2022, men omgången använder folkmängden den 1 nov 2023`) },
  { name: "a population column of the year's end", edit: set("B4", "Folkmängd 31 dec 2023"), outcome: dated("is of 31 Dec 2023, but this round uses the population of 1 Nov 2023", "gäller 31 dec 2023") },
  { name: "a population column of another year only", edit: set("B4", "Befolkning 2024"), outcome: dated(`the population column "Befolkning 2024" is of 2024`, `folkmängdskolumnen "Befolkning 2024" gäller 2024`) },
  { name: "a population column of the round's date in ISO form", edit: set("B4", "Folkmängd 2023-11-01"), outcome: all },
];
