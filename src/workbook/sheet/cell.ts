import { cleanText } from "./cellText";
import { msg, quoted, type Msg, type Param } from "../../messages/message";

/**
 * A cell's value as both Office.js `Range.values` and an .xlsx reader give it:
 * a number, text, a boolean, empty (null or ""), or an Excel error value.
 */
export type CellValue = number | string | boolean | null | { error: string };

/** One worksheet as plain 2-D arrays, starting at A1 (row 0, column 0). */
/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits, support.microsoft.com). */
export const CELL_TEXT_LIMIT = 32_767;

export interface SheetSnapshot {
  name: string;
  values: CellValue[][];
  /** The formula of each cell that has one ("=SUM(H5:H25)"), else null. */
  formulas?: (string | null)[][];
  /** Number formats, where the host reads them (Office.js does, to write back what it does not change). */
  numberFormats?: string[][];
  /** Merged ranges ("A10:A11"), where the host knows them. */
  merges?: string[];
  /** 0-based rows that are hidden or filtered out, where the host knows them. */
  hiddenRows?: number[];
  /** Protected against edits: Fördela then writes nothing. */
  protected?: boolean;
  /** What the host could not read of this sheet (Excel refused that part): its warnings are said instead. */
  unread?: ("merges" | "hiddenRows")[];
}

/** "'Fördelning 2024'!D14" → its sheet and 0-based row and column; null for anything else. */
export function parseAddress(address: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), row: Number(m[4]) - 1, col: columnIndex(m[3]) as number };
}

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** Excel error values arrive as objects from an .xlsx reader and as "#N/A"-style text from Office.js. */
export function cellError(value: CellValue): string | null {
  if (value !== null && typeof value === "object") return value.error;
  if (typeof value === "string" && ERROR_TEXT.test(value.trim())) return value.trim();
  return null;
}

/** The error an .xlsx reader gives a formula cell that has no stored result: it was never computed. */
export const NOT_COMPUTED = "#NOT-COMPUTED";

/** What is wrong with a cell holding an error value, in words an officer can act on. */
export function errorProblem(error: string): Msg {
  return error === NOT_COMPUTED ? msg("value.notComputed") : msg("value.error", { error });
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && cleanText(value) === "");
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row]?.[col] ?? null;
}

/** A1-style column letters for a 0-based column. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based column for A1-style letters, or null. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  return letters.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'Fördelning 2024'!D14` */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(col)}${row + 1}`;
}

/** How a value reads in a message: text quoted (and cut short), errors as they are. */
export function showCell(value: CellValue): Param {
  if (value === null) return { sv: "tom", en: "empty" };
  if (typeof value === "object") return value.error === NOT_COMPUTED ? { sv: "en formel som aldrig räknats ut", en: "a formula never computed" } : value.error;
  if (typeof value === "string") return quoted(value);
  if (typeof value === "boolean") return value ? { sv: "SANT", en: "TRUE" } : { sv: "FALSKT", en: "FALSE" };
  return String(value);
}

/** Excel compares sheet names ignoring case (and so must we, for the record sheet and --sheet). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("sv") === b.toLocaleUpperCase("sv");
}
