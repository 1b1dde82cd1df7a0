import type { Notice } from "../messages/message";
import { equalBlock } from "./blocks/equalBlock";
import { increaseOf, ladderBlock } from "./blocks/ladderBlock";
import { monthlyPerformance } from "./blocks/monthlyPerformance";
import { proportionalBlock } from "./blocks/proportionalBlock";
import { exactShares, roundShares } from "./largestRemainder";
import { Rational, ZERO, show, sum } from "./rational";
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
 * One region's outcome. Its `explanation` is built on first reading (JSON, the
 * record sheet, the page) by a getter shared by every outcome, from the round's
 * exact blocks: a round computed only for its amounts builds none, and no
 * outcome carries a closure of its own.
 */
class Outcome implements RegionResult {
  private built: Explanation[] | null = null;
  constructor(
    readonly code: string,
    readonly name: string,
    readonly applied: boolean,
    readonly increase: Rational | null,
    readonly amounts: Record<string, Rational>,
    public total: Rational,
    private readonly parts: readonly ExactBlock[],
    private readonly index: number,
  ) {}

  get explanation(): Explanation[] {
    return (this.built ??= this.parts.map((part) => ({ block: part.id, ...part.explain(this.index), exact: show(part.shares.exact(this.index)), amount: this.amounts[part.id] })));
  }

  toJSON(): object {
    return { code: this.code, name: this.name, applied: this.applied, increase: this.increase, amounts: this.amounts, total: this.total, explanation: this.explanation };
  }
}

const ranks = new Map<string, number>();

/** A code's place in official order (its number; others last), kept once read: every round asks for every region's. */
export function rankOf(code: string): number {
  let rank = ranks.get(code);
  if (rank === undefined) {
    const n = Number.parseInt(code, 10);
    ranks.set(code, (rank = Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : n));
  }
  return rank;
}

/** Official region-code order: the order rounds are computed in and ties broken in. */
export function byCode(a: RegionInput, b: RegionInput): number {
  return rankOf(a.code) - rankOf(b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Computes a round; the regions may come in any order. Every amount is exact,
 * so the order cannot change one; regions are computed in official
 * region-code order all the same, so that explanations list them alike.
 */
export function computeRound(round: RoundDef, regions: readonly RegionInput[]): RoundResult {
  const inOrder = regions.every((r, i) => i === 0 || byCode(regions[i - 1], r) < 0);
  if (inOrder) {
    const result = computeInOrder(round, regions);
    if (new Set(regions.map((r) => r.code)).size !== regions.length) throw new RangeError("computeRound: region codes must be unique");
    return result;
  }
  const sorted = [...regions].sort(byCode);
  const result = computeInOrder(round, sorted);
  const found = new Map(result.regions.map((r) => [r.code, r]));
  if (found.size !== regions.length) throw new RangeError("computeRound: region codes must be unique");
  return { ...result, regions: regions.map((r) => found.get(r.code) as RegionResult) };
}

/**
 * Computes every block of a round: exact shares first, then whole kronor by
 * the largest-remainder rule. Where a definition yields several blocks whose
 * totals are themselves results of the rules (the beds round's earned parts and
 * bonus), the block totals are rounded first, then each block's regions to its
 * total. Pure: rules and regions in, amounts and explanations out.
 */
function computeInOrder(round: RoundDef, regions: readonly RegionInput[]): RoundResult {
  const warnings: Notice[] = [];
  const n = regions.length;
  const amounts: Record<string, Rational>[] = regions.map(() => ({}));
  // Whole kronor, exact integers in doubles (see wholeKronor); sums checked below 2^53.
  const regionTotals = new Float64Array(n);
  const blocks: BlockResult[] = [];
  const totals: Record<string, Rational> = {};
  const ranks = regions.map((r) => rankOf(r.code));
  const parts: ExactBlock[] = [];
  let grand = 0;
  for (const def of round.blocks) {
    const group = exactBlocks(def, regions);
    // Whole kronor for each part's total, by largest remainder in block order.
    const exactTotals = group.map((p) => p.allocated);
    // (One part alone: largest remainder over one share is that share rounded to the krona.)
    const allocated = group.length === 1 ? [exactTotals[0].toDecimalPlaces(0)] : Array.from(roundShares(sum(exactTotals).toDecimalPlaces(0), exactShares(exactTotals), group.map((_, j) => j)), kronor);
    // In a group, each earned part's pot is what it pays; the last part (the bonus) takes what the others leave.
    let paid = ZERO;
    group.forEach((part, j) => {
      warnings.push(...part.warnings);
      const pot = j < group.length - 1 ? allocated[j] : def.pot.minus(paid);
      paid = paid.plus(allocated[j]);
      const whole = roundShares(allocated[j], part.shares, ranks);
      let blockTotal = 0;
      for (let i = 0; i < n; i++) {
        amounts[i][part.id] = kronor(whole[i]);
        blockTotal += whole[i];
        regionTotals[i] += whole[i];
      }
      grand += blockTotal;
      blocks.push({ id: part.id, title: part.title, titleEn: part.titleEn, pot, allocated: allocated[j], unallocated: pot.minus(allocated[j]) });
      totals[part.id] = kronor(blockTotal);
      parts.push(part);
    });
  }
  if (grand >= Number.MAX_SAFE_INTEGER) throw new RangeError("computeRound: the round's pots exceed any budget");
  const results = regions.map((r, i) => new Outcome(r.code, r.name, r.applied, r.applied ? increaseOf(r) : null, amounts[i], kronor(regionTotals[i]), parts, i));
  totals.total = kronor(grand);
  return { roundId: round.id, title: round.title, titleEn: round.titleEn, blocks, regions: results, totals, warnings };
}

function kronor(whole: number): Rational {
  return new Rational(BigInt(whole), 1n);
}

