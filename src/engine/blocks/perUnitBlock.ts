import { notice, type Notice } from "../../messages/message";
import { boundText, boundsOf } from "../bounds";
import { isEligible } from "../eligibility";
import { capitalized, formatKronor, formatNumber } from "../format";
import { shareLeftover } from "../leftover";
import { Rational, ZERO, show, sum } from "../rational";
import type { BlockExplanation, ExactBlock, PerUnitBlockDef, RegionInput } from "../types";
import { weightOf } from "../weights";
import { fromAmounts } from "./fromAmounts";
import { orOutside } from "./outside";

/** Units above the baseline: this year's count less last year's, never below zero. */
export function unitsAbove(block: PerUnitBlockDef, region: RegionInput): Rational {
  const now = weightOf(block.units, region) ?? ZERO;
  const base = block.baseline ? weightOf(block.baseline, region) ?? ZERO : ZERO;
  return now.gt(base) ? now.minus(base) : ZERO;
}

/**
 * A price for each unit above a baseline: each region claims price × units,
 * at most its cap; claims that together exceed the pot are scaled down in
 * proportion. What the claims leave of the pot follows the leftover rule.
 */
export function perUnitBlock(block: PerUnitBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const units = regions.map((r, i) => (eligible[i] ? unitsAbove(block, r) : ZERO));
  const claims = units.map((u) => u.mul(block.price));
  const caps = boundsOf(block.cap, block.pot, regions, eligible, "cap", block.rounding?.unit);
  const capped = claims.map((c, i) => (caps[i] !== null && c.gt(caps[i] as Rational) ? (caps[i] as Rational) : c));
  const claimed = sum(capped);
  const scale = claimed.gt(block.pot) ? block.pot.div(claimed) : null;
  const paid = capped.map((c) => (scale ? c.mul(scale) : c));
  const warnings: Notice[] = [];
  if (scale) warnings.push(notice(null, "engine.claimsScaled", { block: block.id, cost: { decimal: claimed.toString() }, pot: { decimal: block.pot.toString() }, scale: { decimal: show(scale, 10) } }));
  const rest = { rule: block.leftover, outcome: shareLeftover(block.leftover, scale ? ZERO : block.pot.minus(claimed), regions, eligible) };
  const unit = { sv: block.units.title, en: block.units.titleEn ?? block.units.title };

  const explain = orOutside(regions, eligible, block.among, (i: number): BlockExplanation => {
    const r = regions[i];
    const now = weightOf(block.units, r) ?? ZERO;
    const base = block.baseline ? weightOf(block.baseline, r) ?? ZERO : null;
    const counted = (lang: "sv" | "en") =>
      base === null
        ? `${unit[lang]} ${formatNumber(now, lang)}`
        : lang === "sv"
          ? `${unit.sv} ${formatNumber(now, "sv")} mot ${formatNumber(base, "sv")} (${block.baseline!.title}): ${formatNumber(units[i], "sv")} över basnivån`
          : `${unit.en} ${formatNumber(now, "en")} against ${formatNumber(base, "en")} (${block.baseline!.titleEn ?? block.baseline!.title}): ${formatNumber(units[i], "en")} above the baseline`;
    const cap = capped[i].lt(claims[i]) ? { sv: `; ${boundText("cap", capped[i], block.cap!, "sv")} nås`, en: `; ${boundText("cap", capped[i], block.cap!, "en")} is reached` } : { sv: "", en: "" };
    const scaled = scale ? { sv: `; nedskalat med ${formatNumber(scale, "sv", 6)} eftersom anspråken (${formatKronor(claimed, "sv")}) överstiger potten: ${formatKronor(paid[i], "sv")}`, en: `; scaled by ${formatNumber(scale, "en", 6)} as the claims (${formatKronor(claimed, "en")}) exceed the pot: ${formatKronor(paid[i], "en")}` } : { sv: "", en: "" };
    const more = rest.outcome.text(i);
    return {
      rule: "perUnit",
      weight: show(units[i]),
      text: {
        sv: `${capitalized(counted("sv"))} × ${formatKronor(block.price, "sv")} = ${formatKronor(claims[i], "sv")}${cap.sv}${scaled.sv}.${more.sv}`,
        en: `${capitalized(counted("en"))} × ${formatKronor(block.price, "en")} = ${formatKronor(claims[i], "en")}${cap.en}${scaled.en}.${more.en}`,
      },
    };
  });
  return { ...fromAmounts(block, paid, rest, explain, warnings), bounds: { caps, floors: caps.map(() => null) } };
}
