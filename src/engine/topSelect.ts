import { rankSelect } from "./rankSelect";
import type { Rational } from "./rational";
import type { RegionInput, TopRule } from "./types";
import { exactOf } from "./largestRemainder";
import { proportionalSplit } from "./proportionalSplit";
import { weightOf, weightsOf } from "./weights";

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
  const weighed = weightsOf(rule.weight, regions, selected);
  const split = proportionalSplit(pot, weighed);
  const weights = regions.map((_, i) => weighed.exact(i));
  const totalWeight = split.total();
  const shares = exactOf(split);
  const inMeasures = measures.filter((m, i): m is Rational => selected[i] && m !== null);
  const cutoff = inMeasures.length ? inMeasures.reduce((a, b) => (rule.order === "highest" ? (b.lt(a) ? b : a) : b.gt(a) ? b : a)) : null;
  return { selected, measures, weights, totalWeight, shares, tieAtCutoff, cutoff };
}
