import type { BlockDef, RoundDef } from "../engine/types";

/** A rule that takes the first n regions by a measure, with its path in the definition. */
export interface RankedRule {
  path: string;
  n: number;
}

function ofBlock(b: BlockDef, where: string): RankedRule[] {
  switch (b.kind) {
    case "subPots":
      return b.pots.flatMap((p, j) => ofBlock(p, `${where}.pots[${j}]`));
    case "top":
      return [{ path: `${where}.n`, n: b.top.n }];
    case "ladder":
      return b.remainder.kind === "largest" ? [{ path: `${where}.remainder.n`, n: b.remainder.n }] : [];
    case "monthlyPerformance":
      return [{ path: `${where}.lowest.n`, n: b.lowest.n }];
    default:
      return "leftover" in b && b.leftover?.kind === "top" ? [{ path: `${where}.leftover.n`, n: b.leftover.top.n }] : [];
  }
}

/**
 * Every "first n regions" of a round (a top N, a ladder's largest increases,
 * the beds round's lowest): n can be at most the regions a table holds, or
 * "the five lowest" would silently mean every region.
 */
export function rankedRules(round: RoundDef): RankedRule[] {
  return round.blocks.flatMap((b, i) => ofBlock(b, `blocks[${i}]`));
}
