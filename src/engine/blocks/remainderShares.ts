import { equalSplit } from "../equalSplit";
import { formatKronor, formatNumber } from "../format";
import type { Shares } from "../largestRemainder";
import { proportionalSplit } from "../proportionalSplit";
import { rankSelect } from "../rankSelect";
import { HUNDRED, Rational, ZERO, show } from "../rational";
import type { RegionInput, RemainderRule, WeightKey } from "../types";
import { weightLabels, weightsOf } from "../weights";

export interface RemainderOutcome {
  /** Each region's share of what is left. */
  shares: Shares;
  /** One region's sentence on its share of what is left ("" where it has none), built when read. */
  text(i: number): { sv: string; en: string };
  /** One region's figures, built when read. */
  detail(i: number): { weightKey?: WeightKey; weight?: string; weightShare?: string; remainderShare?: string };
  /** True when nobody could take what is left. */
  unshared: boolean;
  tieAtCutoff: boolean;
}

const none = { sv: "", en: "" };

/**
 * What a ladder leaves of its pot. Proportional: among the regions that reached
 * a step, by a weight. Largest: equally among the n largest increases above
 * zero (ties at the cut-off by the tie rule), whether or not they reached a step.
 */
export function remainderShares(
  rule: RemainderRule,
  left: Rational,
  regions: readonly RegionInput[],
  eligible: readonly boolean[],
  reachedStep: readonly boolean[],
  increases: readonly (Rational | null)[],
): RemainderOutcome {
  if (rule.kind === "none" || !left.isPositive()) {
    const shares: Shares = { approx: new Float64Array(regions.length), ops: 0, exact: () => ZERO };
    return { shares, text: () => none, detail: () => ({}), unshared: left.isPositive(), tieAtCutoff: false };
  }
  if (rule.kind === "proportional") {
    const weights = weightsOf(rule.weight, regions, reachedStep);
    const split = proportionalSplit(left, weights);
    const label = weightLabels[rule.weight];
    const shareOf = (i: number) => weights.exact(i).div(split.total());
    return {
      shares: split,
      unshared: split.empty,
      tieAtCutoff: false,
      detail: (i) => (reachedStep[i] ? { weightKey: rule.weight, weight: show(weights.exact(i)), weightShare: show(split.empty ? ZERO : shareOf(i), 15), remainderShare: show(split.exact(i)) } : {}),
      text: (i) => {
        if (!reachedStep[i] || split.empty) return none;
        const pct = (lang: "sv" | "en") => formatNumber(shareOf(i).mul(HUNDRED), lang, 4);
        return {
          sv: ` Plus ${pct("sv")}\u00a0% av återstoden ${formatKronor(left, "sv")} efter ${label.sv}: ${formatKronor(split.exact(i), "sv")}.`,
          en: ` Plus ${pct("en")}% of the remaining ${formatKronor(left, "en")} by ${label.en}: ${formatKronor(split.exact(i), "en")}.`,
        };
      },
    };
  }
  const candidates = increases.map((inc, i) => (eligible[i] && inc !== null && inc.isPositive() ? inc : null));
  const { selected, tieAtCutoff } = rankSelect(candidates, rule.n, "highest", rule.ties, regions.map((r) => Number(r.code)));
  const shares = equalSplit(left, selected);
  const n = selected.filter(Boolean).length;
  const tie = tieAtCutoff
    ? rule.ties === "includeAll"
      ? { sv: " Flera regioner delar platsen vid gränsen, och alla som delar den får del.", en: " Several regions share the place at the cut-off, and all of them get a part." }
      : { sv: " Flera regioner delar platsen vid gränsen; den med lägst regionkod går före.", en: " Several regions share the place at the cut-off; the lowest region code goes first." }
    : none;
  const which = rule.n === 1 ? { sv: "den största utökningen", en: "the largest increase" } : { sv: `de ${rule.n} största utökningarna`, en: `the ${rule.n} largest increases` };
  return {
    shares,
    unshared: n === 0,
    tieAtCutoff,
    detail: (i) => (selected[i] ? { remainderShare: show(shares.exact(i)) } : {}),
    text: (i) =>
      selected[i]
        ? {
            sv: ` Bland ${which.sv}: 1/${n} av återstoden ${formatKronor(left, "sv")} = ${formatKronor(shares.exact(i), "sv")}.${tie.sv}`,
            en: ` Among ${which.en}: 1/${n} of the remaining ${formatKronor(left, "en")} = ${formatKronor(shares.exact(i), "en")}.${tie.en}`,
          }
        : none,
  };
}
