import type { Notice } from "../messages/message";
import type { Shares } from "./largestRemainder";
import type { Rational } from "./rational";
import type { LadderStep } from "./ladder";
import type { TieRule } from "./rankSelect";

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
}

/** Who a block is shared among, besides having applied. */
export type Condition = "applied" | "forecast" | "goodLevel" | "belowGoodLevel" | "reachedPlan" | "hasCount";

/** How a block weighs the regions it shares among. */
export type WeightKey = "population" | "countPer100k" | "count" | "equal";

/** What happens to the part of a ladder block the steps leave. */
export type RemainderRule =
  | { kind: "proportional"; weight: WeightKey }
  | { kind: "largest"; n: number; ties: TieRule }
  | { kind: "none" };

interface BlockBase {
  id: string;
  title: string;
  /** The title in English, where the round gives one; else the Swedish title is shown. */
  titleEn?: string;
  pot: Rational;
  among: Condition[];
  /** Set where the decision does not say how the block is shared: the explanation names the default used. */
  unstatedKey?: boolean;
}

export interface ProportionalBlockDef extends BlockBase {
  kind: "proportional";
  weight: WeightKey;
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
  title: string;
  titleEn?: string;
  pot: Rational;
  among: Condition[];
  measures: MonthlyMeasure[];
  /** "2024-02" … "2024-10"; each is compared with the same month one year earlier. */
  months: string[];
  improvement: { percent: Rational; reading: "relative" | "points" };
  lowest: { n: number; ties: TieRule };
  bonus: { id: string; title: string; titleEn?: string };
}

export type BlockDef = ProportionalBlockDef | EqualBlockDef | LadderBlockDef | MonthlyPerformanceDef;

export interface RoundDef {
  id: string;
  title: string;
  titleEn?: string;
  decision?: string;
  populationDate?: string;
  /** Region codes at the good level (AT 2022); a workbook column may override per region. */
  goodLevel?: string[];
  blocks: BlockDef[];
}

/** Why one region got what it got in one block. */
export interface Explanation {
  block: string;
  rule: "notApplied" | "notEligible" | "proportional" | "equal" | "ladder" | "noStep" | "noWeight" | "monthly" | "bonus";
  /** Exact amount before rounding to whole kronor, as a plain decimal string. */
  exact: string;
  amount: Rational;
  weight?: string;
  weightKey?: WeightKey;
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

/** One block's exact outcome per region, before rounding. */
export interface ExactBlock {
  id: string;
  title: string;
  titleEn?: string;
  /** The pot the rules give this block. */
  pot: Rational;
  /** What the block hands out, exactly: the pot, or less where the rules leave money unallocated. Equals the sum of the shares. */
  allocated: Rational;
  shares: Shares;
  /** One region's explanation, built only when someone reads it: a round computed for a what-if builds none. */
  explain(i: number): BlockExplanation;
  warnings: Notice[];
}
