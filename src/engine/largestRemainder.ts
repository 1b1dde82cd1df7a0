import { kthLargest } from "./kthLargest";
import { Rational, UNIT_ROUNDOFF, ZERO } from "./rational";

/**
 * A block's exact shares, each known two ways: the nearest doubles, computed
 * in a fixed order of non-negative products, quotients and sums, and the exact
 * fraction, computed only where the doubles cannot decide.
 */
export interface Shares {
  /** The doubles; none negative. */
  approx: Float64Array;
  /**
   * K of Higham's γK = Ku/(1−Ku): every approx[i] is exact[i]·(1+θ) with |θ| ≤ γK.
   * Counting rule (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.,
   * Lemmas 3.1 and 3.3), for non-negative values only: a value read from a Rational
   * costs 3; a product costs the sum of its factors' K plus 1; a quotient its
   * numerator's K plus twice its denominator's plus 1; a running sum of m terms
   * the largest term's K plus m − 1.
   */
  ops: number;
  /** The exact share: a fraction of BigInts, never a rounded value. */
  exact(i: number): Rational;
}

/** Largest pot the double filter takes: floors and their sums stay exact integers below 2^53. */
const MAX_POT = 2 ** 52;

/** Shares for values already exact (a group's block totals): each double is within γ3. */
export function exactShares(values: readonly Rational[]): Shares {
  return { approx: Float64Array.from(values, (v) => v.toNumber()), ops: 3, exact: (i) => values[i] };
}

/** The relative part of ε for shares of K rounding steps (see `largestRemainder`). */
export function relativeBound(ops: number): number {
  if (ops * UNIT_ROUNDOFF > 0.25) throw new RangeError("largestRemainder: too many rounding steps for the filter");
  return (2 * ops + 4) * UNIT_ROUNDOFF;
}

/**
 * Where the double `a` decides its share's floor, writes the floor and the
 * bounds of the exact fraction at `i` and says true; false where only the
 * exact share can (see `largestRemainder`).
 */
export function certify(a: number, relative: number, i: number, floors: Float64Array, lo: Float64Array, hi: Float64Array): boolean {
  if (a === 0) {
    floors[i] = lo[i] = hi[i] = 0;
    return true;
  }
  const m = Math.floor(a);
  const f = a - m;
  const eps = a * relative + 4 * UNIT_ROUNDOFF;
  if (!(f >= eps && f + eps < 1)) return false;
  floors[i] = m;
  lo[i] = f - eps;
  hi[i] = f + eps;
  return true;
}

/** Every exact share, in order (tests, tables). */
export function exactOf(shares: Shares): Rational[] {
  return Array.from(shares.approx, (_, i) => shares.exact(i));
}

/**
 * Hamilton's largest-remainder method: floor every share, then one krona each
 * to the largest fractional parts until the whole-kronor pot is reached, ties
 * to the lower rank (official region-code order). Returns whole kronor in the
 * order of the shares, which must sum exactly to `pot`.
 *
 * The doubles decide what they can; every step is exact. Each share is
 * within e = 2Ku·â of its double (γK/(1−γK) ≤ 2Ku while Ku ≤ 1/4), so
 * ε = (2K+4)u·â + 4u bounds its error with room for the rounding of the tests
 * below, in which every quantity is below 2:
 * - where f̂ = â − ⌊â⌋ (exact in binary) has ε ≤ f̂ and f̂ + ε < 1, the floor is
 *   ⌊â⌋ and the exact fraction lies in [f̂ − ε, f̂ + ε]; otherwise the exact share
 *   decides the floor, and its fraction's double stands within 8u;
 * - the k-th largest exact fraction lies between the k-th largest lower bound
 *   L and the k-th largest upper bound H: a share whose lower bound is above H
 *   is certainly in, one whose upper bound is below L certainly out, and only
 *   the rest (the band) is ordered by exact fractions, ties by rank.
 * A double of exactly 0 is an exact 0: every double here is built from
 * non-negative doubles by products, quotients and sums, each nonzero exactly
 * when its value is (relative error below 1; no value of a round comes near
 * the 2^-1022 where doubles lose relative precision).
 * Linear in the shares outside the band, plus two sorts of doubles; exact ties
 * all fall in the band.
 */
export function largestRemainder(pot: Rational, shares: Shares, ranks: readonly number[]): Rational[] {
  return Array.from(wholeKronor(pot, shares, ranks), (w) => new Rational(BigInt(w), 1n));
}

/**
 * The same whole kronor as doubles: integers below 2^52 (a pot is refused
 * above), so every one, and every sum of them up to 2^53, is exact.
 */
export function wholeKronor(pot: Rational, shares: Shares, ranks: readonly number[]): Float64Array {
  if (!pot.isInteger()) throw new RangeError(`largestRemainder: pot ${pot.toString()} is not whole kronor`);
  const potNum = pot.toNumber();
  if (potNum >= MAX_POT) throw new RangeError(`largestRemainder: pot ${pot.toString()} is beyond any budget`);
  const { approx, ops } = shares;
  const n = approx.length;
  const relative = relativeBound(ops);
  const floors = new Float64Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  // Exact fractions of the shares the doubles could not decide; made at the first.
  let exactFrac: Map<number, Rational> | null = null;
  let floorSum = 0;
  for (let i = 0; i < n; i++) {
    const a = approx[i];
    if (!(a >= 0)) throw new RangeError("largestRemainder: negative share");
    if (!certify(a, relative, i, floors, lo, hi)) {
      const x = shares.exact(i);
      if (x.isNegative()) throw new RangeError("largestRemainder: negative share");
      const whole = x.floor();
      const part = x.minus(whole);
      floors[i] = whole.toNumber();
      lo[i] = part.toNumber() - 8 * UNIT_ROUNDOFF;
      hi[i] = part.toNumber() + 8 * UNIT_ROUNDOFF;
      (exactFrac ??= new Map()).set(i, part);
    }
    floorSum += floors[i];
  }
  const k = potNum - floorSum;
  if (k < 0 || k > n || (n === 0 && k !== 0)) throw new RangeError(`largestRemainder: shares do not sum to the pot ${pot.toString()}`);
  const plusOne = new Uint8Array(n);
  if (k > 0) {
    const lower = kthLargest(lo, n, k);
    const upper = kthLargest(hi, n, k);
    const band: number[] = [];
    let certain = 0;
    for (let i = 0; i < n; i++) {
      if (lo[i] > upper) {
        plusOne[i] = 1;
        certain++;
      } else if (hi[i] >= lower) band.push(i);
    }
    const need = k - certain;
    if (need === band.length) for (const i of band) plusOne[i] = 1;
    else if (need > 0) {
      const known = (exactFrac ??= new Map());
      // A zero double is an exact zero (see above): its fraction needs no exact share.
      const fracOf = (i: number) => known.get(i) ?? known.set(i, approx[i] === 0 ? ZERO : fractionOf(shares.exact(i))).get(i)!;
      band.sort((a, b) => fracOf(b).cmp(fracOf(a)) || ranks[a] - ranks[b]);
      for (let j = 0; j < need; j++) plusOne[band[j]] = 1;
    }
  }
  for (let i = 0; i < n; i++) floors[i] += plusOne[i];
  return floors;
}

function fractionOf(x: Rational): Rational {
  return x.minus(x.floor());
}

/** Whole kronor for each share (exact integers in doubles, see `wholeKronor`), or zero where nothing is shared. */
export function roundShares(pot: Rational, shares: Shares, ranks: readonly number[]): Float64Array {
  if (shares.approx.length === 0 || pot.isZero()) return new Float64Array(shares.approx.length);
  return wholeKronor(pot, shares, ranks);
}
