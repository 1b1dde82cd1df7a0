import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * The catalogue of the hospital-beds round's monthly measures, on the bundled
 * example: main sheet "Vårdplatser 2024" (header row 5, regions in rows 6–26,
 * "Rapporterat data" in C), measure sheets "Överbeläggningar" and
 * "Utlokaliseringar" (title A1, header row 3: B–J 2023-02…2023-10, K–S
 * 2024-02…2024-10; regions in rows 4–24, Stockholm 4, Uppsala 5).
 */
const OVER = "Överbeläggningar";
const OUT = "Utlokaliseringar";
const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
const setOn = (name: string, cell: string, value: unknown) => (_: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => {
  sheet(wb, name).getCell(cell).value = value as ExcelJS.CellValue;
};
const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const all: Outcome = { accepted: true, check: "all" };

/** The measure sheet's rows as plain arrays: header row 3 on, region name first. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 3; r <= 24; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1, 20));
  return rows;
}

/** A new sheet: a title in A1, then a header row and region rows from A3. */
function addSheet(wb: ExcelJS.Workbook, name: string, title: string, rows: unknown[][], first = false): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  if (first) (ws as unknown as { orderNo: number }).orderNo = -1; // exceljs writes sheets by orderNo: this one first
  ws.getCell("A1").value = title;
  rows.forEach((row, i) => row.forEach((v, c) => (ws.getCell(3 + i, 1 + c).value = v as ExcelJS.CellValue)));
  return ws;
}

/** The measure kept on one sheet per year, its headers naming the month only ("feb"), the year in the sheet's name. */
function splitByYear(wb: ExcelJS.Workbook, name: string, monthNames: boolean): void {
  const rows = rowsOf(sheet(wb, name));
  const header = (m: unknown) => (monthNames ? ["feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt"][Number(String(m).slice(5)) - 2] : m);
  wb.removeWorksheet(sheet(wb, name).id);
  for (const [year, cols] of [["2023", [1, 10]], ["2024", [10, 19]]] as const) {
    const part = rows.map((r, i) => [r[0], ...r.slice(cols[0], cols[1]).map((v) => (i === 0 ? header(v) : v))]);
    addSheet(wb, `${name} ${year}`, `${name} per 100 disponibla vårdplatser ${year}`, part);
  }
}

/** Counts of overcrowded patients, laid out as the rates: region rows, a column per month. */
function countsOf(wb: ExcelJS.Workbook): unknown[][] {
  return rowsOf(sheet(wb, OVER)).map((r, i) => (i === 0 ? r : [r[0], ...r.slice(1).map((v) => Math.round(Number(v) * 90))]));
}

/** The 2024-02 overcrowding figures as a column of the main table ("Överbeläggningar feb 2024", column I). */
function mainColumn(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  ws.getCell("I5").value = "Överbeläggningar feb 2024";
  for (let r = 4; r <= 24; r++) ws.getCell(`I${r + 2}`).value = sheet(wb, OVER).getCell(`K${r}`).value;
}

export const BEDS_CASES: Case[] = [
  // Which sheet holds a measure: its unit and its year, by rules an officer can check.
  {
    name: "a sheet of patient counts before the rates sheet: the rates are read, the counts named",
    edit: (_, wb) => void addSheet(wb, "Antal överbeläggningar", "Antal överbeläggningar (patienter)", countsOf(wb), true),
    outcome: { accepted: true, warning: "holds counts", warningSv: "innehåller antal", cell: "'Antal överbeläggningar'!A3", check: "all" },
  },
  {
    name: "the only overcrowding sheet holds counts",
    edit: (_, wb) => {
      const counts = countsOf(wb);
      wb.removeWorksheet(sheet(wb, OVER).id);
      addSheet(wb, OVER, "Antal överbeläggningar", counts);
    },
    outcome: err(`'${OVER}'!A3`, "holds counts", "innehåller antal"),
  },
  { name: "the measure sheet named otherwise, its title naming the measure", edit: (_, wb) => void (sheet(wb, OVER).name = "Blad2"), outcome: all },
  { name: "a measure kept on one sheet per year", edit: (_, wb) => splitByYear(wb, OVER, false), outcome: all },
  { name: "one sheet per year, headers naming the month only", edit: (_, wb) => splitByYear(wb, OUT, true), outcome: all },
  { name: "a header naming a month but no year the sheet can give", edit: setOn(OVER, "K3", "feb"), outcome: err(`'${OVER}'!K3`, "names a month but no year", "anger en månad men inget år") },
  {
    name: "a copy of a measure sheet: the same months in two places",
    edit: (_, wb) => void addSheet(wb, `${OVER} (2)`, "Överbeläggningar per 100 disponibla vårdplatser", rowsOf(sheet(wb, OVER))),
    outcome: err(`'${OVER} (2)'!B3`, `is in two places, here and in '${OVER}'!B3`, "finns på två ställen"),
  },
  // Every month the round needs, once.
  { name: "a month's header emptied in the reference year", edit: setOn(OVER, "E3", null), outcome: err(`'${OVER}'!E3`, "no column for 2023-05", "ingen kolumn för 2023-05") },
  { name: "a month's column deleted in the reference year", edit: (_, wb) => void sheet(wb, OUT).spliceColumns(5, 1), outcome: err(`${OUT}!A3`, "no column for 2023-05") },
  {
    name: "a revised month typed as a second column",
    edit: (_, wb) => {
      const ws = sheet(wb, OUT);
      ws.getCell("T3").value = "2024-10";
      for (let r = 4; r <= 24; r++) ws.getCell(`T${r}`).value = 1;
    },
    outcome: err(`${OUT}!T3`, `the month 2024-10 has two columns (also ${OUT}!S3)`, "har två kolumner"),
  },
  // Every region once on each measure sheet.
  { name: "a region listed twice on a measure sheet", edit: (_, wb) => ["Region Uppsala", ...Array(18).fill(1)].forEach((v, c) => (sheet(wb, OUT).getCell(25, c + 1).value = v)), outcome: err(`${OUT}!A25`, `Uppsala appears twice (also ${OUT}!A5)`) },
  { name: "a region that reported, missing from a measure sheet", edit: (_, wb) => void sheet(wb, OUT).spliceRows(5, 1), outcome: err(`${OUT}!A3`, "Uppsala reported but has no row on the sheet Utlokaliseringar", "har ingen rad på bladet Utlokaliseringar") },
  {
    name: "a region that did not report, missing from the measure sheets",
    edit: (ws, wb) => {
      ws.getCell("C7").value = "Nej";
      for (const name of [OVER, OUT]) sheet(wb, name).spliceRows(5, 1);
    },
    // Computed: a region that did not report is paid nothing, here as in the example's rules.
    outcome: { accepted: true, check: { region: "03", block: "total", equals: 0 } },
  },
  // The same figures in two places.
  { name: "a month both in the main table and on its sheet, agreeing", edit: (ws, wb) => mainColumn(wb, ws), outcome: all },
  {
    name: "a month both in the main table and on its sheet, differing",
    edit: (ws, wb) => (mainColumn(wb, ws), void (ws.getCell("I7").value = 9.9)),
    outcome: err(`'${OVER}'!K5`, "is 2.1 here but 9.9 in 'Vårdplatser 2024'!I7", "samma värde på två ställen måste stämma"),
  },
  // Reported beside the figures.
  { name: "reported Nej beside monthly figures", edit: (ws) => void (ws.getCell("C7").value = "Nej"), outcome: err("C7", `Uppsala: reported is "Nej", but monthly figures are given ('${OVER}'!B5)`, 'rapporterat är "Nej"') },
  { name: "reported empty beside monthly figures", edit: (ws) => void (ws.getCell("C7").value = null), outcome: err("C7", `Uppsala: reported is empty, but monthly figures are given ('${OVER}'!B5)`, "rapporterat är tom") },
  // The figures themselves.
  { name: "148 per 100 beds: a decimal comma lost", edit: setOn(OVER, "K5", 148), outcome: err(`'${OVER}'!K5`, "is 148 per 100 available beds; it cannot be more than 30", "saknas ett decimalkomma") },
  { name: "an outplacement of 21 per 100 beds", edit: setOn(OUT, "K5", 21), outcome: err(`${OUT}!K5`, "cannot be more than 15") },
  { name: "an unusually high month", edit: setOn(OVER, "K5", 18), outcome: { accepted: true, warning: "is 18 per 100 available beds, unusually high (above 15)", warningSv: "ovanligt högt", cell: `'${OVER}'!K5` } },
  { name: "a figure typed as percent text", edit: setOn(OVER, "K5", "2,1%"), outcome: all },
  { name: "a figure typed as percent text with a space", edit: setOn(OUT, "K5", "1,6 %"), outcome: all },
  { name: "a figure as text that is no number", edit: setOn(OVER, "K5", "2,1 st"), outcome: err(`'${OVER}'!K5`, '"2,1 st" is not a number') },
  { name: "a negative figure", edit: setOn(OVER, "K5", -2.1), outcome: err(`'${OVER}'!K5`, "a rate cannot be negative") },
];
