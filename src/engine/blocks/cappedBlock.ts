import { notice, type Notice } from "../../messages/message";
import { boundText, boundsOf } from "../bounds";
import { cappedSplit } from "../cappedSplit";
import { isEligible } from "../eligibility";
import { formatKronor, formatNumber } from "../format";
import { shareLeftover } from "../leftover";
import { ZERO, show, sum } from "../rational";
import type { BlockExplanation, ExactBlock, ProportionalBlockDef, RegionInput } from "../types";
import { weightLabel, weightOf } from "../weights";
import { fromAmounts } from "./fromAmounts";
import { orOutside } from "./outside";

/**
 * A proportional block with caps or floors per region: what a cap cuts off is
 * shared again among the regions below their caps by the same weight, until
 * nothing is left or every region is capped; then what is left follows the
 * block's leftover rule (unallocated by default).
 */
export function cappedBlock(block: ProportionalBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const weights = regions.map((r, i) => (eligible[i] ? weightOf(block.weight, r) ?? ZERO : ZERO));
  const caps = boundsOf(block.cap, block.pot, regions, eligible, "cap", block.rounding?.unit);
  const floors = boundsOf(block.floor, block.pot, regions, eligible, "floor", block.rounding?.unit);
  const split = cappedSplit(block.pot, weights, eligible, floors, caps);
  const rule = block.leftover ?? { kind: "unallocated" as const };
  const rest = { rule, outcome: shareLeftover(rule, block.pot.minus(split.paid), regions, eligible) };
  const warnings: Notice[] = [];
  if (split.floorsScale) warnings.push(notice(null, "engine.floorsScaled", { block: block.id, cost: { decimal: split.paid.div(split.floorsScale).toString() }, pot: { decimal: block.pot.toString() }, scale: { decimal: show(split.floorsScale, 10) } }));
  const label = weightLabel(block.weight);
  const allWeight = sum(weights);
  const capped = split.state.filter((s) => s === "capped").length;

  const explain = orOutside(regions, eligible, block.among, (i: number): BlockExplanation => {
    const more = rest.outcome.text(i);
    const a = split.amounts[i];
    const figures = { weightKey: block.weight, weight: show(weights[i]) };
    // The share with no caps or floors at all: what the cap is measured against.
    const unbounded = (lang: "sv" | "en") => (allWeight.isPositive() ? formatKronor(block.pot.mul(weights[i]).div(allWeight), lang) : "–");
    switch (split.state[i]) {
      case "capped":
        return {
          rule: "capped",
          ...figures,
          text: {
            sv: `Når ${boundText("cap", a, block.cap!, "sv")}: ${formatKronor(a, "sv")} (efter ${label.sv} ${formatNumber(weights[i], "sv")} hade andelen utan tak varit ${unbounded("sv")}); det taket skär av delas av regionerna under sina tak.${more.sv}`,
            en: `Reaches ${boundText("cap", a, block.cap!, "en")}: ${formatKronor(a, "en")} (by ${label.en} ${formatNumber(weights[i], "en")} the share without caps would have been ${unbounded("en")}); what the cap cuts off is shared by the regions below their caps.${more.en}`,
          },
        };
      case "floor":
        return {
          rule: "floor",
          ...figures,
          text: {
            sv: `Får ${boundText("floor", floors[i] ?? ZERO, block.floor!, "sv")}${split.floorsScale ? " (nedskalat)" : ""}: ${formatKronor(a, "sv")}.${more.sv}`,
            en: `Gets ${boundText("floor", floors[i] ?? ZERO, block.floor!, "en")}${split.floorsScale ? " (scaled down)" : ""}: ${formatKronor(a, "en")}.${more.en}`,
          },
        };
      default: {
        const after = capped > 0 ? { sv: ` efter att ${capped} regioner nått sitt tak`, en: ` after ${capped} regions reached their caps` } : { sv: "", en: "" };
        return {
          rule: "proportional",
          ...figures,
          weightShare: split.freeWeight.isPositive() ? show(weights[i].div(split.freeWeight), 15) : "0",
          text: {
            sv: `Andel efter ${label.sv}: ${formatNumber(weights[i], "sv")} av ${formatNumber(split.freeWeight, "sv")} av det som återstår${after.sv} (${formatKronor(split.freePot, "sv")}): ${formatKronor(a, "sv")}${caps[i] ? `, under ${boundText("cap", caps[i]!, block.cap!, "sv")}` : ""}.${more.sv}`,
            en: `Share by ${label.en}: ${formatNumber(weights[i], "en")} of ${formatNumber(split.freeWeight, "en")} of what remains${after.en} (${formatKronor(split.freePot, "en")}): ${formatKronor(a, "en")}${caps[i] ? `, below ${boundText("cap", caps[i]!, block.cap!, "en")}` : ""}.${more.en}`,
          },
        };
      }
    }
  });
  return { ...fromAmounts(block, split.amounts, rest, explain, warnings), bounds: { caps, floors } };
}
