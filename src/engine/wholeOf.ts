import { kthLargest } from "./kthLargest";
import { certify, relativeBound } from "./largestRemainder";
import { UNIT_ROUNDOFF } from "./rational";

const FOUR_U = 4 * UNIT_ROUNDOFF;

/**
 * Every share of a block as a what-if sees it: two scaled terms, with one
 * region's values replaced, share i = x[i]·fx + y[i]·fy (xr and yr at r).
 * A population split is weights × pot ÷ total (y unused); a ladder's shares are
 * its steps (× pot ÷ cost when scaled) plus the remainder's weights × what is
 * left. Kept as terms, a question computes each share once, inside the one
 * pass that decides, with no array copied.
 */
export interface Terms {
  x: Float64Array;
  xr: number;
  fx: number;
  y: Float64Array;
  yr: number;
  fy: number;
}

/**
 * Every sum of `values` but one: without[r] = Σ values[i] over i ≠ r, as the
 * sum of a prefix and a suffix. For nonnegative values that is a summation
 * order like any other, within γ(n−2) of the exact sum (Higham, Accuracy and
 * Stability of Numerical Algorithms, §4.2), and without[r] + v within γ(n−1),
 * the bound of a sum in one loop: a question's total costs one addition.
 */
export function sumsWithout(values: Float64Array): Float64Array {
  const n = values.length;
  const without = new Float64Array(n);
  let prefix = 0;
  for (let i = 0; i < n; i++) {
    without[i] = prefix;
    prefix += values[i];
  }
  let suffix = 0;
  for (let i = n - 1; i >= 0; i--) {
    without[i] += suffix;
    suffix += values[i];
  }
  return without;
}

/** Scratch space kept between calls: a what-if model asks thousands of times over the same rows. */
let approx = new Float64Array(0);
let floors = new Float64Array(0);
let lo = new Float64Array(0);
let hi = new Float64Array(0);

function room(n: number): void {
  if (floors.length >= n) return;
  approx = new Float64Array(n);
  floors = new Float64Array(n);
  lo = new Float64Array(n);
  hi = new Float64Array(n);
}

/**
 * One share's whole kronor under the largest-remainder rule, decided from the
 * doubles alone exactly as `largestRemainder` decides: its floor, plus one
 * krona where its fraction is certainly in the top k, or where the band around
 * the cut-off is taken whole; none where it is certainly out, or the band is
 * left whole. Null where only exact fractions can decide (a floor at a whole
 * krona, a tie in the band to be split): the caller then computes exactly.
 * Each of the n shares' doubles (see `Terms`) is within γ(ops) of its share.
 */
export function wholeOf(pot: number, t: Terms, n: number, ops: number, r: number): number | null {
  room(n);
  const relative = relativeBound(ops);
  const { x, fx, y, fy } = t;
  const mine = t.xr * fx + t.yr * fy;
  if (!(mine >= 0) || !certify(mine, relative, r, floors, lo, hi)) return null;
  const loR = lo[r];
  const hiR = hi[r];
  // One pass: every floor, and how the others' bounds stand to region r's. Under the exact rule r
  // gets a krona when fewer than k others rank above it. An upper bound that reaches loR is a share
  // that may; a lower bound above hiR, one that does. So fewer than k of the first (r itself always
  // reaches: reach ≤ k) gives the krona, at least k of the second denies it. Only a share whose
  // bounds overlap r's around the cut-off leaves it to the band.
  // (certify's test, written out here: no stores on the common path, the bounds only counted.)
  let floorSum = 0;
  let reach = 0;
  let exceed = 0;
  for (let i = 0; i < n; i++) {
    const a = i === r ? mine : x[i] * fx + y[i] * fy;
    let f = 0;
    let e = 0;
    if (a !== 0) {
      if (!(a > 0)) return null;
      const m = Math.floor(a);
      f = a - m;
      e = a * relative + FOUR_U;
      if (!(f >= e && f + e < 1)) return null;
      floorSum += m;
    }
    if (f + e >= loR) reach++;
    if (f - e > hiR) exceed++;
  }
  const k = pot - floorSum;
  if (k < 0 || k > n) return null;
  if (k === 0) return floors[r];
  if (reach <= k) return floors[r] + 1;
  if (exceed >= k) return floors[r];
  return inBand(t, n, relative, k, r);
}

/** Region r's whole kronor when its fraction is in the band around the cut-off (about one question in n per block): every bound, stored. */
function inBand(t: Terms, n: number, relative: number, k: number, r: number): number | null {
  for (let i = 0; i < n; i++) approx[i] = i === r ? t.xr * t.fx + t.yr * t.fy : t.x[i] * t.fx + t.y[i] * t.fy;
  for (let i = 0; i < n; i++) certify(approx[i], relative, i, floors, lo, hi);
  const lower = kthLargest(lo, n, k);
  const upper = kthLargest(hi, n, k);
  let certain = 0;
  let band = 0;
  for (let i = 0; i < n; i++) {
    if (lo[i] > upper) certain++;
    else if (hi[i] >= lower) band++;
  }
  const need = k - certain;
  return need === band ? floors[r] + 1 : need === 0 ? floors[r] : null;
}
