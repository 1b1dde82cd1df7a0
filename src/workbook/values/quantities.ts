import type { Rational } from "../../engine/rational";
import { msg, type Msg } from "../../messages/message";
import { decimalParam } from "./parseNumber";

/**
 * The rules for the quantities a round reads, in one place: a table cell and a
 * custom function's argument are held to the same ones. Each says what is wrong, or null.
 */
export function populationProblem(d: Rational): Msg | null {
  if (!d.isPositive() || d.isZero()) return msg("population.notPositive", { value: decimalParam(d) });
  if (!d.isInteger()) return msg("population.notWhole", { value: decimalParam(d) });
  return null;
}

export function countProblem(d: Rational): Msg | null {
  if (d.isNegative()) return msg("count.negative", { value: decimalParam(d) });
  if (!d.isInteger()) return msg("count.notWhole", { value: decimalParam(d) });
  return null;
}
