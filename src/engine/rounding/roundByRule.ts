import { exactOf, roundShares, type Shares } from "../largestRemainder";
import { Rational } from "../rational";
import { isDefaultRounding, type RoundingRule } from "./roundingRule";
import type { RegionBounds } from "../types";

/** A block's whole amounts by its rule, and what the rule did beyond rounding each share. */
export interface Rounded {
  /** Whole kronor in the order of the shares (exact integers in doubles, as `roundShares` gives them). */
  amounts: Float64Array;
  /** What the rule leaves unpaid: under "down", the units not reached; else 0. */
  left: bigint;
  /** Under "halfUpToLargest": the region given (or charged) the difference, and the difference in kronor (+ given, − taken). */
  adjusted: { index: number; kronor: bigint }[];
}

const floorOf = (r: Rational): bigint => {
  const f = r.floor();
  return f.n / f.d;
};

/** The largest-remainder method in units: floors, then one unit each to the largest remainders, ties by rank. */
function largestInUnits(units: bigint, quotients: Rational[], ranks: readonly number[]): bigint[] {
  const floors = quotients.map(floorOf);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const order = quotients.map((q, i) => ({ i, rest: q.minus(Rational.of(floors[i])) })).sort((a, b) => b.rest.cmp(a.rest) || ranks[a.i] - ranks[b.i]);
  for (const { i } of order) {
    if (left <= 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors;
}

/** How many units a region may still take (a cap) or give (a floor): unbounded where it has none. */
type Room = (i: number, amount: bigint, giving: boolean) => bigint | null;

/**
 * Half up, then the difference to the region with the largest amount (ties by
 * rank). Where a negative difference would take that region below zero, the
 * rest is taken from the next largest, so no amount is negative. Only a region
 * with a share of the block takes the difference: when every amount is 0 (a
 * pot of a few units), a region outside the block ties at 0 too and would
 * otherwise be paid for coming first in region-code order. A region at its cap
 * takes no more, one at its floor gives no more: the difference moves on to
 * the next largest. What no region can take is left unallocated; what must be
 * given and only a floor stands against is taken all the same (floors the pot
 * cannot pay are scaled down already), never below zero.
 */
function halfUpToLargest(units: bigint, quotients: Rational[], ranks: readonly number[], room: Room): { amounts: bigint[]; adjusted: { index: number; units: bigint }[]; left: bigint } {
  const half = Rational.of(1n, 2n);
  const amounts = quotients.map((q) => floorOf(q.plus(half)));
  let diff = units - amounts.reduce((a, b) => a + b, 0n);
  const adjusted: { index: number; units: bigint }[] = [];
  const byAmount = amounts.map((_, i) => i).filter((i) => quotients[i].isPositive()).sort((a, b) => (amounts[b] > amounts[a] ? 1 : amounts[b] < amounts[a] ? -1 : ranks[a] - ranks[b]));
  const move = (bounded: boolean) => {
    for (const i of byAmount) {
      if (diff === 0n) break;
      const limit = bounded ? room(i, amounts[i], diff < 0n) : null;
      const most = diff > 0n ? diff : amounts[i] < -diff ? amounts[i] : -diff;
      const size = limit === null || limit > most ? most : limit < 0n ? 0n : limit;
      if (size === 0n) continue;
      const change = diff > 0n ? size : -size;
      amounts[i] += change;
      diff -= change;
      const seen = adjusted.find((a) => a.index === i);
      if (seen) seen.units += change;
      else adjusted.push({ index: i, units: change });
    }
  };
  move(true);
  if (diff < 0n) move(false);
  return { amounts, adjusted, left: diff > 0n ? diff : 0n };
}

/**
 * A block's exact shares as amounts by its rounding rule. `pot` is what the
 * block hands out in whole kronor; under largest remainder and half up it is a
 * whole number of units (the definition and the block totals see to it), and
 * the amounts sum to it exactly. The default rule (largest remainder, 1 kr)
 * takes the fast path every round has taken; the others are exact fractions
 * throughout, a few BigInt operations a region.
 */
export function roundByRule(pot: Rational, shares: Shares, ranks: readonly number[], rule: RoundingRule, bounds?: RegionBounds): Rounded {
  if (isDefaultRounding(rule)) return { amounts: roundShares(pot, shares, ranks), left: 0n, adjusted: [] };
  const unit = Rational.of(rule.unit);
  const quotients = exactOf(shares).map((s) => s.div(unit));
  const units = floorOf(pot.div(unit));
  const toKronor = (u: bigint[]) => Float64Array.from(u, (x) => Number(x * rule.unit));
  if (rule.method === "down") {
    const floors = quotients.map(floorOf);
    const paid = floors.reduce((a, b) => a + b, 0n) * rule.unit;
    return { amounts: toKronor(floors), left: floorOf(pot) - paid, adjusted: [] };
  }
  if (rule.method === "largestRemainder") return { amounts: toKronor(largestInUnits(units, quotients, ranks)), left: floorOf(pot) - units * rule.unit, adjusted: [] };
  const room: Room = (i, amount, giving) => {
    const bound = giving ? bounds?.floors[i] : bounds?.caps[i];
    if (!bound) return null;
    return giving ? amount - floorOf(bound.div(unit).ceil()) : floorOf(bound.div(unit)) - amount;
  };
  const half = halfUpToLargest(units, quotients, ranks, room);
  return { amounts: toKronor(half.amounts), left: floorOf(pot) - units * rule.unit + half.left * rule.unit, adjusted: half.adjusted.map((a) => ({ index: a.index, kronor: a.units * rule.unit })) };
}
