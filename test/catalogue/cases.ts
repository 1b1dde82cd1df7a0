import type ExcelJS from "exceljs";

/**
 * The catalogue of bad and unusual input on the officer's 2024 workbook (sheet
 * "Fördelning 2024": header row 4, regions in rows 5–25, sum row 26). Each case is
 * one edit, and what a careful officer wants from it: an error naming its cell
 * (nothing written), or the round computed as it should be (with a warning where
 * something deserves a look). README → Troubleshooting lists the same.
 */
export type Outcome =
  | { error: string; cell: string; sv?: string; onWrite?: true } // the cell, a part of the message (en, and sv where given); onWrite: refused when writing (a preview has nothing to refuse)
  | { accepted: true; warning?: string; warningSv?: string; cell?: string; check?: { region: string; block: string; equals: "baseline" | number } | "all" };

export interface Case {
  name: string;
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>;
  outcome: Outcome;
}

const set = (cell: string, value: unknown) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(cell).value = value as ExcelJS.CellValue;
};
const err = (cell: string, error: string, sv?: string): { error: string; cell: string; sv?: string } => ({ error, cell, sv });
const same = (region: string, block = "total"): Outcome => ({ accepted: true, check: { region, block, equals: "baseline" } });

export const CASES: Case[] = [
  // Numbers written as text, in the forms seen in Swedish workbooks: read as the numbers they are.
  { name: "population with spaces between thousands", edit: set("B5", "2 455 914"), outcome: same("01") },
  { name: "population with no-break spaces", edit: set("B5", "2\u00a0455\u00a0914"), outcome: same("01") },
  { name: "population with narrow no-break spaces", edit: set("B5", "2\u202f455\u202f914"), outcome: same("01") },
  { name: "population with a Swedish decimal comma and zero", edit: set("B5", "2455914,0"), outcome: same("01") },
  { name: "population with English thousands commas", edit: set("B5", "2,455,914"), outcome: same("01") },
  { name: "count as text with spaces around", edit: set("D5", " 295 "), outcome: same("01") },
  { name: "planned as a Swedish decimal", edit: set("C8", "86,5"), outcome: same("05") },
  { name: "planned range with a hyphen", edit: set("C8", "84-89"), outcome: same("05") },
  { name: "planned range with spaces around the dash", edit: set("C8", "84 – 89"), outcome: same("05") },
  { name: "planned range with an em dash", edit: set("C8", "84—89"), outcome: same("05") },
  { name: "a formula with its computed number", edit: set("D5", { formula: "290+5", result: 295 }), outcome: same("01") },
  { name: "a region name in other case and with spaces", edit: set("A5", "  REGION STOCKHOLM "), outcome: same("01") },
  // Numbers that are not numbers, or not the kind the rules need.
  { name: "population with a decimal comma that is not whole", edit: set("B5", "2455,914"), outcome: err("B5", "2455.914 is not a whole number of inhabitants") },
  { name: "a count with a unit", edit: set("D5", "295 st"), outcome: err("D5", '"295 st" is not a number') },
  { name: "a count in words", edit: set("D14", "tjugo"), outcome: err("D14", '"tjugo" is not a number') },
  { name: "a count that could be a thousand or one", edit: set("D5", "1,234"), outcome: err("D5", "is ambiguous") },
  { name: "a count TRUE", edit: set("D5", true), outcome: err("D5", "is TRUE, not a number", "är SANT, inte ett tal") },
  { name: "a count that is a date", edit: set("D5", new Date("2024-05-01")), outcome: err("D5", '"2024-05-01" is not a number') },
  { name: "a negative count", edit: (ws) => ((ws.getCell("D15").value = -3), (ws.getCell("E15").value = -3)), outcome: err("D15", "a count cannot be negative") },
  { name: "a negative count with a minus sign as text", edit: (ws) => ((ws.getCell("D15").value = "−3"), (ws.getCell("E15").value = null)), outcome: err("D15", "a count cannot be negative") },
  { name: "a count with decimals", edit: set("E20", 65.5), outcome: err("E20", "posts are counted whole") },
  { name: "a population of zero", edit: set("B12", 0), outcome: err("B12", "it must be above zero") },
  { name: "a negative population", edit: set("B12", -61093), outcome: err("B12", "it must be above zero") },
  { name: "a population with decimals", edit: set("B12", 61093.5), outcome: err("B12", "not a whole number of inhabitants") },
  { name: "a missing population", edit: set("B9", null), outcome: err("B9", "population of Jönköping is empty") },
  // Excel's error values in input cells.
  { name: "#N/A in a count", edit: set("D13", { error: "#N/A" }), outcome: err("D13", "holds the error #N/A") },
  { name: "#REF! in a population", edit: set("B13", { error: "#REF!" }), outcome: err("B13", "holds the error #REF!") },
  { name: "#DIV/0! in a planned value", edit: set("C13", { error: "#DIV/0!" }), outcome: err("C13", "holds the error #DIV/0!") },
  { name: "#VALUE! in a count", edit: set("E13", { error: "#VALUE!" }), outcome: err("E13", "holds the error #VALUE!") },
  { name: "a formula whose result is an error", edit: set("D13", { formula: "1/0", result: { error: "#DIV/0!" } }), outcome: err("D13", "holds the error #DIV/0!") },
  // Planned values.
  { name: "a planned range that runs backwards", edit: set("C8", "89–84"), outcome: err("C8", "the range runs backwards") },
  { name: "I.U as the planned value of a region that applied", edit: set("C14", "I.U"), outcome: err("C14", "(ingen uppgift) has no planned figure") },
  { name: "a planned value in words", edit: set("C14", "cirka 200"), outcome: err("C14", "is not a planned value") },
  { name: "I.U as the planned value of a region that did not apply", edit: set("C6", "I.U"), outcome: { accepted: true } },
  // Regions and rows.
  { name: "a region twice", edit: set("A11", "Kronoberg"), outcome: err("A11", "Kronoberg appears twice") },
  { name: "a region name no spelling matches", edit: set("A10", "Region Kronobergg"), outcome: err("A10", '"Region Kronobergg" is not a region') },
  { name: "a blank row inside the table", edit: (ws) => void ws.spliceRows(12, 0, []), outcome: same("25") },
  { name: "merged region cells", edit: (ws) => ws.mergeCells("A10:A11"), outcome: err("A11", "no region name (is the region cell empty, or merged with the row above?) (the cell is part of the merged range A10:A11") },
  { name: "merged population cells", edit: (ws) => ws.mergeCells("B10:B11"), outcome: err("B11", "is empty (the cell is part of the merged range B10:B11") },
  { name: "a hidden row", edit: (ws) => void (ws.getRow(12).hidden = true), outcome: { accepted: true, warning: "the row of Gotland is hidden or filtered out; it is included", check: { region: "09", block: "total", equals: "baseline" } } },
  { name: "a count from a region whose applied cell says no", edit: set("D6", 40), outcome: err("F6", 'Uppsala: applied is "Nej", but a count is reported', "Uppsala: ansökt är \"Nej\", men ett antal är rapporterat") },
  // Columns.
  { name: "two columns that both look like the population, no rule decides", edit: (ws) => { ws.getCell("B4").value = "Folkmängd"; ws.getCell("K4").value = "Befolkning"; for (let r = 5; r <= 25; r++) ws.getCell(`K${r}`).value = 100000; }, outcome: err("K4", "2 columns look like the population", "2 kolumner ser ut att vara folkmängd") },
  { name: "no header for the population", edit: set("B4", "Antal personer"), outcome: err("A4", "no column for the population") },
  // The round as a whole.
  { name: "an applicant with no count", edit: (ws) => ((ws.getCell("D21").value = null), (ws.getCell("E21").value = null)), outcome: err("D21", "is empty, but the region applied") },
  { name: "an applied cell that is neither yes nor no", edit: set("F7", "kanske"), outcome: err("F7", '"kanske" is not yes or no') },
  { name: "a table without any applying region", edit: (ws) => { for (let r = 5; r <= 25; r++) ws.getRow(r).getCell(6).value = "Nej", ws.getRow(r).getCell(4).value = null, ws.getRow(r).getCell(5).value = null; }, outcome: err("F4", "no region in the table applied") },
  // Writing.
  { name: "a target cell holding a formula", edit: set("J7", { formula: "H7+I7" }), outcome: { ...err("J7", "holds \"=H7+I7\", which Fördela did not write"), onWrite: true } },
  { name: "a protected sheet", edit: async (ws) => ws.protect("", {}), outcome: { ...err("'Fördelning 2024'", "the sheet is protected"), onWrite: true } },
];
