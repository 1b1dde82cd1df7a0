import { Decimal, ZERO, sum } from "./decimal";

export interface ExactShare {
  /** The exact (unrounded) amount in kronor; never negative. */
  exact: Decimal;
  /** Ties between equal fractional parts go to the lower rank (official region-code order). */
  rank: number;
}

/**
 * Hamilton's largest-remainder method: floor every share, then give one krona
 * each to the largest fractional parts until the whole-kronor pot is reached.
 * Returns whole kronor in the order of `shares`.
 *
 * The shares must sum to `pot` (up to the precision of the division that made
 * them); the pot must be whole kronor.
 */
export function largestRemainder(pot: Decimal, shares: readonly ExactShare[]): Decimal[] {
  if (!pot.isInteger()) throw new RangeError(`largestRemainder: pot ${pot.toString()} is not whole kronor`);
  if (shares.some((s) => s.exact.isNegative())) throw new RangeError("largestRemainder: negative share");
  const floors = shares.map((s) => s.exact.floor());
  // Round the leftover to absorb the last-digit error of non-terminating divisions.
  const leftover = pot.minus(sum(floors)).toDecimalPlaces(0).toNumber();
  if (leftover < 0 || leftover > shares.length) {
    throw new RangeError(`largestRemainder: shares do not sum to the pot ${pot.toString()}`);
  }
  const order = shares
    .map((s, index) => ({ index, fraction: s.exact.minus(floors[index]), rank: s.rank }))
    .sort((a, b) => b.fraction.comparedTo(a.fraction) || a.rank - b.rank);
  const result = floors.slice();
  for (let k = 0; k < leftover; k++) {
    const i = order[k].index;
    result[i] = result[i].plus(1);
  }
  return result;
}

/** Whole kronor for each share, or zero where nothing is shared. */
export function roundShares(pot: Decimal, shares: readonly ExactShare[]): Decimal[] {
  if (shares.length === 0 || pot.isZero()) return shares.map(() => ZERO);
  return largestRemainder(pot, shares);
}
