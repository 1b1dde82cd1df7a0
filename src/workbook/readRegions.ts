import type { Decimal } from "../engine/decimal";
import type { RegionInput, RoundDef } from "../engine/types";
import { cellAddress, cellAt, isBlank, type SheetSnapshot } from "./cell";
import type { FoundTable } from "./findTable";
import { FIELD_LABELS, type InputField } from "./headers";
import type { InputError } from "./inputError";
import { parseNumber } from "./parseNumber";
import { parsePlanned } from "./parsePlanned";
import { parseYesNo } from "./parseYesNo";
import { countProblem, populationProblem } from "./quantities";
import { readMonthly } from "./readMonthly";
import { roundNeeds } from "./roundNeeds";
import type { Region } from "./regions";

export interface RegionRead {
  input: RegionInput;
  row: number;
  /** How the inputs were read, for the explanation. */
  notes: string[];
}

export interface RegionsRead {
  regions: RegionRead[];
  errors: InputError[];
  warnings: string[];
}

type Fail = (field: InputField, message: string) => void;

function readCount(sheet: SheetSnapshot, row: number, cols: FoundTable["columns"], fail: Fail, notes: string[]): Decimal | null | undefined {
  const present = (["count", "filled", "started"] as const).filter((f) => cols[f] !== undefined && !isBlank(cellAt(sheet, row, cols[f] as number)));
  if (present.length === 0) return null;
  const values: { field: InputField; value: Decimal }[] = [];
  for (const field of present) {
    const p = parseNumber(cellAt(sheet, row, cols[field] as number));
    const problem = p.ok ? countProblem(p.value) : p.problem;
    if (problem) fail(field, problem);
    else if (p.ok) values.push({ field, value: p.value });
  }
  if (values.length < present.length) return undefined;
  const best = values.reduce((m, v) => (v.value.gt(m.value) ? v : m));
  if (values.length > 1) notes.push(`count ${best.value.toString()}: the larger of ${values.map((v) => `${FIELD_LABELS[v.field].en} ${v.value.toString()}`).join(" and ")}`);
  return best.value;
}

function readYesNo(sheet: SheetSnapshot, row: number, col: number | undefined, field: InputField, fail: Fail): boolean | null {
  if (col === undefined) return null;
  const p = parseYesNo(cellAt(sheet, row, col));
  if (!p.ok) fail(field, p.problem);
  return p.ok ? p.value : null;
}

/** Reads and validates every region row of the table; errors name their cells. */
export function readRegions(book: SheetSnapshot[], sheet: SheetSnapshot, table: FoundTable, round: RoundDef): RegionsRead {
  const needs = roundNeeds(round);
  const errors: InputError[] = [...table.errors];
  const warnings: string[] = [];
  const cols = table.columns;
  const header = cellAddress(sheet.name, table.headerRow, 0);
  const need = (field: InputField, why: string) => {
    if (cols[field] === undefined) errors.push({ address: header, message: `no column for the ${FIELD_LABELS[field].en} (${why}); name one with --map ${field}=COLUMN` });
  };
  need("population", "every round needs it");
  if (needs.count !== "no" && cols.count === undefined && cols.filled === undefined && cols.started === undefined) need("count", "this round shares by the reported count");
  if (needs.planned) need("planned", "this round measures the increase over plan");
  if (needs.forecast) need("forecast", "this round shares a block among the regions that reported a forecast");
  if (needs.goodLevel && !round.goodLevel) need("goodLevel", "this round splits the regions by the good level, and has no list of its own");
  if (errors.length > table.errors.length) return { regions: [], errors, warnings };

  const monthly = needs.monthly ? readMonthly(book, { sheet, headerRow: table.headerRow, rows: new Map(table.rows.map((r) => [r.region.code, r.row])) }, needs.monthly) : null;
  if (monthly) errors.push(...monthly.errors);

  const seen = new Map<string, number>();
  const regions: RegionRead[] = [];
  for (const { row, region } of table.rows) {
    const regionCell = cellAddress(sheet.name, row, cols.region as number);
    const first = seen.get(region.code);
    if (first !== undefined) {
      errors.push({ address: regionCell, message: `${region.name} appears twice (also ${cellAddress(sheet.name, first, cols.region as number)})` });
      continue;
    }
    seen.set(region.code, row);
    const read = readRow(sheet, row, region, cols, round, needs, monthly?.values.get(region.code));
    errors.push(...read.errors);
    warnings.push(...read.warnings);
    if (read.region) regions.push(read.region);
  }
  if (errors.length === 0 && table.rows.length > 0 && !regions.some((r) => r.input.applied)) {
    errors.push({ address: cellAddress(sheet.name, table.headerRow, cols.applied ?? 0), message: "no region in the table applied: there is nobody to share the round among" });
  }
  return { regions, errors, warnings };
}

function readRow(
  sheet: SheetSnapshot,
  row: number,
  region: Region,
  cols: FoundTable["columns"],
  round: RoundDef,
  needs: ReturnType<typeof roundNeeds>,
  monthly: RegionInput["monthly"],
): { region: RegionRead | null; errors: InputError[]; warnings: string[] } {
  const errors: InputError[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const fail: Fail = (field, message) => errors.push({ address: cellAddress(sheet.name, row, cols[field] as number), message: `${FIELD_LABELS[field].en} of ${region.name} ${message}` });

  const pop = parseNumber(cellAt(sheet, row, cols.population as number));
  let population: Decimal | null = null;
  const popProblem = pop.ok ? populationProblem(pop.value) : pop.problem;
  if (popProblem) fail("population", popProblem);
  else if (pop.ok) population = pop.value;

  const count = needs.count === "no" ? null : readCount(sheet, row, cols, fail, notes);
  const forecast = readYesNo(sheet, row, cols.forecast, "forecast", fail);
  const listed = round.goodLevel ? round.goodLevel.includes(region.code) : null;
  const goodLevel = readYesNo(sheet, row, cols.goodLevel, "goodLevel", fail) ?? listed;
  if (cols.goodLevel !== undefined && listed !== null && goodLevel !== listed) notes.push(`good level ${goodLevel ? "yes" : "no"} from the workbook, not the decision's list`);
  const hasMonthly = Object.values(monthly ?? {}).some((series) => Object.values(series).some((v) => v !== null));

  let applied: boolean;
  if (cols.applied !== undefined) applied = readYesNo(sheet, row, cols.applied, "applied", fail) ?? false;
  else applied = (count !== null && count !== undefined) || forecast === true || hasMonthly || (needs.count === "no" && !needs.monthly && !needs.forecast);

  if (applied && needs.count === "required" && count === null) {
    const field = cols.count !== undefined ? "count" : cols.filled !== undefined ? "filled" : "started";
    fail(field, "is empty, but the region applied: enter its count, or mark it as not applied");
  }
  if (!applied && count) warnings.push(`${cellAddress(sheet.name, row, cols.region as number)}: ${region.name} has a count but did not apply; it gets nothing`);
  if (applied && needs.monthly && !hasMonthly) warnings.push(`${region.name} applied but reported no monthly values; it earns no performance part`);

  let planned: Decimal | null = null;
  if (needs.planned && applied && count !== null) {
    const p = parsePlanned(cellAt(sheet, row, cols.planned as number));
    if (!p.ok) fail("planned", p.problem);
    else {
      planned = p.value.value;
      if (p.value.reading) notes.push(`planned ${p.value.reading}`);
    }
  }
  if (errors.length > 0 || population === null || count === undefined) return { region: null, errors, warnings };
  return {
    region: { row, notes, input: { code: region.code, name: region.name, applied, population, count, planned, forecast, goodLevel, monthly } },
    errors,
    warnings,
  };
}
