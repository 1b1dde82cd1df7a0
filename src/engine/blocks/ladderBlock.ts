import { Decimal, ZERO, show, sum } from "../decimal";
import { formatKronor, formatNumber } from "../format";
import { ladder, type StepReached } from "../ladder";
import { proportionalSplit } from "../proportionalSplit";
import type { ExactBlock, LadderBlockDef, RegionInput } from "../types";
import { weightLabels, weightOf } from "../weights";
import { notApplied } from "./notApplied";

export function increaseOf(region: RegionInput): Decimal | null {
  if (region.count === null || region.planned === null) return null;
  return region.count.minus(region.planned);
}

/**
 * A step ladder on the increase over plan, then a rule for what the steps
 * leave of the pot. Steps that together cost more than the pot are scaled down
 * in proportion (the rules are silent; this is the spec's default, with a warning).
 */
export function ladderBlock(block: LadderBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const reached: (StepReached | null)[] = regions.map((r) => {
    if (!r.applied) return null;
    const inc = increaseOf(r);
    if (inc === null) throw new RangeError(`${block.id}: ${r.name} has no count or planned value`);
    return ladder(block.steps, inc);
  });
  const stepTotal = sum(reached.map((s) => s?.amount ?? ZERO));
  const warnings: string[] = [];
  const scale = stepTotal.gt(block.pot) ? block.pot.div(stepTotal) : null;
  if (scale) {
    warnings.push(`${block.id}: the steps reached cost ${stepTotal.toString()} kr, more than the pot of ${block.pot.toString()} kr; every step amount is scaled by ${show(scale, 10)}`);
  }
  const stepPaid = reached.map((s) => (s ? (scale ? s.amount.mul(scale) : s.amount) : ZERO));
  const left = scale ? ZERO : block.pot.minus(stepTotal);
  const remainder = block.remainder;
  const remWeights = reached.map((s, i) =>
    s && remainder.kind === "proportional" ? weightOf(remainder.weight, regions[i]) ?? ZERO : ZERO,
  );
  const remShares = proportionalSplit(left, remWeights);
  const remTotalWeight = sum(remWeights);
  if (left.gt(0) && (remainder.kind === "none" || remTotalWeight.isZero())) {
    warnings.push(`${block.id}: no region reached a step to share what is left; ${left.toString()} kr is left unallocated`);
  }

  const explain: ExactBlock["explain"] = [];
  const texts: ExactBlock["texts"] = [];
  regions.forEach((r, i) => {
    const s = reached[i];
    if (!r.applied) {
      explain.push({ rule: "notApplied" });
      texts.push(notApplied);
      return;
    }
    const inc = increaseOf(r) as Decimal;
    if (!s) {
      const first = block.steps[0]?.threshold ?? ZERO;
      explain.push({ rule: "noStep" });
      texts.push({
        sv: `Utökning ${formatNumber(inc, "sv")} når inget steg (första steget kräver ${formatNumber(first, "sv")}): 0 kr.`,
        en: `Increase ${formatNumber(inc, "en")} reaches no step (the first needs ${formatNumber(first, "en")}): SEK 0.`,
      });
      return;
    }
    const share = remTotalWeight.isZero() ? ZERO : remWeights[i].div(remTotalWeight);
    explain.push({
      rule: "ladder",
      step: { step: s.step, threshold: s.threshold.toString(), amount: show(stepPaid[i]) },
      ...(remainder.kind === "proportional"
        ? { weightKey: remainder.weight, weight: show(remWeights[i]), weightShare: show(share, 15), remainderShare: show(remShares[i]) }
        : {}),
    });
    const scaled = scale ? { sv: " (nedskalat)", en: " (scaled down)" } : { sv: "", en: "" };
    const rest = (lang: "sv" | "en") =>
      remainder.kind === "proportional" && left.gt(0)
        ? lang === "sv"
          ? ` Plus ${formatNumber(share.mul(100), "sv", 4)} % av återstoden ${formatKronor(left, "sv")} efter ${weightLabels[remainder.weight].sv}: ${formatKronor(remShares[i], "sv")}.`
          : ` Plus ${formatNumber(share.mul(100), "en", 4)}% of the remaining ${formatKronor(left, "en")} by ${weightLabels[remainder.weight].en}: ${formatKronor(remShares[i], "en")}.`
        : "";
    texts.push({
      sv: `Utökning ${formatNumber(inc, "sv")} når steg ${s.step} (≥ ${formatNumber(s.threshold, "sv")}): ${formatKronor(stepPaid[i], "sv")}${scaled.sv}.${rest("sv")}`,
      en: `Increase ${formatNumber(inc, "en")} reaches step ${s.step} (≥ ${formatNumber(s.threshold, "en")}): ${formatKronor(stepPaid[i], "en")}${scaled.en}.${rest("en")}`,
    });
  });
  const exact = stepPaid.map((p, i) => p.plus(remShares[i]));
  return { exact, explain, texts, warnings };
}
