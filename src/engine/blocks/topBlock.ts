import { notice, type Notice } from "../../messages/message";
import { isEligible } from "../eligibility";
import { capitalized, formatKronor, formatNumber } from "../format";
import { topName } from "../leftover";
import { HUNDRED, show } from "../rational";
import { topShares } from "../topSelect";
import type { BlockExplanation, ExactBlock, RegionInput, TopBlockDef } from "../types";
import { weightLabel } from "../weights";
import { fromAmounts } from "./fromAmounts";
import { orOutside } from "./outside";

/** The pot shared by a weight among the N regions first by a measure (ties at the cut-off by the tie rule). */
export function topBlock(block: TopBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const top = topShares(block.top, block.pot, regions, eligible);
  const warnings: Notice[] = [];
  if (!top.selected.some(Boolean)) warnings.push(notice(null, "engine.nobodyTop", { block: block.id, amount: { decimal: block.pot.toString() } }));
  else if (!top.totalWeight.isPositive()) warnings.push(notice(null, "engine.noWeight", { block: block.id, weight: weightLabel(block.top.weight), amount: { decimal: block.pot.toString() } }));
  const by = weightLabel(block.top.by);
  const weight = weightLabel(block.top.weight);
  const tie = top.tieAtCutoff ? { sv: block.top.ties === "includeAll" ? " Lika värden vid gränsen tas alla med." : " Vid lika värden vid gränsen avgör regionkodsordningen.", en: block.top.ties === "includeAll" ? " Regions tied at the cut-off are all in." : " A tie at the cut-off is broken by region-code order." } : { sv: "", en: "" };

  const explain = orOutside(regions, eligible, block.among, (i: number): BlockExplanation => {
    const m = top.measures[i];
    const value = (lang: "sv" | "en") => (m === null ? (lang === "sv" ? "inget värde" : "no value") : formatNumber(m, lang, 4));
    const cut = (lang: "sv" | "en") => (top.cutoff ? formatNumber(top.cutoff, lang, 4) : "–");
    if (!top.selected[i]) {
      return {
        rule: "notEligible",
        text: {
          sv: `${capitalized(by.sv)} ${value("sv")} är inte bland ${topName(block.top, "sv")} (gränsen ${cut("sv")}): 0\u00a0kr.`,
          en: `${capitalized(by.en)} ${value("en")} is not among ${topName(block.top, "en")} (the cut-off ${cut("en")}): SEK\u00a00.`,
        },
      };
    }
    const pct = (lang: "sv" | "en") => (top.totalWeight.isPositive() ? formatNumber(top.weights[i].div(top.totalWeight).mul(HUNDRED), lang, 4) : "0");
    return {
      rule: "top",
      weightKey: block.top.weight,
      weight: show(top.weights[i]),
      weightShare: top.totalWeight.isPositive() ? show(top.weights[i].div(top.totalWeight), 15) : "0",
      text: {
        sv: `Bland ${topName(block.top, "sv")} (${value("sv")}).${tie.sv} Andel efter ${weight.sv}: ${formatNumber(top.weights[i], "sv")} av ${formatNumber(top.totalWeight, "sv")} (${pct("sv")}\u00a0%) av ${formatKronor(block.pot, "sv")}: ${formatKronor(top.shares[i], "sv")}.`,
        en: `Among ${topName(block.top, "en")} (${value("en")}).${tie.en} Share by ${weight.en}: ${formatNumber(top.weights[i], "en")} of ${formatNumber(top.totalWeight, "en")} (${pct("en")}%) of ${formatKronor(block.pot, "en")}: ${formatKronor(top.shares[i], "en")}.`,
      },
    };
  });
  return fromAmounts(block, top.shares, null, explain, warnings, warnings.length > 0);
}
