import type { Condition, RegionInput } from "./types";

/**
 * Who a block is shared among. Every block needs the region to have applied;
 * further conditions narrow it (a forecast reported, the good-level group, the plan reached).
 */
export function isEligible(region: RegionInput, among: readonly Condition[]): boolean {
  if (!region.applied) return false;
  for (const c of among) if (!meets(region, c)) return false;
  return true;
}

/**
 * A region's eligibility for a what-if, with its count to be changed: whether
 * it meets every condition a count cannot change (the region then counts as
 * applied; a plan to reach must be there), and whether the count must reach
 * the plan. "hasCount" is met by the asked count itself.
 */
export function eligibilityWithCount(region: RegionInput, among: readonly Condition[]): { fixed: boolean; mustReach: boolean } {
  const fixed = among.every((c) => c === "reachedPlan" || c === "hasCount" || meets(region, c)); // meets() passes "applied": the asked region counts as applied
  const mustReach = among.includes("reachedPlan");
  return { fixed: fixed && (!mustReach || region.planned !== null), mustReach };
}

function meets(region: RegionInput, c: Condition): boolean {
  switch (c) {
    case "applied":
      return true;
    case "forecast":
      return region.forecast === true;
    case "goodLevel":
      return region.goodLevel === true;
    case "belowGoodLevel":
      return region.goodLevel === false;
    case "reachedPlan":
      return region.count !== null && region.planned !== null && region.count.gte(region.planned);
    case "hasCount":
      return region.count !== null;
  }
}

export const conditionLabels: Record<Condition, { sv: string; en: string }> = {
  applied: { sv: "har ansökt", en: "applied" },
  forecast: { sv: "har rapporterat prognos", en: "reported a forecast" },
  goodLevel: { sv: "god nivå", en: "at the good level" },
  belowGoodLevel: { sv: "under god nivå", en: "below the good level" },
  reachedPlan: { sv: "når planerat antal", en: "reached the planned count" },
  hasCount: { sv: "har rapporterat antal", en: "reported a count" },
};
