import type { Rational } from "../../engine/rational";
import type { RegionInput, RoundDef } from "../../engine/types";
import { msg, type Msg } from "../../messages/message";
import { cellAddress, cellAt, isBlank, showCell, type CellValue, type SheetSnapshot } from "../sheet/cell";
import { isNoFigure } from "../sheet/cellText";
import type { FoundTable } from "../table/findTable";
import { FIELD_LABELS, type InputField } from "../table/headers";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { decimalParam, parseNumber } from "../values/parseNumber";
import { parsePlanned } from "../values/parsePlanned";
import { countRefusal, countWarning, plannedRefusal, populationRefusal, populationWarning } from "../values/plausible";
import { countProblem, populationProblem } from "../values/quantities";
import type { RegionRead } from "./regionRead";
import type { Region } from "../values/regions";
import type { RoundNeeds } from "../table/roundNeeds";
import { readValues } from "./readValues";
import { answered, goodLevelOf, readYesNoCell, type YesNoFields } from "./yesNoFields";
import { monthlyRowProblems } from "./monthlyRowChecks";
import type { MonthlyWhere } from "./readMonthly";

export interface RowContext {
  sheet: SheetSnapshot;
  row: number;
  region: Region;
  cols: FoundTable["columns"];
  /** The round's declared columns: id → column. */
  values: Record<string, number>;
  round: RoundDef;
  needs: RoundNeeds;
  monthly: RegionInput["monthly"];
  /** Where the monthly values were read. */
  monthlyNotes?: Msg[];
  /** How each yes/no column is written (a blank, a cross): from all its rows. */
  yesNo?: YesNoFields;
  /** The region's monthly figures as checked against its row. */
  monthlyWhere?: MonthlyWhere;
}

/** "–", "-" or the statistical ".." in a figure's cell is how officers write "no figure": the same as empty. */
function figure(v: CellValue): CellValue {
  return typeof v === "string" && isNoFigure(v) ? null : v;
}

/** One region's row: every value parsed, checked against the round's rules and the bounds of the plausible. */
export function readRow(x: RowContext): { region: RegionRead | null; errors: InputError[]; warnings: Warning[] } {
  const { sheet, row, region, cols, round, needs } = x;
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  const notes: Msg[] = [];
  const read: Msg[] = [];
  const at = (field: InputField) => cellAddress(sheet.name, row, cols[field] as number);
  const raw = (field: InputField) => (cols[field] === undefined ? null : cellAt(sheet, row, cols[field] as number));
  const problem = (field: InputField, p: Msg) => errors.push(inputError(at(field), "cell.problem", { field: FIELD_LABELS[field], region: region.name, problem: p }));
  const warn = (field: InputField, p: Msg) => warnings.push({ address: at(field), ...msg("cell.unusual", { field: FIELD_LABELS[field], region: region.name, problem: p }) });
  const noteRead = (field: InputField, value: Rational | string) => read.push(msg("note.value", { field: FIELD_LABELS[field], value: typeof value === "string" ? value : decimalParam(value), cell: at(field) }));

  const pop = parseNumber(figure(raw("population")));
  let population: Rational | null = null;
  const popProblem = pop.ok ? populationProblem(pop.value) ?? populationRefusal(pop.value) : pop.problem;
  if (popProblem) problem("population", popProblem);
  else if (pop.ok) {
    population = pop.value;
    noteRead("population", pop.value);
    const odd = populationWarning(region.code, pop.value);
    if (odd) warn("population", odd);
  }

  // The count: the one reported, or the larger of filled and started posts.
  let count: Rational | null | undefined = null;
  let countField: InputField | null = null;
  if (needs.count !== "no") {
    const present = (["count", "filled", "started"] as const).filter((f) => !isBlank(figure(raw(f))));
    const values: { field: InputField; value: Rational }[] = [];
    for (const field of present) {
      const p = parseNumber(figure(raw(field)));
      const bad = p.ok ? countProblem(p.value) : p.problem;
      if (bad) problem(field, bad);
      else if (p.ok) values.push({ field, value: p.value }), noteRead(field, p.value);
    }
    if (values.length < present.length) count = undefined;
    else if (values.length > 0) {
      const best = values.reduce((m, v) => (v.value.gt(m.value) ? v : m));
      count = best.value;
      countField = best.field;
      if (values.length > 1) notes.push(msg("note.countLarger", { count: decimalParam(best.value), values: values.map((v) => msg("note.pair", { field: FIELD_LABELS[v.field], value: decimalParam(v.value) })) }));
    }
  }
  // A yes/no column the round does not use is not read (a "Prognos" column in an AT 2024 workbook is a note).
  const forecastCell = needs.forecast ? readYesNo(x, "forecast", problem) : null;
  const goodLevelCell = needs.goodLevel ? readYesNo(x, "goodLevel", problem) : null;
  const level = goodLevelOf({ round, region, address: cols.goodLevel === undefined ? null : at("goodLevel"), raw: raw("goodLevel"), read: goodLevelCell });
  if (level.error) errors.push(level.error);
  const hasMonthly = Object.values(x.monthly ?? {}).some((series) => Object.values(series).some((v) => v !== null));

  let applied: boolean;
  if (cols.applied !== undefined) {
    applied = readYesNo(x, "applied", problem) ?? false;
    // "Nej" or empty beside reported counts: one of them is wrong, and which decides money.
    if (!applied && count && !count.isZero()) errors.push(inputError(at("applied"), "applied.noButCounts", { region: region.name, value: showCell(raw("applied")), cell: at(countField as InputField) }));
  } else applied = (count !== null && count !== undefined) || forecastCell === true || hasMonthly || (needs.count === "no" && !needs.monthly && !needs.forecast);
  // A yes/no the region must answer: empty is an entry not made, unless the column marks its yes and leaves its no blank.
  const must = (field: "forecast" | "goodLevel", value: boolean | null) => {
    if (cols[field] === undefined || !needs[field]) return null;
    const a = answered(value, applied, x.yesNo?.[field]);
    if (a.problem) problem(field, a.problem);
    return a.value;
  };
  const forecast = must("forecast", forecastCell);
  const goodLevel = level.listed ?? must("goodLevel", goodLevelCell);

  if (applied && needs.count === "required" && count === null) {
    const field = cols.count !== undefined ? "count" : cols.filled !== undefined ? "filled" : "started";
    problem(field, msg(cols.applied !== undefined ? "count.missingApplied" : "count.missing"));
  }
  errors.push(...monthlyRowProblems({ region, applied, appliedCell: cols.applied === undefined ? null : { sheet, row, col: cols.applied, address: at("applied") }, where: x.monthlyWhere }));
  if (applied && needs.monthly && !hasMonthly) warnings.push({ address: cellAddress(sheet.name, row, cols.region as number), ...msg("monthly.noneReported", { region: region.name }) });

  let planned: Rational | null = null;
  if (needs.planned && !(applied && count !== null)) {
    // Not measured against its plan, but a planned figure that cannot be right is still refused: it would be, were the region's answer changed.
    const p = isBlank(figure(raw("planned"))) ? null : parsePlanned(raw("planned"));
    const wrong = !p ? null : p.ok ? (population ? plannedRefusal(p.value.value, population) : null) : p.problem.code === "planned.negative" ? p.problem : null;
    if (wrong) problem("planned", wrong);
  } else if (needs.planned) {
    const p = parsePlanned(figure(raw("planned")));
    if (!p.ok) problem("planned", p.problem);
    else {
      const absurd = population ? plannedRefusal(p.value.value, population) : null;
      if (absurd) problem("planned", absurd);
      else {
        planned = p.value.value;
        noteRead("planned", p.value.value);
        if (p.value.reading) notes.push(msg("note.reading", { reading: p.value.reading }));
      }
    }
  }
  if (count && population && countField) {
    const refusal = countRefusal(count, population, planned);
    if (refusal) problem(countField, refusal);
    const odd = refusal ? null : countWarning(count, population, planned);
    if (odd) warn(countField, odd);
  }
  const own = readValues(sheet, row, region, round.columns ?? [], x.values, applied);
  errors.push(...own.errors);
  if (errors.length > 0 || population === null || count === undefined) return { region: null, errors, warnings };
  const values = round.columns?.length ? { values: own.values } : {};
  return {
    region: { row, notes: [msg("note.inputs", { values: [...read, ...own.notes] }), ...notes, ...(x.monthlyNotes ?? [])], input: { code: region.code, name: region.name, applied, population, count, planned, forecast, goodLevel, monthly: x.monthly, ...values } },
    errors,
    warnings,
  };
}

/** A yes/no cell as written, read in the light of its column; null for empty (or no column). */
function readYesNo(x: RowContext, field: InputField, problem: (field: InputField, p: Msg) => void): boolean | null {
  const col = x.cols[field];
  if (col === undefined) return null;
  const p = readYesNoCell(cellAt(x.sheet, x.row, col), x.yesNo?.[field]);
  if (p.problem) problem(field, p.problem);
  return p.value;
}
