import { conditionLabels } from "../eligibility";
import type { BlockExplanation, Condition, ExactBlock, RegionInput } from "../types";

/** The explanation for a region a block is not shared with: it did not apply, or misses a condition. */
export function outside(region: RegionInput, among: readonly Condition[]): { explain: Omit<BlockExplanation, "text">; text: { sv: string; en: string } } {
  if (!region.applied) {
    return {
      explain: { rule: "notApplied" },
      text: { sv: "Har inte ansökt: inga medel, och ingår inte i någon viktsumma.", en: "Did not apply: no funds, and left out of every sum of weights." },
    };
  }
  const needs = among.filter((c) => c !== "applied");
  const sv = needs.map((c) => conditionLabels[c].sv).join(", ");
  const en = needs.map((c) => conditionLabels[c].en).join(", ");
  return {
    explain: { rule: "notEligible" },
    text: { sv: `Ingår inte i blocket (krav: ${sv}): 0\u00a0kr.`, en: `Not in this block (needs: ${en}): SEK\u00a00.` },
  };
}

/** What the explanation adds where the decision leaves the sharing key unstated. */
export function unstatedKeyNote(label: { sv: string; en: string }): { sv: string; en: string } {
  return {
    sv: ` Beslutet anger inte hur blocket fördelas; här fördelas det efter ${label.sv}.`,
    en: ` The decision does not say how the block is shared; here it is shared by ${label.en}.`,
  };
}

type Explained = { explain: Omit<BlockExplanation, "text">; text: () => { sv: string; en: string } };

/**
 * Every region's explanation, built when read (one function for the block, none per region): `outside` for those the
 * block is not shared with, `inside` for the rest.
 */
export function explainEach(
  regions: readonly RegionInput[],
  eligible: readonly boolean[],
  among: readonly Condition[],
  inside: (region: RegionInput, i: number) => Explained,
): ExactBlock["explain"] {
  return (i: number): BlockExplanation => {
    if (!eligible[i]) {
      const o = outside(regions[i], among);
      return { ...o.explain, text: o.text };
    }
    const e = inside(regions[i], i);
    return { ...e.explain, text: e.text() };
  };
}

/** One region's explanation: `outside`'s for a region the block is not shared with, else the block's own (built when read). */
export function orOutside(regions: readonly RegionInput[], eligible: readonly boolean[], among: readonly Condition[], inside: (i: number) => BlockExplanation): ExactBlock["explain"] {
  return (i: number): BlockExplanation => {
    if (eligible[i]) return inside(i);
    const o = outside(regions[i], among);
    return { ...o.explain, text: o.text };
  };
}
