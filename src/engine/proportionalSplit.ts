import { Decimal, ZERO, sum } from "./decimal";

/**
 * Exact shares of `pot` in proportion to `weights`. With no positive weight
 * nothing can be shared: every share is zero and the caller reports the pot
 * as unallocated.
 */
export function proportionalSplit(pot: Decimal, weights: readonly Decimal[], total: Decimal = sum(weights)): Decimal[] {
  if (weights.some((w) => w.isNegative())) throw new RangeError("proportionalSplit: negative weight");
  if (total.isZero()) return weights.map(() => ZERO);
  // One division per block, not one per region: the factor carries 40 digits, far past the krona.
  const factor = pot.div(total);
  return weights.map((w) => w.mul(factor));
}
