import { rankSelect } from "./rankSelect";
import { Rational, ZERO, sum } from "./rational";
import type { RegionInput, TopRule } from "./types";
import { weightOf } from "./weights";

export interface TopShares {
  selected: boolean[];
  /** Each region's measure (null outside or with no value). */
  measures: (Rational | null)[];
  weights: Rational[];
  totalWeight: Rational;
  /** Exact shares of the pot; all zero when nobody is selected or the weights sum to zero. */
  shares: Rational[];
  tieAtCutoff: boolean;
  /** The measure of the last region in. */
  cutoff: Rational | null;
}

/**
 * The N regions first by a measure among those inside (highest first counts
 * only measures above zero: nothing to rank), ties at the cut-off by the tie
 * rule, sharing `pot` by a weight.
 */
export function topShares(rule: TopRule, pot: Rational, regions: readonly RegionInput[], inside: readonly boolean[]): TopShares {
  const ranks = regions.map((r) => Number(r.code)); // official region-code order breaks ties under "rankOrder"
  const measures = regions.map((r, i) => {
    const m = inside[i] ? weightOf(rule.by, r) : null;
    return m !== null && rule.order === "highest" && !m.isPositive() ? null : m;
  });
  const { selected, tieAtCutoff } = rankSelect(measures, rule.n, rule.order, rule.ties, ranks);
  const weights = regions.map((r, i) => (selected[i] ? weightOf(rule.weight, r) ?? ZERO : ZERO));
  const totalWeight = sum(weights);
  const shares = weights.map((w) => (totalWeight.isPositive() ? pot.mul(w).div(totalWeight) : ZERO));
  const inMeasures = measures.filter((m, i): m is Rational => selected[i] && m !== null);
  const cutoff = inMeasures.length ? inMeasures.reduce((a, b) => (rule.order === "highest" ? (b.lt(a) ? b : a) : b.gt(a) ? b : a)) : null;
  return { selected, measures, weights, totalWeight, shares, tieAtCutoff, cutoff };
}
