import { Decimal, ZERO, show, sum } from "../decimal";
import { equalSplit } from "../equalSplit";
import { formatKronor, formatNumber } from "../format";
import { proportionalSplit } from "../proportionalSplit";
import { rankSelect } from "../rankSelect";
import type { RegionInput, RemainderRule, WeightKey } from "../types";
import { weightLabels, weightOf } from "../weights";

export interface RemainderOutcome {
  shares: Decimal[];
  /** Per region: the sentence on its share of what is left ("" where it has none), built when read. */
  texts: (() => { sv: string; en: string })[];
  /** Per region, built when read. */
  detail: (() => { weightKey?: WeightKey; weight?: string; weightShare?: string; remainderShare?: string })[];
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
  left: Decimal,
  regions: readonly RegionInput[],
  eligible: readonly boolean[],
  reachedStep: readonly boolean[],
  increases: readonly (Decimal | null)[],
): RemainderOutcome {
  const zero = regions.map(() => ZERO);
  if (rule.kind === "none" || left.lte(0)) {
    return { shares: zero, texts: regions.map(() => () => none), detail: regions.map(() => () => ({})), unshared: left.gt(0), tieAtCutoff: false };
  }
  if (rule.kind === "proportional") {
    const weights = regions.map((r, i) => (reachedStep[i] ? weightOf(rule.weight, r) ?? ZERO : ZERO));
    const shares = proportionalSplit(left, weights);
    const total = sum(weights);
    const label = weightLabels[rule.weight];
    return {
      shares,
      unshared: total.isZero(),
      tieAtCutoff: false,
      detail: weights.map((w, i) => () => (reachedStep[i] ? { weightKey: rule.weight, weight: show(w), weightShare: show(total.isZero() ? ZERO : w.div(total), 15), remainderShare: show(shares[i]) } : {})),
      texts: weights.map((w, i) => () => {
        if (!reachedStep[i] || total.isZero()) return none;
        const pct = (lang: "sv" | "en") => formatNumber(w.div(total).mul(100), lang, 4);
        return {
          sv: ` Plus ${pct("sv")} % av återstoden ${formatKronor(left, "sv")} efter ${label.sv}: ${formatKronor(shares[i], "sv")}.`,
          en: ` Plus ${pct("en")}% of the remaining ${formatKronor(left, "en")} by ${label.en}: ${formatKronor(shares[i], "en")}.`,
        };
      }),
    };
  }
  const candidates = increases.map((inc, i) => (eligible[i] && inc !== null && inc.gt(0) ? inc : null));
  const { selected, tieAtCutoff } = rankSelect(candidates, rule.n, "highest", rule.ties, regions.map((r) => Number(r.code)));
  const shares = equalSplit(left, selected);
  const n = selected.filter(Boolean).length;
  const tie = tieAtCutoff
    ? rule.ties === "includeAll"
      ? { sv: " Delad plats vid gränsen: alla på den platsen ingår (parametern ties).", en: " A tie at the cut-off: every tied region is in (parameter ties)." }
      : { sv: " Delad plats vid gränsen: avgjord efter regionkod (parametern ties).", en: " A tie at the cut-off: decided by region code (parameter ties)." }
    : none;
  const which = rule.n === 1 ? { sv: "den största utökningen", en: "the largest increase" } : { sv: `de ${rule.n} största utökningarna`, en: `the ${rule.n} largest increases` };
  return {
    shares,
    unshared: n === 0,
    tieAtCutoff,
    detail: selected.map((s, i) => () => (s ? { remainderShare: show(shares[i]) } : {})),
    texts: selected.map((s, i) => () =>
      s
        ? {
            sv: ` Bland ${which.sv}: 1/${n} av återstoden ${formatKronor(left, "sv")} = ${formatKronor(shares[i], "sv")}.${tie.sv}`,
            en: ` Among ${which.en}: 1/${n} of the remaining ${formatKronor(left, "en")} = ${formatKronor(shares[i], "en")}.${tie.en}`,
          }
        : none,
    ),
  };
}
