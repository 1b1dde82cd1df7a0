import { msg, type Localized } from "../messages/message";
import { ARGUMENT_NAMES } from "../messages/functionMessages";
import type { Rational } from "../engine/rational";
import { Fields } from "../rounds/fields";
import type { LadderStep } from "../engine/ladder";
import type { CellValue } from "../workbook/sheet/cell";
import { parseNumber } from "../workbook/values/parseNumber";
import { FunctionError } from "./functionError";
import { handedOver, lineNo, readArgs } from "./argRanges";

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
 * whole kronor when within 1e-6 of them. The argument is declared `any`, so a
 * pot typed as text ("63 000 000", which Excel keeps as text) reaches us and is
 * read as the cells are; an empty cell is refused as empty (passed as 0 by an
 * older desktop build it is refused as a pot of 0).
 */
export function potArg(pot: unknown): Rational {
  const v = handedOver(pot, false);
  if (v === null) throw FunctionError.of("fn.potEmpty");
  const text = typeof v === "string" ? parseNumber(v) : null;
  if (text && !text.ok) throw FunctionError.of("fn.pot", { problem: text.problem });
  const value = text?.ok ? text.value.toString() : v;
  const near = typeof value === "number" && Math.abs(value - Math.round(value)) <= 1e-6 ? Math.round(value) : value;
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
  // Declared any[][] (not number[][], which Excel would refuse or convert before we see it), so a header row is skipped as in every range and a text further down is refused with its line.
  const line = (i: number) => lineNo(read, i);
  const steps = f.steps(t.map((threshold, i) => ({ threshold: numberArg(threshold, ARGUMENT_NAMES.threshold, line(i)).toString(), amount: numberArg(a[i], ARGUMENT_NAMES.amount, line(i)).toString() })), "steps");
  if (f.problems.length) throw FunctionError.of("fn.steps", { problems: f.problems.map((p) => p.problem) });
  return steps;
}

