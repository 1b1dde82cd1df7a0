import type { SheetLayout, RecordCell } from "../../workbook/sheet/ownSheet";
import { AMOUNT_FORMAT, type CellWrite } from "../../workbook/write/planWrite";
import type { CellValue, SheetSnapshot } from "../../workbook/sheet/cell";
import { isDateCode, serialToIso } from "../../workbook/sheet/dates";

/** The loaded parts of a range, as Office.js gives them. */
export interface LoadedRange {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/**
 * The loaded parts of a used range (in one piece or several), placed so that row 0,
 * column 0 is A1, as the workbook logic expects. Range.values gives a date as its
 * serial number in the workbook's date system: read as the .xlsx host reads it, an
 * ISO date ("feb 2024" typed in a header is one).
 */
export function snapshotFromRange(name: string, parts: readonly LoadedRange[], date1904 = false): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (const r of parts) {
    r.values.forEach((row, i) => {
      const at = r.rowIndex + i;
      values[at] = values[at] ?? [];
      formulas[at] = formulas[at] ?? [];
      numberFormats[at] = numberFormats[at] ?? [];
      row.forEach((v, j) => {
        const col = r.columnIndex + j;
        const f = r.formulas[i]?.[j];
        const format = String(r.numberFormat[i]?.[j] ?? "General");
        values[at][col] = v === "" ? null : typeof v === "number" && isDateCode(format) ? serialToIso(v, date1904) : (v as CellValue);
        formulas[at][col] = typeof f === "string" && f.startsWith("=") ? f : null;
        numberFormats[at][col] = format;
      });
    });
  }
  const fill = <T>(rows: T[][], empty: T) => Array.from(rows, (row) => Array.from(row ?? [], (v) => (v === undefined ? empty : v)));
  return { name, values: fill(values, null), formulas: fill(formulas, null), numberFormats: fill(numberFormats, "General") };
}

export interface CellRun {
  col: number;
  firstRow: number;
  values: (number | string)[][];
  /** Null where the cells keep their own number format. */
  numberFormat: string[][] | null;
}

/**
 * The planned cells as runs of adjacent rows, one range per run: a row the
 * plan skips (a sum row, a note between regions) is in no range, so neither its
 * value nor its number format is touched. Text gets the text format "@" so that
 * it is never read as a formula; a number gets the format the plan names, or
 * keeps the cell's own (a run is then written without a format).
 */
export function cellRuns(cells: readonly CellWrite[]): CellRun[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellRun[] = [];
  for (const w of sorted) {
    const format = typeof w.value === "string" ? "@" : (w.numFmt ?? null);
    const last = runs[runs.length - 1];
    if (last && last.col === w.col && last.firstRow + last.values.length === w.row && (last.numberFormat === null) === (format === null)) {
      last.values.push([w.value]);
      last.numberFormat?.push([format as string]);
    } else runs.push({ col: w.col, firstRow: w.row, values: [[w.value]], numberFormat: format === null ? null : [[format]] });
  }
  return runs;
}

/** The record sheet as one rectangle: text cells formatted "@", numbers "General". */
export function recordRange(rows: readonly RecordCell[][], layout?: SheetLayout): { values: (string | number)[][]; numberFormat: string[][] } {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  // Text as text (never a formula); on a table, its amount columns' numbers as whole kronor.
  const numberFormat = values.map((r) => r.map((v, c) => (typeof v === "string" && v !== "" ? "@" : typeof v === "number" && layout?.amountCols.includes(c) ? AMOUNT_FORMAT : "General")));
  return { values, numberFormat };
}

/** "Blad 1!A1:A4,'Blad 1'!A6:A9" (a RangeAreas address) → ["A1:A4", "A6:A9"]; a single cell "A5" as "A5:A5". */
export function areasOf(address: string): string[] {
  return address
    .split(",")
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter((a) => a !== "")
    .map((a) => (a.includes(":") ? a : `${a}:${a}`));
}

/**
 * The rows from `from` to below `rows` that no visible area covers (0-based):
 * hidden or filtered out. Areas come as cells ("A1:J9"), whole rows ("1:9") or
 * whole columns ("A:C", every row shown); rows above `from` (above the range
 * asked about, where the sheet is empty) count as shown.
 */
export function hiddenRows(visible: readonly string[], rows: number, from = 0): number[] {
  const shown = new Uint8Array(rows);
  shown.fill(1, 0, Math.min(rows, from));
  for (const area of visible) {
    if (/^[A-Z]+:[A-Z]+$/.test(area)) return [];
    const m = /^[A-Z]*(\d+):[A-Z]*(\d+)$/.exec(area);
    if (!m) continue;
    for (let r = Number(m[1]) - 1; r < Math.min(rows, Number(m[2])); r++) shown[r] = 1;
  }
  const hidden: number[] = [];
  shown.forEach((v, r) => v || hidden.push(r));
  return hidden;
}
