import type { Decimal } from "./decimal";

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
  values: readonly (Decimal | null)[],
  n: number,
  order: "highest" | "lowest",
  ties: TieRule,
  ranks: readonly number[] = values.map((_, i) => i),
): Selection {
  const present = values.map((v, i) => ({ v, i })).filter((e): e is { v: Decimal; i: number } => e.v !== null);
  const sign = order === "highest" ? -1 : 1;
  present.sort((a, b) => sign * a.v.comparedTo(b.v) || ranks[a.i] - ranks[b.i]);
  const selected = values.map(() => false);
  if (n <= 0 || present.length === 0) return { selected, tieAtCutoff: false };
  const cut = present[Math.min(n, present.length) - 1].v;
  const tiedAtCut = present.filter((e) => e.v.eq(cut)).length;
  const beyond = present.slice(n).some((e) => e.v.eq(cut));
  present.forEach((e, k) => {
    if (k < n || (ties === "includeAll" && e.v.eq(cut))) selected[e.i] = true;
  });
  return { selected, tieAtCutoff: beyond && tiedAtCut > 1 };
}
