import type { Decimal } from "./decimal";
import type { LadderStep } from "./ladder";

/** What the engine knows of one region: parsed, validated, exact. */
export interface RegionInput {
  /** Official region code (län code), "01" … "25": also the tie-break order. */
  code: string;
  name: string;
  /** Applied / reported at all. A region that did not apply gets nothing anywhere. */
  applied: boolean;
  population: Decimal;
  /** The count used: the larger of filled and started, or the one reported count. */
  count: Decimal | null;
  planned: Decimal | null;
}

/** How a block weighs the regions it shares among. */
export type WeightKey = "population" | "countPer100k" | "count" | "equal";

/** What happens to the part of a ladder block the steps leave. */
export type RemainderRule = { kind: "proportional"; weight: WeightKey } | { kind: "none" };

export interface ProportionalBlockDef {
  kind: "proportional";
  id: string;
  title: string;
  pot: Decimal;
  weight: WeightKey;
}

export interface LadderBlockDef {
  kind: "ladder";
  id: string;
  title: string;
  pot: Decimal;
  /** The measure climbed: the increase over plan (count − planned). */
  measure: "increase";
  steps: LadderStep[];
  remainder: RemainderRule;
  /** When the steps reached cost more than the pot: the spec's default scales them down. */
  overflow: "scale";
}

export type BlockDef = ProportionalBlockDef | LadderBlockDef;

export interface RoundDef {
  id: string;
  title: string;
  decision?: string;
  populationDate?: string;
  blocks: BlockDef[];
}

/** Why one region got what it got in one block. */
export interface Explanation {
  block: string;
  rule: "notApplied" | "proportional" | "ladder" | "noStep" | "noWeight";
  /** Exact amount before rounding to whole kronor, as a plain decimal string. */
  exact: string;
  amount: Decimal;
  weight?: string;
  weightKey?: WeightKey;
  /** The region's part of all weights, 0 … 1. */
  weightShare?: string;
  step?: { step: number; threshold: string; amount: string };
  remainderShare?: string;
  text: { sv: string; en: string };
}

export interface BlockResult {
  id: string;
  title: string;
  pot: Decimal;
  allocated: Decimal;
  unallocated: Decimal;
}

export interface RegionResult {
  code: string;
  name: string;
  applied: boolean;
  increase: Decimal | null;
  amounts: Record<string, Decimal>;
  total: Decimal;
  explanation: Explanation[];
}

export interface RoundResult {
  roundId: string;
  title: string;
  blocks: BlockResult[];
  regions: RegionResult[];
  totals: Record<string, Decimal>;
  warnings: string[];
}

/** One block's exact outcome per region, before rounding. */
export interface ExactBlock {
  exact: Decimal[];
  explain: Omit<Explanation, "exact" | "amount" | "text" | "block">[];
  texts: { sv: string; en: string }[];
  warnings: string[];
}
