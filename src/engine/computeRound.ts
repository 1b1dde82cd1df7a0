import type { Notice } from "../messages/message";
import { Decimal, ZERO, show, sum } from "./decimal";
import { equalBlock } from "./blocks/equalBlock";
import { increaseOf, ladderBlock } from "./blocks/ladderBlock";
import { monthlyPerformance } from "./blocks/monthlyPerformance";
import { proportionalBlock } from "./blocks/proportionalBlock";
import { roundShares } from "./largestRemainder";
import type { BlockDef, BlockResult, ExactBlock, Explanation, RegionInput, RegionResult, RoundDef, RoundResult } from "./types";

function exactBlocks(block: BlockDef, regions: readonly RegionInput[]): ExactBlock[] {
  switch (block.kind) {
    case "proportional":
      return [proportionalBlock(block, regions)];
    case "equal":
      return [equalBlock(block, regions)];
    case "ladder":
      return [ladderBlock(block, regions)];
    case "monthlyPerformance":
      return monthlyPerformance(block, regions);
  }
}

/**
 * A region's `explanation`, built on first reading (JSON, the record sheet, the
 * page) and kept; a round computed only for its amounts builds none.
 */
function explainLater(res: RegionResult, parts: (() => Explanation)[]): void {
  let built: Explanation[] | null = null;
  Object.defineProperty(res, "explanation", { enumerable: true, configurable: true, get: () => (built ??= parts.map((p) => p())) });
}

function rankOf(code: string): number {
  const n = Number.parseInt(code, 10);
  return Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : n;
}

/** Whole kronor for a set of exact totals that together make a whole sum (largest remainder, in block order). */
function wholeTotals(totals: readonly Decimal[]): Decimal[] {
  const whole = sum(totals).toDecimalPlaces(0);
  return roundShares(whole, totals.map((t, j) => ({ exact: t, rank: j })));
}

/**
 * Computes a round; the regions may come in any order. They are computed in
 * official region-code order, so that every sum is taken in the same order and
 * the last digit of a 40-digit quotient can never depend on how rows were sorted.
 */
export function computeRound(round: RoundDef, regions: readonly RegionInput[]): RoundResult {
  const sorted = [...regions].sort((a, b) => rankOf(a.code) - rankOf(b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const result = computeInOrder(round, sorted);
  const byCode = new Map(result.regions.map((r) => [r.code, r]));
  if (byCode.size !== regions.length) throw new RangeError("computeRound: region codes must be unique");
  return { ...result, regions: regions.map((r) => byCode.get(r.code) as RegionResult) };
}

/**
 * Computes every block of a round: exact amounts first, then whole kronor by
 * the largest-remainder rule. Where a definition yields several blocks whose
 * totals are themselves results of the rules (the beds round's earned parts and
 * bonus), the block totals are rounded first, then each block's regions to its
 * total. Pure: rules and regions in, amounts and explanations out.
 */
function computeInOrder(round: RoundDef, regions: readonly RegionInput[]): RoundResult {
  const warnings: Notice[] = [];
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
  const ranks = regions.map((r) => rankOf(r.code));
  const later: (() => Explanation)[][] = regions.map(() => []);
  for (const def of round.blocks) {
    const parts = exactBlocks(def, regions);
    const allocated = wholeTotals(parts.map((p) => p.allocated));
    // In a group, each earned part's pot is what it pays; the last part (the bonus) takes what the others leave.
    const pots = parts.map((_, j) => (j < parts.length - 1 ? allocated[j] : def.pot.minus(sum(allocated.slice(0, j)))));
    parts.forEach((part, j) => {
      warnings.push(...part.warnings);
      const amounts = roundShares(allocated[j], part.exact.map((e, i) => ({ exact: e, rank: ranks[i] })));
      results.forEach((res, i) => {
        res.amounts[part.id] = amounts[i];
        later[i].push(() => ({ block: part.id, ...part.explain[i](), exact: show(part.exact[i]), amount: amounts[i] }));
      });
      blocks.push({ id: part.id, title: part.title, pot: pots[j], allocated: allocated[j], unallocated: pots[j].minus(allocated[j]) });
      totals[part.id] = sum(amounts);
    });
  }
  results.forEach((res, i) => {
    res.total = sum(Object.values(res.amounts));
    explainLater(res, later[i]);
  });
  totals.total = sum(results.map((r) => r.total));
  return { roundId: round.id, title: round.title, blocks, regions: results, totals, warnings };
}
