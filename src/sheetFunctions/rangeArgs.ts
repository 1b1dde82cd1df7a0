import { render } from "../messages/message";
import { Rational } from "../engine/rational";
import { Fields } from "../rounds/fields";
import type { LadderStep } from "../engine/ladder";
import { cellError, type CellValue } from "../workbook/cell";
import { parseNumber } from "../workbook/parseNumber";
import { FunctionError } from "./functionError";

/** A range argument as one list of cells, row by row (a column, a row or a block of cells). */
export function cellsOf(range: unknown[][] | null | undefined): CellValue[] {
  return (range ?? []).flat().map((v) => (v === undefined ? null : (v as CellValue)));
}

/** Excel hands empty cells to a custom function as 0 (or ""): either way, nothing was entered. */
export function isEmptyArg(v: CellValue): boolean {
  return v === null || v === 0 || (typeof v === "string" && v.trim() === "");
}

/** A number from a cell, in Swedish or English form; the message names the row. */
export function numberArg(v: CellValue, what: string, row: number): Rational {
  const error = cellError(v);
  if (error) throw new FunctionError(`row ${row}: ${what} holds the error ${error}`);
  if (v === null || (typeof v === "string" && v.trim() === "")) throw new FunctionError(`row ${row}: ${what} is empty`);
  const p = parseNumber(v);
  if (!p.ok) throw new FunctionError(`row ${row}: ${what} ${render(p.problem, "en")}`);
  return p.value;
}

export function sameLength(lists: [string, unknown[]][]): void {
  const [first, ...rest] = lists;
  for (const [name, list] of rest) {
    if (list.length !== first[1].length) throw new FunctionError(`${name} has ${list.length} cells but ${first[0]} has ${first[1].length}: give ranges of the same size`);
  }
}

/** A pot, by the same rule as a round definition's: whole kronor above zero. */
export function potArg(pot: unknown): Rational {
  const f = new Fields();
  const d = f.amount(pot, "pot");
  if (f.problems.length) throw new FunctionError(`pot: ${render(f.problems[0].problem, "en")}`);
  return d;
}

/** Ladder steps from two ranges, or the default when both are omitted. */
export function stepsArg(thresholds: unknown[][] | null | undefined, amounts: unknown[][] | null | undefined, fallback: LadderStep[]): LadderStep[] {
  const t = cellsOf(thresholds);
  const a = cellsOf(amounts);
  if (t.length === 0 && a.length === 0) return fallback;
  if (t.length !== a.length) throw new FunctionError(`thresholds has ${t.length} cells but amounts has ${a.length}`);
  // Trailing empty rows of a step table are not steps (0 can be a real threshold, so only where both are empty).
  let n = t.length;
  while (n > 0 && isEmptyArg(t[n - 1]) && isEmptyArg(a[n - 1])) n--;
  if (n === 0) throw new FunctionError("thresholds and amounts hold no steps");
  const f = new Fields();
  const steps = f.steps(t.slice(0, n).map((threshold, i) => ({ threshold: numberArg(threshold, "threshold", i + 1).toNumber(), amount: numberArg(a[i], "amount", i + 1).toString() })), "steps");
  if (f.problems.length) throw new FunctionError(f.problems.map((p) => render(p.problem, "en")).join("; "));
  return steps;
}
