import { msg, type Localized } from "../messages/message";
import { ARGUMENT_NAMES } from "../messages/functionMessages";
import type { Rational } from "../engine/rational";
import { Fields } from "../rounds/fields";
import type { LadderStep } from "../engine/ladder";
import type { CellValue } from "../workbook/cell";
import { parseNumber } from "../workbook/parseNumber";
import { FunctionError } from "./functionError";
import { readArgs } from "./argRanges";

/**
 * A number from a cell, in Swedish or English form; the message names the row.
 * (An error value never gets here: Excel shows an input's error without
 * calling the function.)
 */
export function numberArg(v: CellValue, field: Localized, row: number): Rational {
  if (v === null) throw FunctionError.of("fn.cell", { row, field, problem: msg("value.empty") });
  const p = parseNumber(v);
  if (!p.ok) throw FunctionError.of("fn.cell", { row, field, problem: p.problem });
  return p.value;
}

/**
 * A pot, by the same rule as a round definition's: whole kronor above zero. A
 * pot computed by a formula (=160000000*0.07 gives 11200000.000000002) is
 * whole kronor when within 1e-6 of them.
 */
export function potArg(pot: unknown): Rational {
  const near = typeof pot === "number" && Math.abs(pot - Math.round(pot)) <= 1e-6 ? Math.round(pot) : pot;
  const f = new Fields();
  const d = f.amount(near, "pot");
  if (f.problems.length) throw FunctionError.of("fn.pot", { problem: f.problems[0].problem });
  return d;
}

/** Ladder steps from two ranges, or the default when both are omitted. */
export function stepsArg(thresholds: unknown[][] | null | undefined, amounts: unknown[][] | null | undefined, fallback: LadderStep[]): LadderStep[] {
  if ((thresholds ?? []).length === 0 && (amounts ?? []).length === 0) return fallback;
  // 0 can be a real threshold: only a line where both are empty is no step (readArgs drops trailing ones).
  let read;
  try {
    read = readArgs([
      { name: ARGUMENT_NAMES.threshold, range: thresholds, zeroIsBlank: false },
      { name: ARGUMENT_NAMES.amount, range: amounts, zeroIsBlank: false },
    ]);
  } catch (e) {
    if (e instanceof FunctionError && e.problem.code === "fn.sizes") throw FunctionError.of("fn.stepSizes", { t: e.problem.params.m, a: e.problem.params.n });
    throw e;
  }
  const [t, a] = read.cells;
  if (t.length === 0) throw FunctionError.of("fn.noSteps");
  const f = new Fields();
  const steps = f.steps(t.map((threshold, i) => ({ threshold: numberArg(threshold, ARGUMENT_NAMES.threshold, i + 1).toString(), amount: numberArg(a[i], ARGUMENT_NAMES.amount, i + 1).toString() })), "steps");
  if (f.problems.length) throw FunctionError.of("fn.steps", { problems: f.problems.map((p) => p.problem) });
  return steps;
}

