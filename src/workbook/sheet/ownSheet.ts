/**
 * Fördela's own sheets: the shape of a sheet it writes (the record, the decision's tables) and
 * how it knows a sheet as its own, so that reading never takes one for an officer's table and
 * writing never replaces an officer's sheet.
 */

/** Text cells of the record are always written as text, never as formulas. */
export type RecordCell = string | number | null;

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

/** The record sheet's first cell: how Fördela knows a sheet of that name as its own. */
export const RECORD_TITLE = "Fördela – beräkning / computation record";

/** Whether a sheet's cells are a record sheet Fördela wrote (never an officer's sheet that happens to have the name). */
export function isRecordSheet(values: readonly (readonly unknown[] | undefined)[]): boolean {
  return String(values[0]?.[0] ?? "").startsWith("Fördela – beräkning");
}

/** The sheet of rules a round can be read from, in Swedish and in English. */
export const ROUND_SHEET = "Fördela regler";
export const ROUND_SHEET_NAMES = [ROUND_SHEET, "Fördela rules"];
