import { Rational, ZERO, sum } from "./rational";

/** Where a region ends in a capped split: at its cap, at its floor, or sharing freely by its weight. */
export type CappedState = "out" | "free" | "capped" | "floor";

export interface CappedSplit {
  /** Exact amounts, zero outside. */
  amounts: Rational[];
  state: CappedState[];
  /** Kronor per unit of weight for the regions neither capped nor floored; null when none shares freely. */
  level: Rational | null;
  /** What the free regions share: the pot less the caps and floors paid. */
  freePot: Rational;
  /** The sum of the free regions' weights. */
  freeWeight: Rational;
  /** What the split pays: the pot, or less when every region is at its cap. */
  paid: Rational;
  /** Set when the floors together exceed the pot: each floor is paid times this factor. */
  floorsScale: Rational | null;
}

const clamp = (v: Rational, lo: Rational, hi: Rational | null) => (v.lt(lo) ? lo : hi !== null && v.gt(hi) ? hi : v);

/**
 * Shares of `pot` in proportion to the weights, each region kept between its
 * floor and its cap: what a cap cuts off is shared again among the regions
 * below their caps, by the same weights, until nothing is left or every
 * region is capped (then the rest is not paid). That is amount = clamp(λ·w, floor, cap)
 * for the one level λ at which the amounts sum to the pot, found exactly from
 * the levels where regions meet their floors and caps. Floors that together
 * exceed the pot are each paid in proportion, as a ladder's steps are.
 */
export function cappedSplit(pot: Rational, weights: readonly Rational[], inside: readonly boolean[], floors: readonly (Rational | null)[], caps: readonly (Rational | null)[]): CappedSplit {
  const n = weights.length;
  const idx = Array.from({ length: n }, (_, i) => i).filter((i) => inside[i]);
  const cap = (i: number) => caps[i];
  // A floor above the cap is the cap: a region is never paid more than its cap.
  const floor = (i: number) => {
    const f = floors[i] ?? ZERO;
    const c = cap(i);
    return c !== null && f.gt(c) ? c : f;
  };
  const state: CappedState[] = weights.map((_, i) => (inside[i] ? "free" : "out"));
  const amounts: Rational[] = weights.map(() => ZERO);
  const done = (level: Rational | null, freePot: Rational, freeWeight: Rational, floorsScale: Rational | null = null): CappedSplit => ({ amounts, state, level, freePot, freeWeight, paid: sum(amounts), floorsScale });

  const floorSum = sum(idx.map(floor));
  if (floorSum.gte(pot) && floorSum.isPositive()) {
    const scale = pot.div(floorSum);
    for (const i of idx) (amounts[i] = floor(i).mul(scale)), (state[i] = "floor");
    return done(null, ZERO, ZERO, floorSum.gt(pot) ? scale : null);
  }
  const weighted = idx.filter((i) => weights[i].isPositive());
  const at = (level: Rational) => sum(idx.map((i) => (weights[i].isPositive() ? clamp(level.mul(weights[i]), floor(i), cap(i)) : floor(i))));
  // Every weighted region at its cap still pays less than the pot: pay the caps, the rest is not paid.
  if (weighted.every((i) => cap(i) !== null)) {
    const most = sum(idx.map((i) => (weights[i].isPositive() ? (cap(i) as Rational) : floor(i))));
    if (most.lte(pot)) {
      for (const i of idx) (amounts[i] = weights[i].isPositive() ? (cap(i) as Rational) : floor(i)), (state[i] = weights[i].isPositive() ? "capped" : "floor");
      return done(null, ZERO, ZERO);
    }
  }
  // The levels where a region meets its floor or its cap; the sum grows linearly between them.
  const breaks = weighted
    .flatMap((i) => [floor(i).div(weights[i]), ...(cap(i) ? [(cap(i) as Rational).div(weights[i])] : [])])
    .sort((a, b) => a.cmp(b))
    .filter((b, k, all) => k === 0 || !b.eq(all[k - 1]));
  let lo = ZERO;
  let hi: Rational | null = null;
  for (const b of breaks) {
    if (at(b).gte(pot)) {
      hi = b;
      break;
    }
    lo = b;
  }
  // Between lo and hi (or above lo): free are the regions past their floor at lo and below their cap at hi.
  const free = weighted.filter((i) => floor(i).div(weights[i]).lte(lo) && (cap(i) === null || (hi !== null && (cap(i) as Rational).div(weights[i]).gte(hi))));
  const fixedPaid = sum(idx.filter((i) => !free.includes(i)).map((i) => (weights[i].isPositive() && cap(i) !== null && (cap(i) as Rational).div(weights[i]).lte(lo) ? (cap(i) as Rational) : floor(i))));
  const freeWeight = sum(free.map((i) => weights[i]));
  const freePot = pot.minus(fixedPaid);
  const level = freePot.div(freeWeight);
  for (const i of idx) {
    const w = weights[i];
    const v = w.isPositive() ? level.mul(w) : ZERO;
    const c = cap(i);
    if (c !== null && v.gte(c)) (amounts[i] = c), (state[i] = "capped");
    else if (v.lte(floor(i)) && floor(i).isPositive()) (amounts[i] = floor(i)), (state[i] = "floor");
    else amounts[i] = v;
  }
  return done(level, freePot, freeWeight);
}
