import { notice } from "../../messages/message";
import { isEligible } from "../eligibility";
import { equalSplit } from "../equalSplit";
import { formatKronor } from "../format";
import { ZERO } from "../rational";
import type { EqualBlockDef, ExactBlock, RegionInput } from "../types";
import { explainEach } from "./outside";

/** A block shared equally among the eligible regions; leftover kronor go by the tie rule of the rounding. */
export function equalBlock(block: EqualBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const n = eligible.filter(Boolean).length;
  const shares = equalSplit(block.pot, eligible);
  const warnings = n === 0 ? [notice(null, "engine.nobodyEligible", { block: block.id, amount: { decimal: block.pot.toString() } })] : [];
  const explain = explainEach(regions, eligible, block.among, (_, i) => ({
    explain: { rule: "equal" },
    text: () => ({
      sv: `Lika delar: ${formatKronor(block.pot, "sv")} / ${n} regioner = ${formatKronor(shares.exact(i), "sv")}; överblivna kronor efter regionkodsordning.`,
      en: `Equal shares: ${formatKronor(block.pot, "en")} / ${n} regions = ${formatKronor(shares.exact(i), "en")}; leftover kronor by region-code order.`,
    }),
  }));
  return { id: block.id, title: block.title, titleEn: block.titleEn, pot: block.pot, allocated: n === 0 ? ZERO : block.pot, shares, explain, warnings };
}
