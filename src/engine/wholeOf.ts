import { kthLargest } from "./kthLargest";
import { certify, relativeBound } from "./largestRemainder";
import { UNIT_ROUNDOFF } from "./rational";

const FOUR_U = 4 * UNIT_ROUNDOFF;

/** Scratch space kept between calls: a what-if model asks thousands of times over the same rows. */
let floors = new Float64Array(0);
let lo = new Float64Array(0);
let hi = new Float64Array(0);

function room(n: number): void {
  if (floors.length >= n) return;
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
 * `approx` holds the n shares' doubles, each within γ(ops) of its share.
 */
export function wholeOf(pot: number, approx: Float64Array, n: number, ops: number, r: number): number | null {
  room(n);
  const relative = relativeBound(ops);
  if (!(approx[r] >= 0) || !certify(approx[r], relative, r, floors, lo, hi)) return null;
  const loR = lo[r];
  const hiR = hi[r];
  // One pass: every floor, and how the others' bounds stand to region r's. The k-th largest upper
  // bound H is below loR when fewer than k upper bounds reach loR; the k-th largest lower bound L
  // is above hiR when at least k lower bounds exceed hiR.
  // (certify's test, written out here: no stores on the common path, the bounds only counted.)
  let floorSum = 0;
  let reach = 0;
  let exceed = 0;
  for (let i = 0; i < n; i++) {
    const a = approx[i];
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
  if (reach < k) return floors[r] + 1;
  if (exceed >= k) return floors[r];
  // In the band around the cut-off (rarely: about one question in n per block): every bound, stored.
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
