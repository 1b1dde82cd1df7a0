import type { Notice } from "../messages/message";
import { equalBlock } from "./blocks/equalBlock";
import { increaseOf, ladderBlock } from "./blocks/ladderBlock";
import { monthlyPerformance } from "./blocks/monthlyPerformance";
import { proportionalBlock } from "./blocks/proportionalBlock";
import { exactShares, roundShares } from "./largestRemainder";
import { Rational, ZERO, show, sum } from "./rational";
import type { BlockDef, BlockResult, ExactBlock, Explanation, RegionInput, RegionResult, RoundDef, RoundResult, SubPotsDef } from "./types";
import { cappedBlock } from "./blocks/cappedBlock";
import { fixedBlock } from "./blocks/fixedBlock";
import { topBlock } from "./blocks/topBlock";
import { perUnitBlock } from "./blocks/perUnitBlock";
import { withNotes } from "./blocks/potNotes";
import { checkWithinPot } from "./potInvariant";
import { roundByRule } from "./rounding/roundByRule";
import { roundingNote } from "./rounding/roundingNote";
import { DEFAULT_ROUNDING } from "./rounding/roundingRule";

type Text = { sv: string; en: string };

/** The blocks money flows through, in order: a block of sub-pots is its sub-pots. */
function unitsOf(round: RoundDef): Exclude<BlockDef, SubPotsDef>[] {
  return round.blocks.flatMap((b) => (b.kind === "subPots" ? b.pots : [b]));
}

function exactBlocks(block: Exclude<BlockDef, SubPotsDef>, regions: readonly RegionInput[]): ExactBlock[] {
  switch (block.kind) {
    case "proportional":
      return [block.cap || block.floor ? cappedBlock(block, regions) : proportionalBlock(block, regions)];
    case "equal":
      return [equalBlock(block, regions)];
    case "ladder":
      return [ladderBlock(block, regions)];
    case "monthlyPerformance":
      return monthlyPerformance(block, regions);
    case "fixed":
      return [fixedBlock(block, regions)];
    case "top":
      return [topBlock(block, regions)];
    case "perUnit":
      return [perUnitBlock(block, regions)];
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
    /** Each part's rounding note, where its rule says more than the default's (shared by every outcome). */
    private readonly notes: readonly (Text | null)[],
  ) {}

  get explanation(): Explanation[] {
    return (this.built ??= this.parts.map((part, j) => {
      const said = part.explain(this.index);
      const note = this.notes[j];
      return { block: part.id, ...said, ...(note ? { text: { sv: said.text.sv + note.sv, en: said.text.en + note.en } } : {}), exact: show(part.shares.exact(this.index)), amount: this.amounts[part.id] };
    }));
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
  // Every block's exact outcome first: what one does not pay may go on to the next.
  const groups: { def: Exclude<BlockDef, SubPotsDef>; parts: ExactBlock[] }[] = [];
  let carry = ZERO;
  for (const def of unitsOf(round)) {
    const carried = carry;
    const parts = exactBlocks(carried.isZero() ? def : { ...def, pot: def.pot.plus(carried) }, regions).map((p) => withNotes(p, def, carried));
    groups.push({ def, parts });
    const last = parts[parts.length - 1];
    carry = parts.length === 1 && last.leftover === "next" ? last.pot.minus(last.allocated) : ZERO;
  }
  const parts = groups.flatMap((g) => g.parts);
  // Whole kronor for every part's total at once, by largest remainder in block order: the totals sum to the round's.
  const exactTotals = parts.map((p) => p.allocated);
  const whole = exactTotals.every((t) => t.isInteger()) ? exactTotals : Array.from(roundShares(sum(exactTotals).toDecimalPlaces(0), exactShares(exactTotals), parts.map((_, j) => j)), kronor);
  let k = 0;
  let passed = ZERO;
  let grand = 0;
  const notes: (Text | null)[] = [];
  for (const { def, parts: group } of groups) {
    // In the beds round each earned part's pot is what it pays; the last part (the bonus) takes what the others leave.
    let paid = ZERO;
    const ownPot = def.pot.plus(passed);
    passed = ZERO;
    group.forEach((part, j) => {
      const total = whole[k++];
      warnings.push(...part.warnings);
      const pot = def.kind !== "monthlyPerformance" ? ownPot : j < group.length - 1 ? total : def.pot.minus(paid);
      paid = paid.plus(total);
      const rule = def.rounding ?? round.rounding ?? DEFAULT_ROUNDING;
      const rounded = roundByRule(total, part.shares, ranks, rule, part.bounds);
      notes.push(roundingNote(rule, rounded, (i) => regions[i].name));
      const wholeShares = rounded.amounts;
      // Under "down", or a total that is no whole number of the rule's units, what the rule leaves is unallocated: never passed on.
      const byRounding = Rational.of(rounded.left);
      const allocated = total.minus(byRounding);
      let blockTotal = 0;
      for (let i = 0; i < n; i++) {
        amounts[i][part.id] = kronor(wholeShares[i]);
        blockTotal += wholeShares[i];
        regionTotals[i] += wholeShares[i];
      }
      grand += blockTotal;
      if (part.leftover === "next") passed = pot.minus(total);
      const result: BlockResult = { id: part.id, title: part.title, titleEn: part.titleEn, pot, allocated, unallocated: pot.minus(allocated).minus(passed), ...(byRounding.isZero() ? {} : { leftByRounding: byRounding }) };
      blocks.push(passed.isZero() ? result : { ...result, passedOn: passed });
      totals[part.id] = kronor(blockTotal);
    });
  }
  if (grand >= Number.MAX_SAFE_INTEGER) throw new RangeError("computeRound: the round's pots exceed any budget");
  const results = regions.map((r, i) => new Outcome(r.code, r.name, r.applied, r.applied ? increaseOf(r) : null, amounts[i], kronor(regionTotals[i]), parts, i, notes));
  totals.total = kronor(grand);
  const result = { roundId: round.id, title: round.title, titleEn: round.titleEn, blocks, regions: results, totals, warnings };
  checkWithinPot(round, result);
  return result;
}

function kronor(whole: number): Rational {
  return new Rational(BigInt(whole), 1n);
}

