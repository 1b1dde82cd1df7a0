import { formatKronor, formatNumber } from "./format";
import { HUNDRED, Rational, ZERO, sum } from "./rational";
import { topShares } from "./topSelect";
import type { Leftover, RegionInput, TopRule } from "./types";
import { exactOf } from "./largestRemainder";
import { proportionalSplit } from "./proportionalSplit";
import { weightLabel, weightsOf } from "./weights";

type Text = { sv: string; en: string };
const none: Text = { sv: "", en: "" };

export interface LeftoverOutcome {
  /** Each region's exact share of what is left. */
  shares: Rational[];
  /** What of the left money is paid here (the rest is unallocated or goes on). */
  paid: Rational;
  /** The rule passes what is left on to the next block. */
  next: boolean;
  /** One region's sentence on its share, "" where it has none. */
  text(i: number): Text;
}

/** "the 5 regions with the highest operations per 100 000 inhabitants". */
export function topName(rule: TopRule, lang: "sv" | "en"): string {
  const by = weightLabel(rule.by)[lang];
  if (lang === "sv") return `${rule.n === 1 ? "den region" : `de ${rule.n} regioner`} med ${rule.order === "highest" ? "högst" : "lägst"} ${by}`;
  return `the ${rule.n === 1 ? "region" : `${rule.n} regions`} with the ${rule.order === "highest" ? "highest" : "lowest"} ${by}`;
}

/**
 * Money a block's own rule does not pay: left unallocated, passed on to the
 * next block, shared among the N regions first by a measure, or among every
 * region inside by a weight.
 */
export function shareLeftover(rule: Leftover, left: Rational, regions: readonly RegionInput[], inside: readonly boolean[]): LeftoverOutcome {
  const zero = regions.map(() => ZERO);
  if (!left.isPositive() || rule.kind === "unallocated" || rule.kind === "next") return { shares: zero, paid: ZERO, next: rule.kind === "next", text: () => none };
  if (rule.kind === "top") {
    const top = topShares(rule.top, left, regions, inside);
    const paid = sum(top.shares);
    const by = weightLabel(rule.top.weight);
    return {
      shares: top.shares,
      paid,
      next: false,
      text: (i) => {
        if (!top.selected[i] || !paid.isPositive()) return none;
        const pct = (lang: "sv" | "en") => formatNumber(top.weights[i].div(top.totalWeight).mul(HUNDRED), lang, 4);
        return {
          sv: ` Plus, som en av ${topName(rule.top, "sv")}, ${pct("sv")}\u00a0% efter ${by.sv} av det som inte togs i anspråk (${formatKronor(left, "sv")}): ${formatKronor(top.shares[i], "sv")}.`,
          en: ` Plus, as one of ${topName(rule.top, "en")}, ${pct("en")}% by ${by.en} of what was not claimed (${formatKronor(left, "en")}): ${formatKronor(top.shares[i], "en")}.`,
        };
      },
    };
  }
  const split = proportionalSplit(left, weightsOf(rule.weight, regions, inside));
  const shares = exactOf(split);
  const label = weightLabel(rule.weight);
  return {
    shares,
    paid: split.empty ? ZERO : left,
    next: false,
    text: (i) =>
      shares[i].isPositive()
        ? { sv: ` Plus en andel efter ${label.sv} av det som blev över (${formatKronor(left, "sv")}): ${formatKronor(shares[i], "sv")}.`, en: ` Plus a share by ${label.en} of what was left (${formatKronor(left, "en")}): ${formatKronor(shares[i], "en")}.` }
        : none,
  };
}

/** What a block says of its own money left over, per rule: where it goes. */
export function leftoverWhere(rule: Leftover, lang: "sv" | "en"): string {
  switch (rule.kind) {
    case "unallocated":
      return lang === "sv" ? "redovisas som ej fördelat" : "is reported unallocated";
    case "next":
      return lang === "sv" ? "går vidare till nästa block" : "goes on to the next block";
    case "top":
      return lang === "sv" ? `delas av ${topName(rule.top, "sv")}` : `is shared by ${topName(rule.top, "en")}`;
    case "proportional":
      return lang === "sv" ? `delas efter ${weightLabel(rule.weight).sv}` : `is shared by ${weightLabel(rule.weight).en}`;
  }
}
