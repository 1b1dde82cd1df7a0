import type { Rational } from "./rational";

/** At a tie for the last place: bring every tied entry in (the spec's default), or keep exactly n by rank. */
export type TieRule = "includeAll" | "rankOrder";

export interface Selection {
  selected: boolean[];
  /** True when entries tied at the cut-off and the tie rule decided. */
  tieAtCutoff: boolean;
}

/**
 * The n entries with the highest (or lowest) value; null values never count.
 * Ranks (official region order) break ties only under "rankOrder".
 */
export function rankSelect(
  values: readonly (Rational | null)[],
  n: number,
  order: "highest" | "lowest",
  ties: TieRule,
  ranks: readonly number[] = values.map((_, i) => i),
): Selection {
  const selected = values.map(() => false);
  if (n <= 0) return { selected, tieAtCutoff: false };
  const sign = order === "highest" ? -1 : 1;
  const before = (a: number, b: number) => (sign * (values[a] as Rational).cmp(values[b] as Rational) || ranks[a] - ranks[b]) < 0;
  // The n best so far, in order: n is small (1, 3, 5), so keeping them beats sorting every value.
  const best: number[] = [];
  values.forEach((v, i) => {
    if (v === null || (best.length === n && !before(i, best[n - 1]))) return;
    let k = best.length < n ? best.length : n - 1;
    while (k > 0 && before(i, best[k - 1])) k--;
    best.splice(k, 0, i);
    if (best.length > n) best.pop();
  });
  if (best.length === 0) return { selected, tieAtCutoff: false };
  const cut = values[best[best.length - 1]] as Rational;
  for (const i of best) selected[i] = true;
  let tiedOutside = false;
  values.forEach((v, i) => {
    if (v === null || selected[i] || !v.eq(cut)) return;
    tiedOutside = true;
    if (ties === "includeAll") selected[i] = true;
  });
  return { selected, tieAtCutoff: tiedOutside };
}
