import type { SheetLayout } from "../../workbook/ownSheet";
import { AMOUNT_FORMAT } from "../../workbook/planWrite";
import type { CellValue, SheetSnapshot } from "../../workbook/cell";
import { isDateCode, serialToIso } from "../../workbook/dates";
import type { CellWrite } from "../../workbook/planWrite";
import type { RecordCell } from "../../workbook/recordSheet";

/** The loaded parts of a used range, placed so that row 0, column 0 is A1, as the workbook logic expects. */
export function snapshotFromRange(name: string, r: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; rowIndex: number; columnIndex: number } | null): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  if (r) {
    r.values.forEach((row, i) => {
      const at = r.rowIndex + i;
      values[at] = [];
      formulas[at] = [];
      numberFormats[at] = [];
      row.forEach((v, j) => {
        const col = r.columnIndex + j;
        const f = r.formulas[i]?.[j];
        const format = String(r.numberFormat[i]?.[j] ?? "General");
        // Range.values gives a date as its serial number: read it as the .xlsx host does, an ISO date ("feb 2024" typed in a header is one).
        // The 1900 date system: a workbook on 1904 dates (Workbook.use1904DateSystem) is not told apart here yet.
        values[at][col] = v === "" ? null : typeof v === "number" && isDateCode(format) ? serialToIso(v, false) : (v as CellValue);
        formulas[at][col] = typeof f === "string" && f.startsWith("=") ? f : null;
        numberFormats[at][col] = format;
      });
    });
  }
  const fill = <T>(rows: T[][], empty: T) => Array.from(rows, (row) => Array.from(row ?? [], (v) => (v === undefined ? empty : v)));
  return { name, values: fill(values, null), formulas: fill(formulas, null), numberFormats: fill(numberFormats, "General") };
}

export interface ColumnWrite {
  col: number;
  firstRow: number;
  /** null leaves a cell as it is (Office.js). */
  values: (number | string | null)[][];
  numberFormat: string[][];
}

/**
 * The planned cells as one range per column, top to bottom. Rows the plan
 * skips carry null (unchanged) and their own number format; text gets the
 * text format "@" so that it is never read as a formula.
 */
export function columnWrites(cells: readonly CellWrite[], sheet: SheetSnapshot): ColumnWrite[] {
  const byCol = new Map<number, CellWrite[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c]);
  return [...byCol.entries()].map(([col, list]) => {
    const first = Math.min(...list.map((c) => c.row));
    const last = Math.max(...list.map((c) => c.row));
    const at = new Map(list.map((c) => [c.row, c]));
    const values: (number | string | null)[][] = [];
    const numberFormat: string[][] = [];
    for (let r = first; r <= last; r++) {
      const w = at.get(r);
      const existing = sheet.numberFormats?.[r]?.[col] ?? "General";
      values.push([w ? w.value : null]);
      numberFormat.push([w ? (typeof w.value === "string" ? "@" : w.numFmt ?? existing) : existing]);
    }
    return { col, firstRow: first, values, numberFormat };
  });
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
 * The rows below `rows` that no visible area covers (0-based): hidden or
 * filtered out. Areas come as cells ("A1:J9"), whole rows ("1:9") or whole
 * columns ("A:C", every row shown).
 */
export function hiddenRows(visible: readonly string[], rows: number): number[] {
  const shown = new Uint8Array(rows);
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
