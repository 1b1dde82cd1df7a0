/**
 * A stand-in for Excel calling a custom function, kept as strict as Excel is
 * documented to be (../shared/spec/addin.md and the sources below):
 * - an empty cell arrives as null on Excel on the web and current desktop
 *   builds, and as 0 on older desktop builds, with no way to tell
 *   (OfficeDev/office-js #4702, #5262, #1951): `blanks` chooses which;
 * - an error value in an input cell short-circuits the call: Excel shows the
 *   input's error and never runs the function ("Handle and return errors from
 *   your custom function", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors);
 * - dates arrive as serial numbers (days since 1899-12-30), whatever the
 *   cell's format ("Custom functions parameter options": values are passed as
 *   Excel stores them);
 * - a function's error is a CustomFunctions.Error with a code and a message;
 *   only #VALUE! and #N/A show the message.
 * It also sets `Office.context.displayLanguage`, which the functions read for
 * the language of their messages.
 */
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The error a custom function gives Excel, as the cell shows it; fails where the function returns a value instead. */
export function excelError(f: () => unknown): ExcelError {
  try {
    f();
  } catch (e) {
    if (e instanceof ExcelError) return e;
    throw e;
  }
  throw new Error("no Excel error was thrown");
}

export type Blanks = "null" | "zero";

/** Installs the runtime's globals as the shared runtime has them, for `lang` (an Office display language such as "sv-SE"). */
export function installRuntime(displayLanguage = "sv-SE"): void {
  const g = globalThis as unknown as { CustomFunctions: unknown; Office: unknown };
  g.CustomFunctions = { Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  g.Office = { context: { displayLanguage } };
}

/** Days since 1899-12-30 (Excel's 1900 system from March 1900 on). */
export function serialOf(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A rectangle of a sheet as Excel passes it to a function: blanks as null or 0;
 * dates (the .xlsx reader gives date cells as ISO dates) as serial numbers.
 */
export function rangeArg(sheet: SheetSnapshot, top: number, left: number, height: number, width: number, blanks: Blanks): unknown[][] {
  return Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => {
      const v = sheet.values[top + i]?.[left + j] ?? null;
      if (v === null || v === "") return blanks === "null" ? null : 0;
      if (typeof v === "string" && ISO_DATE.test(v)) return serialOf(v);
      return v;
    }),
  );
}

const isErrorValue = (v: unknown): v is { error: string } | string =>
  (typeof v === "object" && v !== null && "error" in v) || (typeof v === "string" && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(v));

/**
 * Calls `fn` as Excel would: an error in any input cell is the result, and the
 * function is not called; a thrown CustomFunctions.Error is the cell's error.
 */
export function callLikeExcel<T>(fn: (...args: never[]) => T, ...args: unknown[]): T | { error: string; message?: string } {
  for (const a of args) {
    const cells = Array.isArray(a) ? a.flat(2) : [a];
    const bad = cells.find(isErrorValue);
    if (bad !== undefined) return { error: typeof bad === "string" ? bad : bad.error };
  }
  try {
    return fn(...(args as never[]));
  } catch (e) {
    if (e instanceof ExcelError) return { error: e.code, message: e.message };
    throw e;
  }
}

/**
 * Where Excel runs the function. The web has a limit the desktop does not:
 * a custom function's arguments and its result travel between Excel's
 * servers and the browser as one payload of at most 5 MB, and a call over
 * it shows #CALC! in the cell, before (arguments) or instead of (result)
 * anything the function returns. Microsoft confirms the 5 MB custom-function
 * payload as a platform constraint, by design (OfficeDev/office-js #4654);
 * a whole-column argument (A:A) works on the desktop and gives #CALC! on the
 * web (#4613); the Excel JavaScript API has the same 5 MB for requests and
 * responses on the web (learn.microsoft.com/office/dev/add-ins/excel/performance,
 * "Payload size limit best practices"). The size is counted as the JSON the
 * values are sent as; the real encoding differs in detail, not in kind: a
 * column of 1 048 576 empty cells is over 7 MB either way.
 */
export type Platform = "web" | "desktop";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Bytes of a value as JSON, counted without building one string of it (a whole column is a million rows). */
export function payloadBytes(value: unknown): number {
  if (value === null || value === undefined) return 4; // null
  if (typeof value === "number") return String(value).length;
  if (!Array.isArray(value)) return Buffer.byteLength(JSON.stringify(value));
  let n = 2 + Math.max(0, value.length - 1); // brackets and commas
  for (const v of value) n += payloadBytes(v);
  return n;
}

/**
 * Calls `fn` as Excel on `platform` would: on the web, arguments over the
 * payload limit give #CALC! and the function is never called, and a result
 * that takes the call over it gives #CALC! instead of the spill; otherwise as
 * `callLikeExcel`.
 */
export function callOn<T>(platform: Platform, fn: (...args: never[]) => T, ...args: unknown[]): T | { error: string; message?: string } {
  const sent = platform === "web" ? args.reduce<number>((n, a) => n + payloadBytes(a), 0) : 0;
  if (sent > PAYLOAD_LIMIT) return { error: "#CALC!" };
  const out = callLikeExcel(fn, ...args);
  if (platform === "web" && sent + payloadBytes(out) > PAYLOAD_LIMIT) return { error: "#CALC!" };
  return out;
}

/** Rows in a worksheet: what a whole-column reference (D:D) hands over on the desktop. */
export const SHEET_ROWS = 1048576;

/**
 * A whole column as Excel hands it over: `cells` from row `top` (0 for row 1),
 * every other of the 1 048 576 rows an empty cell (null, or 0 from an older
 * desktop build). The empty rows share one array: the stand-in need not spend
 * a million of them, the function must not care.
 */
export function wholeColumn(cells: readonly unknown[][], top: number, blanks: Blanks): unknown[][] {
  const width = cells[0]?.length ?? 1;
  const empty = Object.freeze(Array.from({ length: width }, () => (blanks === "null" ? null : 0))) as unknown[];
  const out: unknown[][] = new Array(SHEET_ROWS);
  for (let i = 0; i < SHEET_ROWS; i++) out[i] = i >= top && i < top + cells.length ? cells[i - top] : empty;
  return out;
}
