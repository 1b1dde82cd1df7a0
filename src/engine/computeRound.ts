import { Decimal, ZERO, show, sum } from "./decimal";
import { ladderBlock, increaseOf } from "./blocks/ladderBlock";
import { proportionalBlock } from "./blocks/proportionalBlock";
import { roundShares } from "./largestRemainder";
import type { BlockDef, BlockResult, ExactBlock, RegionInput, RegionResult, RoundDef, RoundResult } from "./types";

function exactBlock(block: BlockDef, regions: readonly RegionInput[]): ExactBlock {
  switch (block.kind) {
    case "proportional":
      return proportionalBlock(block, regions);
    case "ladder":
      return ladderBlock(block, regions);
  }
}

function rankOf(code: string): number {
  const n = Number.parseInt(code, 10);
  return Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : n;
}

/**
 * Computes every block of a round: exact amounts first, then whole kronor by
 * the largest-remainder rule so that each block sums exactly to what it allocates.
 * Pure: rules and regions in, amounts and explanations out.
 */
export function computeRound(round: RoundDef, regions: readonly RegionInput[]): RoundResult {
  const warnings: string[] = [];
  const results: RegionResult[] = regions.map((r) => ({
    code: r.code,
    name: r.name,
    applied: r.applied,
    increase: r.applied ? increaseOf(r) : null,
    amounts: {},
    total: ZERO,
    explanation: [],
  }));
  const blocks: BlockResult[] = [];
  const totals: Record<string, Decimal> = {};
  for (const block of round.blocks) {
    const ex = exactBlock(block, regions);
    warnings.push(...ex.warnings);
    // What the block hands out; whole kronor, since the pot and step amounts are.
    const allocated = sum(ex.exact).toDecimalPlaces(0);
    const amounts = roundShares(allocated, ex.exact.map((e, i) => ({ exact: e, rank: rankOf(regions[i].code) })));
    results.forEach((res, i) => {
      res.amounts[block.id] = amounts[i];
      res.explanation.push({ block: block.id, ...ex.explain[i], exact: show(ex.exact[i]), amount: amounts[i], text: ex.texts[i] });
    });
    blocks.push({ id: block.id, title: block.title, pot: block.pot, allocated, unallocated: block.pot.minus(allocated) });
    totals[block.id] = sum(amounts);
  }
  for (const res of results) res.total = sum(Object.values(res.amounts));
  totals.total = sum(results.map((r) => r.total));
  return { roundId: round.id, title: round.title, blocks, regions: results, totals, warnings };
}
