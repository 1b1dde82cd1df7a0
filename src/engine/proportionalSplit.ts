import type { Shares } from "./largestRemainder";
import { Rational, ZERO, sum } from "./rational";
import { WEIGHT_OPS, type Weights } from "./weights";

export interface Split extends Shares {
  /** The sum of the weights, exact; built on first use (the fallback, an explanation). */
  total(): Rational;
  /** True where no weight is above zero: nothing can be shared. */
  empty: boolean;
}

/**
 * Shares of `pot` in proportion to `weights`, none negative: pot·w/W. The
 * exact sum W of fractions with different denominators (a rate per 100 000 has
 * each region's population below it) is only built when a share is needed
 * exactly, so a round stays linear in its rows. With no positive weight every
 * share is zero and the caller reports the pot as unallocated.
 *
 * Rounding steps (see `Shares.ops`), n weights of K_w: Ŵ = Σŵ costs K_w + n − 1;
 * the factor P̂/Ŵ 3 + 2(K_w + n − 1) + 1; each share ŵ·factor 3K_w + 2n + 3.
 */
export function proportionalSplit(pot: Rational, weights: Weights, weightOps = WEIGHT_OPS): Split {
  const n = weights.approx.length;
  let approxTotal = 0;
  for (let i = 0; i < n; i++) {
    if (weights.approx[i] < 0) throw new RangeError("proportionalSplit: negative weight");
    approxTotal += weights.approx[i];
  }
  let exactTotal: Rational | null = null;
  const total = () => (exactTotal ??= sum(Array.from({ length: n }, (_, i) => weights.exact(i))));
  const empty = approxTotal === 0;
  const approx = new Float64Array(n);
  if (!empty) {
    const factor = pot.toNumber() / approxTotal;
    for (let i = 0; i < n; i++) approx[i] = weights.approx[i] * factor;
  }
  return {
    approx,
    ops: 3 * weightOps + 2 * n + 3,
    exact: (i) => (empty ? ZERO : pot.mul(weights.exact(i)).div(total())),
    total,
    empty,
  };
}
