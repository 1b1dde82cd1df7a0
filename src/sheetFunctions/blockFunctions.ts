import { render } from "../messages/message";
import { computeRound } from "../engine/computeRound";
import { Rational } from "../engine/rational";
import { ladder } from "../engine/ladder";
import type { BlockDef, RegionInput } from "../engine/types";
import { preset } from "../rounds/presets";
import type { CellValue } from "../workbook/cell";
import { parsePlanned } from "../workbook/parsePlanned";
import { countProblem, populationProblem } from "../workbook/quantities";
import { FunctionError } from "./functionError";
import { cellsOf, isEmptyArg, numberArg, potArg, sameLength, stepsArg } from "./rangeArgs";

type Out = (number | string)[][];

const AT_2024 = preset("at-2024")!;
const DEFAULT_STEPS = AT_2024.blocks[1].kind === "ladder" ? AT_2024.blocks[1].steps : [];

/** One block over the non-blank rows; blank rows come back as empty cells. */
function runBlock(block: BlockDef, rows: (RegionInput | null)[]): Out {
  const regions = rows.filter((r): r is RegionInput => r !== null);
  if (regions.length === 0) throw new FunctionError("no rows with values");
  const result = computeRound({ id: "function", title: "function", blocks: [block] }, regions);
  const byCode = new Map(result.regions.map((r) => [r.code, r.amounts[block.id].toNumber()]));
  return rows.map((r) => [r ? (byCode.get(r.code) as number) : ""]);
}

function regionRow(i: number, count: CellValue, population: CellValue, planned?: CellValue): RegionInput | null {
  const row = i + 1;
  if (isEmptyArg(count) && isEmptyArg(population) && (planned === undefined || isEmptyArg(planned))) return null;
  if (isEmptyArg(population)) throw new FunctionError(`row ${row}: population is empty`);
  const pop = numberArg(population, "population", row);
  const popProblem = populationProblem(pop);
  if (popProblem) throw new FunctionError(`row ${row}: population ${render(popProblem, "en")}`);
  const c = isEmptyArg(count) ? Rational.from(0) : numberArg(count, "count", row);
  const countIssue = countProblem(c);
  if (countIssue) throw new FunctionError(`row ${row}: count ${render(countIssue, "en")}`);
  let plan: Rational | null = null;
  if (planned !== undefined) {
    const p = parsePlanned(typeof planned === "number" ? planned : planned ?? null);
    if (!p.ok) throw new FunctionError(`row ${row}: planned ${render(p.problem, "en")}`);
    plan = p.value.value;
  }
  // Codes by row: the tie rule then follows the rows' order.
  return { code: String(row).padStart(4, "0"), name: `row ${row}`, applied: true, population: pop, count: c, planned: plan };
}

/** AT.BLOCK1: the pot shared in proportion to count per 100 000 inhabitants (AT 2024, block 1). */
export function block1(counts: unknown[][], populations: unknown[][], pot: unknown): Out {
  const c = cellsOf(counts);
  const p = cellsOf(populations);
  sameLength([["counts", c], ["populations", p]]);
  const rows = c.map((v, i) => regionRow(i, v, p[i]));
  return runBlock({ kind: "proportional", id: "block1", title: "Block 1", pot: potArg(pot), among: ["applied"], weight: "countPer100k" }, rows);
}

/** AT.BLOCK2: the step ladder on count − planned, and what is left by count per 100 000 among those on a step. */
export function block2(counts: unknown[][], planned: unknown[][], populations: unknown[][], pot: unknown, thresholds?: unknown[][] | null, amounts?: unknown[][] | null): Out {
  const c = cellsOf(counts);
  const pl = cellsOf(planned);
  const p = cellsOf(populations);
  sameLength([["counts", c], ["planned", pl], ["populations", p]]);
  const rows = c.map((v, i) => regionRow(i, v, p[i], pl[i]));
  return runBlock(
    { kind: "ladder", id: "block2", title: "Block 2", pot: potArg(pot), among: ["applied"], measure: "increase", steps: stepsArg(thresholds, amounts, DEFAULT_STEPS), remainder: { kind: "proportional", weight: "countPer100k" }, overflow: "scale" },
    rows,
  );
}

/** AT.LADDER: the amount of the highest step an increase reaches (not cumulative). */
export function ladderAmount(increase: unknown, thresholds?: unknown[][] | null, amounts?: unknown[][] | null): number {
  const inc = numberArg(increase as CellValue, "increase", 1);
  return ladder(stepsArg(thresholds, amounts, DEFAULT_STEPS), inc)?.amount.toNumber() ?? 0;
}

/** AT.PLANNED: a planned value as the planning table prints it, as a number ("84–89" → 86.5). */
export function plannedValue(text: unknown): number {
  const p = parsePlanned(text as CellValue);
  if (!p.ok) throw new FunctionError(`planned ${render(p.problem, "en")}`);
  return p.value.value.toNumber();
}

/** AT.SHARE: a pot shared in proportion to weights, in whole kronor summing exactly to the pot. */
export function share(weights: unknown[][], pot: unknown): Out {
  const w = cellsOf(weights);
  const rows = w.map((v, i): RegionInput | null => {
    if (v === null || (typeof v === "string" && v.trim() === "")) return null;
    const weight = numberArg(v, "weight", i + 1);
    if (weight.isNegative()) throw new FunctionError(`row ${i + 1}: weight ${weight.toString()} is negative`);
    return { code: String(i + 1).padStart(4, "0"), name: `row ${i + 1}`, applied: true, population: Rational.from(1), count: weight, planned: null };
  });
  return runBlock({ kind: "proportional", id: "share", title: "Share", pot: potArg(pot), among: ["applied"], weight: "count" }, rows);
}
