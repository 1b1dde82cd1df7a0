import type { Notice } from "../messages/message";
import type { Shares } from "./largestRemainder";
import type { Rational } from "./rational";
import type { LadderStep } from "./ladder";
import type { TieRule } from "./rankSelect";
import type { RoundingRule } from "./rounding/roundingRule";

/** Monthly values of one measure: "2024-02" → value, null where none was reported. */
export type MonthlySeries = Record<string, Rational | null>;

/** What the engine knows of one region: parsed, validated, exact. */
export interface RegionInput {
  /** Official region code (län code), "01" … "25": also the tie-break order. */
  code: string;
  name: string;
  /** Applied / reported at all. A region that did not apply gets nothing anywhere. */
  applied: boolean;
  population: Rational;
  /** The count used: the larger of filled and started, or the one reported count. */
  count: Rational | null;
  planned: Rational | null;
  /** Reported a forecast of AT, BT and ST posts (AT 2025). */
  forecast?: boolean | null;
  /** At the good level (god nivå) of AT 2022; from the round's list unless the workbook says. */
  goodLevel?: boolean | null;
  /** Monthly measures (hospital beds): measure id → series. */
  monthly?: Record<string, MonthlySeries>;
  /** The round's own columns ("Vårdbehov höftled"): column id → value, null where the cell is empty. */
  values?: Record<string, Rational | null>;
}

/** A column of per-region numbers a round declares, found by its header. */
export interface ColumnDef {
  id: string;
  /** Header phrases, any of which a header may contain (case and spacing ignored). */
  header: string[];
  title: string;
  titleEn?: string;
}

/** Who a block is shared among, besides having applied. */
export type Condition = "applied" | "forecast" | "goodLevel" | "belowGoodLevel" | "reachedPlan" | "hasCount";

/** How a block weighs the regions it shares among. */
export type WeightKey = "population" | "countPer100k" | "count" | "equal";

/** A declared column's value as a weight or a measure, or that value per 100 000 inhabitants. */
export interface ColumnWeight {
  column: string;
  per100k: boolean;
  /** The column's title, for explanations. */
  title: string;
  titleEn?: string;
}

/** A weight or a measure: a built-in key or a declared column. */
export type Weight = WeightKey | ColumnWeight;

/** Who a fixed amount is paid to: every region in the table, those that applied, or the regions listed. */
export type Group = { kind: "all" } | { kind: "applied" } | { kind: "codes"; codes: string[] };

/** A cap or a floor per region: one amount for each, a declared column's amount, or a share of the pot by a weight, times a factor. */
export type Bound = { kind: "amount"; amount: Rational } | { kind: "column"; column: ColumnWeight } | { kind: "share"; weight: Weight; factor: Rational };

/** The N regions first by a measure (ties by the tie rule), sharing by a weight. */
export interface TopRule {
  n: number;
  by: Weight;
  order: "highest" | "lowest";
  ties: TieRule;
  weight: Weight;
}

/** Where the money a block does not pay goes: reported unallocated, on to the next block, or shared again. */
export type Leftover = { kind: "unallocated" } | { kind: "next" } | { kind: "top"; top: TopRule } | { kind: "proportional"; weight: Weight };

/** What happens to the part of a ladder block the steps leave. */
export type RemainderRule =
  | { kind: "proportional"; weight: WeightKey }
  | { kind: "largest"; n: number; ties: TieRule }
  | { kind: "none" };

export interface BlockBase {
  id: string;
  /** The rule for the last krona where the block's differs from the round's. */
  rounding?: RoundingRule;
  title: string;
  /** The title in English, where the round gives one; else the Swedish title is shown. */
  titleEn?: string;
  pot: Rational;
  among: Condition[];
  /** Set where the decision does not say how the block is shared: the explanation names the default used. */
  unstatedKey?: boolean;
  /** A pot given as the rest of the round's pot after the blocks before it: the explanation says so. */
  rest?: { roundPot: Rational; others: Rational };
}

export interface ProportionalBlockDef extends BlockBase {
  kind: "proportional";
  weight: Weight;
  cap?: Bound;
  floor?: Bound;
  /** What caps leave when every region is at its cap. */
  leftover?: Leftover;
}

/** A fixed amount to each region of a group; what is not paid is unallocated or goes on. */
export interface FixedBlockDef extends BlockBase {
  kind: "fixed";
  amount: Rational;
  group: Group;
  leftover: Leftover;
}

/** The pot shared among the N regions first by a measure, by a weight. */
export interface TopBlockDef extends BlockBase {
  kind: "top";
  top: TopRule;
}

/** A price for each unit above a baseline (this year's count less last year's), capped, scaled down when the claims exceed the pot. */
export interface PerUnitBlockDef extends BlockBase {
  kind: "perUnit";
  price: Rational;
  units: ColumnWeight;
  baseline?: ColumnWeight;
  cap?: Bound;
  leftover: Leftover;
}

/** A pot split into sub-pots (one per area), each with its own rules, in its own column. */
export type SubPotDef = ProportionalBlockDef | EqualBlockDef | FixedBlockDef | TopBlockDef | PerUnitBlockDef;

export interface SubPotsDef extends BlockBase {
  kind: "subPots";
  pots: SubPotDef[];
}

export interface EqualBlockDef extends BlockBase {
  kind: "equal";
}

export interface LadderBlockDef extends BlockBase {
  kind: "ladder";
  /** The measure climbed: the increase over plan (count − planned). */
  measure: "increase";
  steps: LadderStep[];
  remainder: RemainderRule;
  /** When the steps reached cost more than the pot: the spec's default scales them down. */
  overflow: "scale";
}

export interface MonthlyMeasure {
  id: string;
  title: string;
  titleEn?: string;
}

/**
 * Monthly performance pots with a bonus pot (hospital beds 2024): each measure's
 * pot is split evenly over the months; each region has a part of each monthly
 * pot reserved by population; it earns the part by improving on the same month
 * a year earlier, or by being among the lowest that month. What is not earned
 * goes to the bonus pot, paid in proportion to what each region earned.
 */
export interface MonthlyPerformanceDef {
  kind: "monthlyPerformance";
  id: string;
  rounding?: RoundingRule;
  title: string;
  titleEn?: string;
  pot: Rational;
  rest?: BlockBase["rest"];
  among: Condition[];
  measures: MonthlyMeasure[];
  /** "2024-02" … "2024-10"; each is compared with the same month one year earlier. */
  months: string[];
  improvement: { percent: Rational; reading: "relative" | "points" };
  lowest: { n: number; ties: TieRule };
  bonus: { id: string; title: string; titleEn?: string };
}

export type BlockDef = ProportionalBlockDef | EqualBlockDef | LadderBlockDef | MonthlyPerformanceDef | FixedBlockDef | TopBlockDef | PerUnitBlockDef | SubPotsDef;

export interface RoundDef {
  id: string;
  title: string;
  titleEn?: string;
  decision?: string;
  populationDate?: string;
  /** The round's whole pot, where the decision gives one: blocks may take "the rest" of it. */
  pot?: Rational;
  /** Columns of per-region numbers the round reads besides the built-in inputs. */
  columns?: ColumnDef[];
  /** Region codes at the good level (AT 2022); a workbook column may override per region. */
  goodLevel?: string[];
  /** The rule for the last krona: largest remainder in whole kronor unless the round says. */
  rounding?: RoundingRule;
  blocks: BlockDef[];
}

/** Why one region got what it got in one block. */
export interface Explanation {
  block: string;
  rule: "notApplied" | "notEligible" | "proportional" | "equal" | "ladder" | "noStep" | "noWeight" | "monthly" | "bonus" | "fixed" | "capped" | "floor" | "top" | "perUnit";
  /** Exact amount before rounding to whole kronor, as a plain decimal string. */
  exact: string;
  amount: Rational;
  weight?: string;
  weightKey?: Weight;
  /** The region's part of all weights, 0 … 1. */
  weightShare?: string;
  step?: { step: number; threshold: string; amount: string };
  remainderShare?: string;
  months?: { month: string; previous: string | null; value: string | null; reserved: string; earned: "improvement" | "lowest" | null }[];
  text: { sv: string; en: string };
}

export interface BlockResult {
  id: string;
  title: string;
  titleEn?: string;
  pot: Rational;
  allocated: Rational;
  unallocated: Rational;
  /** What the block did not pay and handed on to the next block. */
  passedOn?: Rational;
  /** What its rounding rule left unpaid (rounding down, or below one unit): part of `unallocated`, said on its own. */
  leftByRounding?: Rational;
}

export interface RegionResult {
  code: string;
  name: string;
  applied: boolean;
  increase: Rational | null;
  amounts: Record<string, Rational>;
  total: Rational;
  explanation: Explanation[];
}

export interface RoundResult {
  roundId: string;
  title: string;
  titleEn?: string;
  blocks: BlockResult[];
  regions: RegionResult[];
  totals: Record<string, Rational>;
  warnings: Notice[];
}

/** What a block says of one region: the rule, its figures, its sentence. */
export type BlockExplanation = Omit<Explanation, "exact" | "amount" | "block">;

/** Per region, a cap and a floor (null where none). */
export interface RegionBounds {
  caps: readonly (Rational | null)[];
  floors: readonly (Rational | null)[];
}

/** One block's exact outcome per region, before rounding. */
export interface ExactBlock {
  id: string;
  title: string;
  titleEn?: string;
  /** The pot the rules give this block. */
  pot: Rational;
  /** What the block hands out, exactly: the pot, or less where the rules leave money unallocated. Equals the sum of the shares. */
  allocated: Rational;
  /** Where what it does not hand out goes: "next" passes it on to the following block. */
  leftover?: "next";
  shares: Shares;
  /** One region's explanation, built only when someone reads it: a round computed for a what-if builds none. */
  explain(i: number): BlockExplanation;
  /** The caps and floors the block's split kept, in kronor: a rounding rule that moves a difference respects them too. */
  bounds?: RegionBounds;
  warnings: Notice[];
}
