import type { BlockDef, MonthlyPerformanceDef, RoundDef } from "../engine/types";

export interface RoundNeeds {
  /** "required": every applicant must report a count; "optional": a missing count only keeps it out of the blocks that need one. */
  count: "required" | "optional" | "no";
  planned: boolean;
  forecast: boolean;
  goodLevel: boolean;
  monthly: MonthlyPerformanceDef | null;
}

function countNeed(b: BlockDef): "required" | "optional" | "no" {
  const uses = b.kind === "ladder" || (b.kind === "proportional" && (b.weight === "count" || b.weight === "countPer100k")) || b.among.includes("reachedPlan");
  if (!uses) return "no";
  return b.among.includes("hasCount") ? "optional" : "required";
}

/** What a round reads from the table besides region and population. */
export function roundNeeds(round: RoundDef): RoundNeeds {
  const counts = round.blocks.map(countNeed);
  return {
    count: counts.includes("required") ? "required" : counts.includes("optional") ? "optional" : "no",
    planned: round.blocks.some((b) => b.kind === "ladder" || b.among.includes("reachedPlan")),
    forecast: round.blocks.some((b) => b.among.includes("forecast")),
    goodLevel: round.blocks.some((b) => b.among.includes("goodLevel") || b.among.includes("belowGoodLevel")),
    monthly: (round.blocks.find((b) => b.kind === "monthlyPerformance") as MonthlyPerformanceDef | undefined) ?? null,
  };
}
