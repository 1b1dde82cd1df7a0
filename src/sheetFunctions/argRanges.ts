import type { Localized } from "../messages/message";
import type { CellValue } from "../workbook/sheet/cell";
import { parseNumber } from "../workbook/values/parseNumber";
import { FunctionError } from "./functionError";

/**
 * A range argument as Excel hands it to a custom function, read as an officer
 * sees it:
 * - an empty cell arrives as null (Excel on the web, current desktop builds)
 *   or as 0 (older desktop builds; office-js #4702, #5262), with no way to
 *   tell: where a field cannot be 0 (a population, a planned value) a 0 is
 *   empty; where it can (a count), a 0 is 0;
 * - a header at the top (a column's first cell, a row's first cell, a block's
 *   first row) is skipped when every range starts with one: text that is no
 *   number. Lines empty in every range above it (the title rows a whole column
 *   D:D takes in) are skipped with it, and spill as empty cells, so the spill
 *   stays level with the rows;
 * - trailing empty lines (a whole-column reference such as C:C hands over all
 *   1 048 576 rows on the desktop) are dropped before any line is copied, and
 *   the spill has only the used lines: never a million-row spill, which would
 *   meet #SPILL! below the table and Excel's payload limit. (Excel on the web
 *   never calls the function with a whole column: its arguments exceed the
 *   5 MB custom-function payload and the cell shows #CALC!, office-js #4613,
 *   #4654; the README asks for bounded ranges.)
 * - the result spills in the first range's shape (see `spill`).
 */
export interface RangeArg {
  name: Localized;
  range: unknown[][] | null | undefined;
  /** True where the field cannot be 0, so that a 0 is a blank Excel handed over. */
  zeroIsBlank: boolean;
}

export interface Shape {
  /** A single row: its cells are the lines (a header is its first cell). */
  across: boolean;
  /** Cells per line (1 for a row or a column, the width for a block). */
  width: number;
}

export interface ReadArgs {
  /** Each argument's data cells, line by line, header and trailing blank lines left out. */
  cells: CellValue[][];
  header: boolean;
  /** Lines above the data: a header, and the lines empty in every range above it (a whole column's title rows). */
  top: number;
  /** Data lines kept. */
  lines: number;
  /** The first argument's shape: the spill follows it. */
  shape: Shape;
}

/** One cell as Excel handed it over: empty (null) for a blank, an empty text, or a 0 where the field cannot be 0. */
export function handedOver(v: unknown, zeroIsBlank: boolean): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "string" && v.trim() === "") return null;
  if (v === 0 && zeroIsBlank) return null;
  return v as CellValue;
}

/** Nothing in the cell: a blank, an empty text, or a 0 (how an older desktop build hands over an empty cell). */
const nothing = (v: unknown) => handedOver(v, true) === null;

/**
 * How many rows of the range are used: trailing rows with nothing in them are
 * not. Scanned from the end over the range as Excel handed it, before any row
 * is copied: a whole column (D:D) arrives as 1 048 576 rows on the desktop, and
 * only the used ones are worth an array each. A trailing run of 0s is empty
 * cells from an older desktop build, never data: no range ends in a real 0
 * that changes an amount (a count of 0 earns nothing).
 */
export function usedRows(range: readonly (readonly unknown[])[]): number {
  let end = range.length;
  while (end > 0 && range[end - 1].every(nothing)) end--;
  return end;
}

/** Lines used: rows, or for a single row (a whole row, 2:2, has 16 384 cells) its cells. */
function usedLines(range: readonly (readonly unknown[])[]): number {
  if (!shapeOf(range).across) return usedRows(range);
  let end = range[0].length;
  while (end > 0 && nothing(range[0][end - 1])) end--;
  return end;
}

/** The shape Excel handed over: from its height and width, not from what is used (a block whose last rows are empty is still a block). */
function shapeOf(range: readonly (readonly unknown[])[]): Shape {
  const width = range[0]?.length ?? 0;
  return range.length === 1 && width > 1 ? { across: true, width: 1 } : { across: false, width: Math.max(1, width) };
}

/** The range's first `end` lines (a single row: one cell a line). */
function linesOf(range: unknown[][], zeroIsBlank: boolean, end: number): CellValue[][] {
  const s = shapeOf(range);
  if (s.across) return range[0].slice(0, end).map((v) => [handedOver(v, zeroIsBlank)]);
  return range.slice(0, end).map((row) => Array.from({ length: s.width }, (_, j) => handedOver(row[j], zeroIsBlank)));
}

const isHeaderCell = (v: CellValue) => v === null || (typeof v === "string" && !parseNumber(v).ok);

/** A data line's number in its range, the lines above it counted, as the messages name it. */
export const lineNo = (read: ReadArgs, i: number) => i + 1 + read.top;

const isEmptyLine = (l: CellValue[]) => l.every((v) => v === null || v === 0);

export function readArgs(args: readonly RangeArg[]): ReadArgs {
  const ranges = args.map((a) => a.range ?? []);
  // Trailing lines empty in every argument are dropped before anything is copied; the rest keep their own length, so ranges of different sizes are still told apart.
  const end = ranges.reduce((m, r) => Math.max(m, usedLines(r)), 0);
  const lines = args.map((a, i) => linesOf(ranges[i], a.zeroIsBlank, end));
  let first = 0;
  while (first < end && lines.every((l) => !l[first] || isEmptyLine(l[first]))) first++;
  const header = lines.every((l) => first < l.length && l[first].every(isHeaderCell) && l[first].some((v) => v !== null));
  // Without a header the empty lines at the top are data lines like any blank one.
  const from = header ? first + 1 : 0;
  const cells = lines.map((l) => l.slice(from).flat());
  const [firstArg, ...rest] = cells;
  rest.forEach((c, i) => {
    if (c.length !== firstArg.length) throw FunctionError.of("fn.sizes", { name: args[i + 1].name, n: c.length, first: args[0].name, m: firstArg.length });
  });
  return { cells, header, top: from, lines: Math.max(0, end - from), shape: shapeOf(ranges[0]) };
}

/**
 * Results back in the first range's shape: a column spills a column, a row a
 * row, a block a block; a header line gets the function's label, the empty
 * lines above it empty cells.
 */
export function spill(values: readonly (number | string)[], read: ReadArgs, label: string): (number | string)[][] {
  const { shape } = read;
  const lines: (number | string)[][] = [];
  for (let i = 0; i < read.top; i++) lines.push(Array.from({ length: shape.width }, (_, j) => (j === 0 && i === read.top - 1 ? label : "")));
  for (let i = 0; i < read.lines; i++) lines.push(values.slice(i * shape.width, (i + 1) * shape.width) as (number | string)[]);
  return shape.across ? [lines.map((l) => l[0])] : lines;
}
