import type { Decimal } from "../engine/decimal";

/**
 * The rules for the quantities a round reads, in one place: a table cell and a
 * custom function's argument are held to the same ones. Each says what is wrong, or null.
 */
export function populationProblem(d: Decimal): string | null {
  if (!d.isPositive() || d.isZero()) return `is ${d.toString()}: it must be above zero`;
  if (!d.isInteger()) return `${d.toString()} is not a whole number of inhabitants`;
  return null;
}

export function countProblem(d: Decimal): string | null {
  if (d.isNegative()) return `is ${d.toString()}: a count cannot be negative`;
  if (!d.isInteger()) return `is ${d.toString()}: posts are counted whole`;
  return null;
}
