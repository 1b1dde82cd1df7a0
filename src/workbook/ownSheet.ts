import type { RecordCell } from "./recordSheet";

/** How a sheet of Fördela's own is laid out for reading and printing. */
export interface SheetLayout {
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Columns (from 0) whose numbers show as whole kronor, `#,##0`; other numbers keep the General format (86,5 stays 86,5). */
  amountCols: number[];
  /** Print the sheet one page wide (as many pages down as it needs). */
  fitToWidth: boolean;
  landscape: boolean;
}

/** A whole sheet Fördela writes and may replace: the record sheet, the decision's tables. */
export interface OwnSheet {
  sheet: string;
  rows: RecordCell[][];
  layout?: SheetLayout;
}

/** The last line of every table sheet Fördela writes: how a later run knows the sheet is its own to replace. */
export const TABLE_MARKER = "Skapad av Fördela / Made by Fördela";

/** Whether a sheet was written by Fördela as a decision table (its marker line is there). */
export function isOwnTable(values: readonly (readonly unknown[] | undefined)[]): boolean {
  return values.some((row) => typeof row?.[0] === "string" && row[0].startsWith(TABLE_MARKER));
}
