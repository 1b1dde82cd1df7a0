import type { BlockDef, Bound, Leftover, MonthlyPerformanceDef, RoundDef, Weight } from "../../engine/types";

export interface RoundNeeds {
  /** "required": every applicant must report a count; "optional": a missing count only keeps it out of the blocks that need one. */
  count: "required" | "optional" | "no";
  planned: boolean;
  forecast: boolean;
  goodLevel: boolean;
  monthly: MonthlyPerformanceDef | null;
}

function boundWeights(b: Bound | undefined): Weight[] {
  return b?.kind === "share" ? [b.weight] : [];
}

function leftoverWeights(l: Leftover | undefined): Weight[] {
  return l?.kind === "top" ? [l.top.by, l.top.weight] : l?.kind === "proportional" ? [l.weight] : [];
}

/** Every weight and measure a block reads: its key, its caps' and floors' keys, its top N's, its leftover's. */
export function weightsIn(b: BlockDef): Weight[] {
  switch (b.kind) {
    case "proportional":
      return [b.weight, ...boundWeights(b.cap), ...boundWeights(b.floor), ...leftoverWeights(b.leftover)];
    case "ladder":
      return b.remainder.kind === "proportional" ? [b.remainder.weight] : [];
    case "top":
      return [b.top.by, b.top.weight];
    case "fixed":
      return leftoverWeights(b.leftover);
    case "perUnit":
      return [...boundWeights(b.cap), ...leftoverWeights(b.leftover)];
    case "subPots":
      return b.pots.flatMap(weightsIn);
    default:
      return [];
  }
}

function countNeed(b: BlockDef): "required" | "optional" | "no" {
  if (b.kind === "subPots") {
    const needs = b.pots.map(countNeed);
    return needs.includes("required") ? "required" : needs.includes("optional") ? "optional" : "no";
  }
  const uses = b.kind === "ladder" || weightsIn(b).some((w) => w === "count" || w === "countPer100k") || b.among.includes("reachedPlan");
  if (!uses) return "no";
  return b.among.includes("hasCount") ? "optional" : "required";
}

/** Every block's conditions, a block of sub-pots' own and its sub-pots'. */
function conditions(round: RoundDef): string[] {
  return round.blocks.flatMap((b) => [...b.among, ...(b.kind === "subPots" ? b.pots.flatMap((p) => p.among) : [])]);
}

/** What a round reads from the table besides region and population. */
export function roundNeeds(round: RoundDef): RoundNeeds {
  const counts = round.blocks.map(countNeed);
  const among = conditions(round);
  return {
    count: counts.includes("required") ? "required" : counts.includes("optional") ? "optional" : "no",
    planned: round.blocks.some((b) => b.kind === "ladder") || among.includes("reachedPlan"),
    forecast: among.includes("forecast"),
    goodLevel: among.includes("goodLevel") || among.includes("belowGoodLevel"),
    monthly: (round.blocks.find((b) => b.kind === "monthlyPerformance") as MonthlyPerformanceDef | undefined) ?? null,
  };
}
