import { computeRound } from "../engine/computeRound";
import { Rational } from "../engine/rational";
import { ladder } from "../engine/ladder";
import { isDefaultRounding } from "../engine/rounding/roundingRule";
import type { BlockDef, RegionInput } from "../engine/types";
import { ARGUMENT_NAMES } from "../messages/functionMessages";
import { msg } from "../messages/message";
import { preset } from "../rounds/presets";
import type { CellValue } from "../workbook/sheet/cell";
import { parsePlanned } from "../workbook/values/parsePlanned";
import { countProblem, populationProblem } from "../workbook/values/quantities";
import { FunctionError } from "./functionError";
import { lineNo, readArgs, spill, type ReadArgs } from "./argRanges";
import { numberArg, potArg, stepsArg } from "./rangeArgs";
import { roundingArg } from "./roundingArgs";

type Out = (number | string)[][];

const AT_2024 = preset("at-2024")!;
const DEFAULT_STEPS = AT_2024.blocks[1].kind === "ladder" ? AT_2024.blocks[1].steps : [];

/** One block over the non-blank lines; blank lines come back as empty cells, in the first range's shape. */
function runBlock(block: BlockDef, rows: (RegionInput | null)[], read: ReadArgs): Out {
  const regions = rows.filter((r): r is RegionInput => r !== null);
  if (regions.length === 0) throw FunctionError.of("fn.noRows");
  const result = computeRound({ id: "function", title: "function", blocks: [block] }, regions);
  const byCode = new Map(result.regions.map((r) => [r.code, r.amounts[block.id].toNumber()]));
  return spill(rows.map((r) => (r ? (byCode.get(r.code) as number) : "")), read, block.title);
}

/** Codes by line: the tie rule then follows the lines' order. */
const codeOf = (i: number) => String(i + 1).padStart(5, "0");

/**
 * One region from a line. A count left empty reads as 0, as Excel may hand it
 * over anyway: in these blocks a count of 0 earns what no count earns, nothing.
 * A population or planned value of 0 is empty (neither can be 0).
 */
function regionRow(i: number, row: number, count: CellValue, population: CellValue, planned?: CellValue): RegionInput | null {
  if ((count === null || count === 0) && population === null && (planned === undefined || planned === null)) return null;
  const pop = numberArg(population, ARGUMENT_NAMES.populations, row);
  const popProblem = populationProblem(pop);
  if (popProblem) throw FunctionError.of("fn.cell", { row, field: ARGUMENT_NAMES.populations, problem: popProblem });
  const c = count === null ? Rational.from(0) : numberArg(count, ARGUMENT_NAMES.counts, row);
  const countIssue = countProblem(c);
  if (countIssue) throw FunctionError.of("fn.cell", { row, field: ARGUMENT_NAMES.counts, problem: countIssue });
  let plan: Rational | null = null;
  // No count, no plan needed: the line gets nothing, as a region that did not report.
  if (planned !== undefined && !c.isZero()) {
    const p = parsePlanned(planned);
    if (!p.ok) throw FunctionError.of("fn.cell", { row, field: ARGUMENT_NAMES.planned, problem: p.problem });
    plan = p.value.value;
  }
  // A line without a count counts as a region that did not apply: it needs no plan and gets nothing.
  return { code: codeOf(i), name: `row ${row}`, applied: !c.isZero(), population: pop, count: c, planned: plan };
}

/** AT.BLOCK1: the pot shared in proportion to count per 100 000 inhabitants (AT 2024, block 1). */
export function block1(counts: unknown[][], populations: unknown[][], pot: unknown): Out {
  const read = readArgs([
    { name: ARGUMENT_NAMES.counts, range: counts, zeroIsBlank: false },
    { name: ARGUMENT_NAMES.populations, range: populations, zeroIsBlank: true },
  ]);
  const [c, p] = read.cells;
  const rows = c.map((v, i) => regionRow(i, lineNo(read, i), v, p[i]));
  return runBlock({ kind: "proportional", id: "block1", title: "Block 1", pot: potArg(pot), among: ["applied"], weight: "countPer100k" }, rows, read);
}

/** AT.BLOCK2: the step ladder on count − planned, and what is left by count per 100 000 among those on a step. */
export function block2(counts: unknown[][], planned: unknown[][], populations: unknown[][], pot: unknown, thresholds?: unknown[][] | null, amounts?: unknown[][] | null): Out {
  const read = readArgs([
    { name: ARGUMENT_NAMES.counts, range: counts, zeroIsBlank: false },
    { name: ARGUMENT_NAMES.planned, range: planned, zeroIsBlank: true },
    { name: ARGUMENT_NAMES.populations, range: populations, zeroIsBlank: true },
  ]);
  const [c, pl, p] = read.cells;
  const rows = c.map((v, i) => regionRow(i, lineNo(read, i), v, p[i], pl[i]));
  return runBlock(
    { kind: "ladder", id: "block2", title: "Block 2", pot: potArg(pot), among: ["applied"], measure: "increase", steps: stepsArg(thresholds, amounts, DEFAULT_STEPS), remainder: { kind: "proportional", weight: "countPer100k" }, overflow: "scale" },
    rows,
    read,
  );
}

/** AT.LADDER: the amount of the highest step an increase reaches (not cumulative). */
export function ladderAmount(increase: unknown, thresholds?: unknown[][] | null, amounts?: unknown[][] | null): number {
  const inc = numberArg(increase === undefined ? null : (increase as CellValue), ARGUMENT_NAMES.increase, 1);
  return ladder(stepsArg(thresholds, amounts, DEFAULT_STEPS), inc)?.amount.toNumber() ?? 0;
}

/** AT.PLANNED: a planned value as the planning table prints it, as a number ("84–89" → 86.5); 0 is an empty cell. */
export function plannedValue(text: unknown): number {
  const p = parsePlanned(text === 0 || text === undefined ? null : (text as CellValue));
  if (!p.ok) throw FunctionError.of("fn.cell", { row: 1, field: ARGUMENT_NAMES.planned, problem: p.problem });
  return p.value.value.toNumber();
}

/**
 * AT.SHARE: a pot shared in proportion to weights, by a rule for the last
 * krona (largest remainder in whole kronor when left out; see roundingArgs);
 * an empty weight gets an empty cell. The amounts sum exactly to the pot,
 * except under "down": there the spill is the amounts alone and what they
 * leave of the pot (pot − their sum) is unallocated, shown by no extra cell, so
 * the spill keeps the weights' shape.
 */
export function share(weights: unknown[][], pot: unknown, method?: unknown, unit?: unknown): Out {
  const read = readArgs([{ name: ARGUMENT_NAMES.weights, range: weights, zeroIsBlank: false }]);
  const rows = read.cells[0].map((v, i): RegionInput | null => {
    if (v === null) return null;
    const row = lineNo(read, i);
    const weight = numberArg(v, ARGUMENT_NAMES.weights, row);
    if (weight.isNegative()) throw FunctionError.of("fn.cell", { row, field: ARGUMENT_NAMES.weights, problem: msg("fn.negative", { value: weight.toString() }) });
    return { code: codeOf(i), name: `row ${row}`, applied: true, population: Rational.from(1), count: weight, planned: null };
  });
  const total = potArg(pot);
  const rounding = roundingArg(total, method, unit);
  return runBlock({ kind: "proportional", id: "share", title: "Andel", pot: total, among: ["applied"], weight: "count", ...(isDefaultRounding(rounding) ? {} : { rounding }) }, rows, read);
}
