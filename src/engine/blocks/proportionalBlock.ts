import { notice } from "../../messages/message";
import { ZERO, show, sum } from "../decimal";
import { isEligible } from "../eligibility";
import { formatKronor, formatNumber } from "../format";
import { proportionalSplit } from "../proportionalSplit";
import type { ExactBlock, ProportionalBlockDef, RegionInput } from "../types";
import { weightLabels, weightOf } from "../weights";
import { explainEach, unstatedKeyNote } from "./outside";

/** A block shared among the eligible regions in proportion to a weight. */
export function proportionalBlock(block: ProportionalBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const weights = regions.map((r, i) => (eligible[i] ? weightOf(block.weight, r) ?? ZERO : ZERO));
  const total = sum(weights);
  const exact = proportionalSplit(block.pot, weights, total);
  const label = weightLabels[block.weight];
  const note = block.unstatedKey ? unstatedKeyNote(label) : { sv: "", en: "" };
  const warnings = total.isZero() ? [notice(null, "engine.noWeight", { block: block.id, weight: label, amount: { decimal: block.pot.toString() } })] : [];
  const explain = explainEach(regions, eligible, block.among, (_, i) => {
    const share = total.isZero() ? ZERO : weights[i].div(total);
    const pct = (lang: "sv" | "en") => formatNumber(share.mul(100), lang, 4);
    return {
      explain: { rule: "proportional", weightKey: block.weight, weight: show(weights[i]), weightShare: show(share, 15) },
      text: () => ({
        sv: `Andel efter ${label.sv}: ${formatNumber(weights[i], "sv", 4)} av ${formatNumber(total, "sv", 4)} (${pct("sv")} %) av ${formatKronor(block.pot, "sv")}.${note.sv}`,
        en: `Share by ${label.en}: ${formatNumber(weights[i], "en", 4)} of ${formatNumber(total, "en", 4)} (${pct("en")}%) of ${formatKronor(block.pot, "en")}.${note.en}`,
      }),
    };
  });
  return { id: block.id, title: block.title, pot: block.pot, allocated: total.isZero() ? ZERO : block.pot, exact, explain, warnings };
}
