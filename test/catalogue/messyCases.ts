import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * Messy officer workbooks (issue 11): the bundled 2024 workbook with one
 * realistic change each. Refused with the cell and a message in both
 * languages, or read as the officer reads it, with the published amounts.
 */
const set = (cell: string, value: unknown) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(cell).value = value as ExcelJS.CellValue;
};
const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const sameAll = (cell?: string, warning?: string, warningSv?: string): Outcome => ({ accepted: true, check: "all", cell, warning, warningSv });

/** A copy of the round's sheet's values under another name (last year's sheet, a population sheet). */
function copySheet(wb: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string, change: (ws: ExcelJS.Worksheet) => void, first = false): void {
  const ws = wb.addWorksheet(name);
  // A merged range's value is its first cell's only (exceljs gives it for every cell of the range).
  from.eachRow((row, r) => row.eachCell((cell, c) => void (cell.isMerged && cell.master !== cell ? null : (ws.getCell(r, c).value = cell.value))));
  change(ws);
  if (first) (ws as unknown as { orderNo: number }).orderNo = -1; // exceljs writes sheets in this order
}

const REGION_ROWS = Array.from({ length: 21 }, (_, i) => 5 + i);

export const MESSY_CASES: Case[] = [
  // 1. Not a value: refused with its cell.
  { name: "a formula never computed (written by a script)", edit: set("D5", { formula: "290+5" }), outcome: err("D5", "whose result was never computed", "aldrig har räknats ut") },
  { name: "an error value in a region that did not apply", edit: set("C6", { error: "#N/A" }), outcome: err("C6", "holds the error #N/A", "innehåller felvärdet #N/A") },
  { name: "an empty applied cell beside reported counts", edit: set("F8", null), outcome: err("F8", "Östergötland: applied is empty, but a count is reported", "ansökt är tom") },
  { name: "a dash as the count of a region that applied", edit: (ws) => ((ws.getCell("D21").value = "–"), (ws.getCell("E21").value = "–")), outcome: err("D21", "is empty, but the region applied", "är tom, men regionen har ansökt") },
  { name: "a negative planned value", edit: set("C9", -5), outcome: err("C9", "a planned count cannot be negative", "kan inte vara negativt") },
  { name: "a count far more per 100 000 than any region has", edit: set("D5", 2950), outcome: err("D5", "per 100 000 inhabitants: no region has over 60", "per 100 000 invånare: ingen region har över 60") },
  { name: "a count many times the plan", edit: set("D5", 1450), outcome: err("D5", "more than 5 times the planned 280", "mer än 5 gånger det planerade 280") },
  { name: "a population in thousands", edit: set("B5", 2456), outcome: err("B5", "no region has fewer than 10 000 inhabitants", "ingen region har färre än 10 000 invånare") },
  { name: "a count with a figure dash as its minus", edit: set("D15", "\u20123"), outcome: err("D15", "a count cannot be negative", "ett antal kan inte vara negativt") },
  { name: "a region's county code that is another region's", edit: set("A5", "03 Stockholms län"), outcome: err("A5", "the county code 03 is not Stockholm's", "länskoden 03 hör inte till Stockholm") },
  { name: "a long misspelt region name, quoted short", edit: set("A10", `Region Kronobergg ${"med en mycket lång anteckning ".repeat(4)}`), outcome: err("A10", "…\" is not a region", "…\" är ingen region") },
  { name: "a workbook of another year (2022)", edit: (ws) => { ws.getCell("A1").value = "Prestationsbaserat statsbidrag för fler AT-tjänster 2022"; for (const c of ["C4", "D4", "E4"]) ws.getCell(c).value = String(ws.getCell(c).value).replace("2024", "2022"); }, outcome: err("A4", "is for 2022, but the round at-2024 is for 2024: use --round at-2022", "gäller 2022, men omgången at-2024 gäller 2024: använd --round at-2022") },
  // 2. No region dropped silently.
  { name: "a region row deleted", edit: (ws) => void ws.spliceRows(12, 1), outcome: { accepted: true, cell: "A4", warning: "1 of the 21 regions is not in the table and gets nothing: Gotland", warningSv: "1 av de 21 regionerna finns inte i tabellen och får ingenting: Gotland" } },
  { name: "the last region's name typed over as Riket", edit: set("A25", "Riket"), outcome: { accepted: true, cell: "A25", warning: 'the row "Riket" under the table is read as a total row, but its figures are not the sums', warningSv: "men dess tal är inte summorna" } },
  { name: "a sum row inside the table", edit: (ws) => void ws.spliceRows(15, 0, ["Summa södra", 1000000]), outcome: sameAll("A15", 'the row "Summa södra" inside the table is skipped', 'raden "Summa södra" inne i tabellen hoppas över') },
  { name: "a note row inside the table", edit: (ws) => void ws.spliceRows(15, 0, ["Norra regionerna:"]), outcome: sameAll("A15", 'the row "Norra regionerna:" inside the table is skipped') },
  { name: "last year's table under this one", edit: (ws) => { ws.getCell("A32").value = "Region"; ws.getCell("B32").value = "Folkmängd 2022"; for (const [i, r] of REGION_ROWS.entries()) (ws.getCell(`A${33 + i}`).value = ws.getCell(`A${r}`).value), (ws.getCell(`B${33 + i}`).value = 1000); }, outcome: sameAll("A33", "a second table starts, and it is not read") },
  // 3. Look-alikes: chosen by a rule an officer can check, and said.
  { name: "populations of 1 Nov 2023 and 1 Nov 2024", edit: (ws) => { ws.getCell("K4").value = "Folkmängd 1 nov 2024"; for (const r of REGION_ROWS) ws.getCell(`K${r}`).value = 300000; }, outcome: sameAll("B4", "because it names the round's population date 2023-11-01", "eftersom den anger omgångens befolkningsdatum 2023-11-01") },
  { name: "filled posts of 2023 and 2024", edit: (ws) => { ws.getCell("K4").value = "Tillsatta AT 2023"; for (const r of REGION_ROWS) ws.getCell(`K${r}`).value = 1; }, outcome: sameAll("D4", "because it names the round's year 2024") },
  { name: "derived columns beside the inputs", edit: (ws) => { ws.getCell("K4").value = "AT per 100 000 invånare"; ws.getCell("L4").value = "Kronor per invånare"; for (const r of REGION_ROWS) (ws.getCell(`K${r}`).value = 12.3), (ws.getCell(`L${r}`).value = 40); }, outcome: sameAll() },
  { name: "last year's sheet first", edit: (ws, wb) => copySheet(wb, ws, "Fördelning 2023", (c) => void (c.getCell("A1").value = "AT-tjänster 2023"), true), outcome: sameAll("A4", "which names the round's year 2024; not from \"Fördelning 2023\"", "som anger omgångens år 2024") },
  { name: "a sheet of populations before the round's", edit: (ws, wb) => copySheet(wb, ws, "Befolkning", (c) => { c.spliceColumns(3, 8); c.getCell("A1").value = "Folkmängd"; }, true), outcome: sameAll() },
  { name: "two copies of the round's sheet, no year to tell them apart", edit: (ws, wb) => { ws.name = "Fördelning"; ws.getCell("A1").value = "AT-tjänster"; for (const c of ["C4", "D4", "E4"]) ws.getCell(c).value = String(ws.getCell(c).value).replace(" 2024", ""); copySheet(wb, ws, "Kopia", () => undefined); }, outcome: err("Kopia!A4", "several sheets hold the round's table", "flera blad har omgångens tabell") },
  // 5. What officers type.
  { name: "footnote markers after region names", edit: (ws) => { ws.getCell("A5").value = "Region Stockholm*"; ws.getCell("A12").value = "Region Gotland¹"; ws.getCell("A7").value = "Region Sörmland a)"; }, outcome: sameAll() },
  { name: "county codes before region names", edit: (ws) => { for (const [i, r] of REGION_ROWS.entries()) ws.getCell(`A${r}`).value = `${["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"][i]} ${String(ws.getCell(`A${r}`).value).replace(/^Region /, "")}`; }, outcome: sameAll() },
  { name: "Region with or without län, Region Västra Götaland", edit: (ws) => { ws.getCell("A16").value = "Region Västra Götaland"; ws.getCell("A9").value = "Region Jönköping"; ws.getCell("A18").value = "Örebro län"; }, outcome: sameAll() },
  { name: "invisible characters in names and numbers", edit: (ws) => { ws.getCell("A5").value = "\ufeffRegion Stockholm\u200b"; ws.getCell("D5").value = "29\u200b5"; ws.getCell("B12").value = "61\u00a0093\u200e"; }, outcome: sameAll() },
  { name: "a planned range with a non-breaking hyphen", edit: set("C8", "84\u201189"), outcome: sameAll() },
  { name: "a dash for no figure in a region that did not apply", edit: (ws) => ((ws.getCell("D6").value = "–"), (ws.getCell("E6").value = "-")), outcome: sameAll() },
  { name: "the header row under 60 rows of notes", edit: (ws) => void ws.spliceRows(3, 0, ...Array.from({ length: 60 }, (_, i) => [i % 7 === 0 ? `Anteckning ${i}` : null])), outcome: sameAll() },
  { name: "a header broken over two lines with a hyphen", edit: set("B4", "Folk-\nmängd 1 nov 2023"), outcome: sameAll() },
  { name: "a header split over two rows", edit: (ws) => { ws.spliceRows(4, 0, [null, null, null, "AT-tjänster 2024"]); ws.mergeCells("D4:E4"); ws.getCell("D5").value = "Tillsatta"; ws.getCell("E5").value = "Påbörjade"; }, outcome: sameAll() },
  { name: "a national total row first", edit: (ws) => void ws.spliceRows(5, 0, ["Riket", 10557682]), outcome: sameAll() },
  { name: "Totalsumma as the sum row", edit: set("A26", "Totalsumma"), outcome: sameAll() },
  { name: "a sheet whose name begins with Fördela", edit: (ws) => void (ws.name = "Fördelade medel 2024"), outcome: sameAll() },
];
