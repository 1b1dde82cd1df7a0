import { computeRound } from "../../engine/computeRound";
import { PotInvariantError } from "../../engine/potInvariant";
import { ROUNDING_METHODS, DEFAULT_ROUNDING, sameRounding, type RoundingRule } from "../../engine/rounding/roundingRule";
import type { BlockDef, RoundDef } from "../../engine/types";
import type { SheetSnapshot } from "../sheet/cell";
import { checkRound, type CellDifference, type CheckResult } from "./checkRound";
import type { WritePlan } from "../write/planWrite";
import type { RegionRead } from "../read/readRegions";

/** The units published tables are rounded to: whole kronor, thousands, ten thousands, hundred thousands. */
export const CONVENTION_UNITS: readonly bigint[] = [1n, 1000n, 10000n, 100000n];

type Unit = Exclude<BlockDef, { kind: "subPots" }>;

/** Every part of the round that is rounded on its own: blocks, and a sub-pots block's sub-pots. */
function unitsOf(round: RoundDef): Unit[] {
  return round.blocks.flatMap((b) => (b.kind === "subPots" ? b.pots : [b]));
}

/**
 * The round with one rule for the last krona everywhere: on the round, on every
 * block and on every sub-pot, since each carries the rule it resolved when compiled.
 */
export function withRounding(round: RoundDef, rule: RoundingRule): RoundDef {
  const blocks = round.blocks.map((b): BlockDef => (b.kind === "subPots" ? { ...b, rounding: rule, pots: b.pots.map((p) => ({ ...p, rounding: rule })) } : { ...b, rounding: rule }));
  return { ...round, rounding: rule, blocks };
}

/**
 * The rules worth trying, smallest unit first: every method in every common
 * unit, except the rule the round already follows everywhere, and a rule whose
 * unit does not divide a stated pot (a round file with it would be refused;
 * rounding down takes any pot).
 */
export function candidateRules(round: RoundDef): RoundingRule[] {
  const units = unitsOf(round);
  const current = units.map((u) => u.rounding ?? round.rounding ?? DEFAULT_ROUNDING);
  // Where two rules give the same figures, the one nearer the round's is said: its own method first in each unit.
  const own = (round.rounding ?? DEFAULT_ROUNDING).method;
  const methods = [own, ...ROUNDING_METHODS.filter((m) => m !== own)];
  return CONVENTION_UNITS.flatMap((unit) => methods.map((method) => ({ method, unit })))
    .filter((rule) => !current.every((c) => sameRounding(c, rule)))
    .filter((rule) => rule.method === "down" || units.every((u) => !u.pot.isInteger() || u.pot.n % rule.unit === 0n));
}

/** A differing cell that holds a figure (not an empty cell, a dash or text): what a rounding rule can explain. */
export const holdsFigure = (d: CellDifference): boolean => d.workbook !== null;

/**
 * Which other rule for the last krona the workbook's figures follow, where
 * they differ from the round's: the first rule (smallest unit first) by which
 * Fördela's computation reproduces every figure in the table's block and total
 * cells. Cells with no figure (empty where a region gets something) differ by
 * any rule and are left to be listed. Null where no rule does, where no figure
 * differs, or where the table holds no figure at all (it follows no rule).
 */
export function findConvention(sheet: SheetSnapshot, plan: WritePlan, round: RoundDef, regions: readonly RegionRead[], check: CheckResult): RoundingRule | null {
  if (check.errors.length > 0 || !check.differences.some(holdsFigure)) return null;
  if (check.sums.every((s) => s.workbook.isZero())) return null;
  const inputs = regions.map((r) => r.input);
  for (const rule of candidateRules(round)) {
    let again: CheckResult;
    try {
      again = checkRound(sheet, plan, computeRound(withRounding(round, rule), inputs), regions);
    } catch (e) {
      // A rule the round cannot be computed by is not the workbook's: the round's own computation stands.
      if (e instanceof PotInvariantError || e instanceof RangeError) continue;
      throw e;
    }
    if (again.errors.length === 0 && !again.differences.some(holdsFigure)) return rule;
  }
  return null;
}
