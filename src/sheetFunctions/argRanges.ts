import type { Localized } from "../messages/message";
import type { CellValue } from "../workbook/cell";
import { parseNumber } from "../workbook/parseNumber";
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
 *   number;
 * - trailing empty lines (a whole-column reference such as C:C hands over all
 *   1 048 576 rows) are dropped;
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

function shapeOf(range: unknown[][]): Shape {
  const height = range.length;
  let width = 0;
  for (const r of range) width = Math.max(width, r.length); // no spread: a whole column has 1 048 576 rows
  return height === 1 && width > 1 ? { across: true, width: 1 } : { across: false, width: Math.max(1, width) };
}

/** The range as lines of cells (a single row: one cell a line). */
function linesOf(range: unknown[][], zeroIsBlank: boolean): CellValue[][] {
  const s = shapeOf(range);
  if (s.across) return range[0].map((v) => [handedOver(v, zeroIsBlank)]);
  return range.map((row) => Array.from({ length: s.width }, (_, j) => handedOver(row[j], zeroIsBlank)));
}

const isHeaderCell = (v: CellValue) => v === null || (typeof v === "string" && !parseNumber(v).ok);
const blankOrZero = (v: CellValue) => v === null || v === 0;

export function readArgs(args: readonly RangeArg[]): ReadArgs {
  const lines = args.map((a) => linesOf(a.range ?? [], a.zeroIsBlank));
  const header = lines.every((l) => l.length > 0 && l[0].every(isHeaderCell) && l[0].some((v) => v !== null));
  const from = header ? 1 : 0;
  // Trailing lines where every argument is empty (or 0: a whole column from an older desktop build).
  let end = lines.reduce((m, l) => Math.max(m, l.length), 0);
  while (end > from && lines.every((l) => (l[end - 1] ?? []).every(blankOrZero))) end--;
  const cells = lines.map((l) => l.slice(from, end).flat());
  const [first, ...rest] = cells;
  rest.forEach((c, i) => {
    if (c.length !== first.length) throw FunctionError.of("fn.sizes", { name: args[i + 1].name, n: c.length, first: args[0].name, m: first.length });
  });
  return { cells, header, lines: end - from, shape: shapeOf(args[0].range ?? []) };
}

/**
 * Results back in the first range's shape: a column spills a column, a row a
 * row, a block a block; a header line gets the function's label.
 */
export function spill(values: readonly (number | string)[], read: ReadArgs, label: string): (number | string)[][] {
  const { shape } = read;
  const lines: (number | string)[][] = [];
  if (read.header) lines.push(Array.from({ length: shape.width }, (_, j) => (j === 0 ? label : "")));
  for (let i = 0; i < read.lines; i++) lines.push(values.slice(i * shape.width, (i + 1) * shape.width) as (number | string)[]);
  return shape.across ? [lines.map((l) => l[0])] : lines;
}
