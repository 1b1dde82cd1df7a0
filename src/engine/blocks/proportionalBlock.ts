import { notice } from "../../messages/message";
import { isEligible } from "../eligibility";
import { formatKronor, formatNumber } from "../format";
import { proportionalSplit } from "../proportionalSplit";
import { HUNDRED, ZERO, show } from "../rational";
import type { ExactBlock, ProportionalBlockDef, RegionInput } from "../types";
import { weightLabel, weightsOf } from "../weights";
import { explainEach, unstatedKeyNote } from "./outside";

/** A block shared among the eligible regions in proportion to a weight. */
export function proportionalBlock(block: ProportionalBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const weights = weightsOf(block.weight, regions, eligible);
  const split = proportionalSplit(block.pot, weights);
  const label = weightLabel(block.weight);
  const note = block.unstatedKey ? unstatedKeyNote(label) : { sv: "", en: "" };
  const warnings = split.empty ? [notice(null, "engine.noWeight", { block: block.id, weight: label, amount: { decimal: block.pot.toString() } })] : [];
  const explain = explainEach(regions, eligible, block.among, (_, i) => {
    const w = weights.exact(i);
    const total = split.empty ? ZERO : split.total();
    const share = split.empty ? ZERO : w.div(total);
    const pct = (lang: "sv" | "en") => formatNumber(share.mul(HUNDRED), lang, 4);
    return {
      explain: { rule: "proportional", weightKey: block.weight, weight: show(w), weightShare: show(share, 15) },
      text: () => ({
        sv: `Andel efter ${label.sv}: ${formatNumber(w, "sv", 4)} av ${formatNumber(total, "sv", 4)} (${pct("sv")}\u00a0%) av ${formatKronor(block.pot, "sv")}.${note.sv}`,
        en: `Share by ${label.en}: ${formatNumber(w, "en", 4)} of ${formatNumber(total, "en", 4)} (${pct("en")}%) of ${formatKronor(block.pot, "en")}.${note.en}`,
      }),
    };
  });
  return { id: block.id, title: block.title, titleEn: block.titleEn, pot: block.pot, allocated: split.empty ? ZERO : block.pot, shares: split, explain, warnings };
}
