import type { Decimal } from "../engine/decimal";
import type { RegionInput, RoundDef } from "../engine/types";
import { cellAddress, cellAt, isBlank, type SheetSnapshot } from "./cell";
import type { FoundTable } from "./findTable";
import { FIELD_LABELS, type InputField } from "./headers";
import type { InputError } from "./inputError";
import { parseNumber } from "./parseNumber";
import { parsePlanned } from "./parsePlanned";
import { parseYesNo } from "./parseYesNo";

/** What a round needs besides region and population. */
export function roundNeeds(round: RoundDef): { count: boolean; planned: boolean } {
  const count = round.blocks.some((b) => b.kind === "ladder" || b.weight === "count" || b.weight === "countPer100k");
  const planned = round.blocks.some((b) => b.kind === "ladder");
  return { count, planned };
}

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

/** Reads and validates every region row of the table; errors name their cells. */
export function readRegions(sheet: SheetSnapshot, table: FoundTable, round: RoundDef): RegionsRead {
  const needs = roundNeeds(round);
  const errors: InputError[] = [...table.errors];
  const warnings: string[] = [];
  const cols = table.columns;
  const at = (row: number, field: InputField) => cellAddress(sheet.name, row, cols[field] as number);
  const need = (field: InputField, why: string) => {
    if (cols[field] === undefined) {
      errors.push({ address: cellAddress(sheet.name, table.headerRow, 0), message: `no column for the ${FIELD_LABELS[field].en} (${why}); name one with --map ${field}=COLUMN` });
      return false;
    }
    return true;
  };
  const hasPopulation = need("population", "every round needs it");
  const hasCounts = !needs.count || cols.count !== undefined || cols.filled !== undefined || cols.started !== undefined;
  if (!hasCounts) need("count", "this round shares by the reported count");
  const hasPlanned = !needs.planned || need("planned", "this round measures the increase over plan");
  if (!hasPopulation || !hasCounts || !hasPlanned) return { regions: [], errors, warnings };

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
    const notes: string[] = [];
    const rowErrors: InputError[] = [];
    const fail = (field: InputField, message: string) => rowErrors.push({ address: at(row, field), message: `${FIELD_LABELS[field].en} of ${region.name} ${message}` });

    const pop = parseNumber(cellAt(sheet, row, cols.population as number));
    let population: Decimal | null = null;
    if (!pop.ok) fail("population", pop.problem);
    else if (!pop.value.isPositive() || pop.value.isZero()) fail("population", `is ${pop.value.toString()}: it must be above zero`);
    else if (!pop.value.isInteger()) fail("population", `${pop.value.toString()} is not a whole number of inhabitants`);
    else population = pop.value;

    const counts = (["count", "filled", "started"] as const).filter((f) => cols[f] !== undefined && !isBlank(cellAt(sheet, row, cols[f] as number)));
    let applied: boolean;
    if (cols.applied !== undefined) {
      const a = parseYesNo(cellAt(sheet, row, cols.applied));
      applied = a.ok ? a.value : false;
      if (!a.ok) fail("applied", a.problem);
    } else {
      applied = !needs.count || counts.length > 0;
    }

    let count: Decimal | null = null;
    if (applied && needs.count) {
      if (counts.length === 0) {
        const field = cols.count !== undefined ? "count" : cols.filled !== undefined ? "filled" : "started";
        fail(field, "is empty, but the region applied: enter its count, or mark it as not applied");
      }
      const values: { field: InputField; value: Decimal }[] = [];
      for (const field of counts) {
        const p = parseNumber(cellAt(sheet, row, cols[field] as number));
        if (!p.ok) fail(field, p.problem);
        else if (p.value.isNegative()) fail(field, `is ${p.value.toString()}: a count cannot be negative`);
        else if (!p.value.isInteger()) fail(field, `is ${p.value.toString()}: posts are counted whole`);
        else values.push({ field, value: p.value });
      }
      if (values.length === counts.length && values.length > 0) {
        const best = values.reduce((m, v) => (v.value.gt(m.value) ? v : m));
        count = best.value;
        if (values.length > 1) {
          notes.push(`count ${count.toString()}: the larger of ${values.map((v) => `${FIELD_LABELS[v.field].en} ${v.value.toString()}`).join(" and ")}`);
        }
      }
    } else if (!applied && counts.length > 0 && needs.count) {
      warnings.push(`${regionCell}: ${region.name} has a count but did not apply; it gets nothing`);
    }

    let planned: Decimal | null = null;
    if (needs.planned && applied) {
      const p = parsePlanned(cellAt(sheet, row, cols.planned as number));
      if (!p.ok) fail("planned", p.problem);
      else {
        planned = p.value.value;
        if (p.value.reading) notes.push(`planned ${p.value.reading}`);
      }
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0 && population) {
      regions.push({ row, notes, input: { code: region.code, name: region.name, applied, population, count, planned } });
    }
  }
  if (errors.length === 0 && table.rows.length > 0 && !regions.some((r) => r.input.applied)) {
    errors.push({ address: cellAddress(sheet.name, table.headerRow, cols.applied ?? 0), message: "no region in the table applied: there is nobody to share the round among" });
  }
  return { regions, errors, warnings };
}
