import type { Rational } from "../engine/rational";
import { sameMonthYearBefore } from "../engine/months";
import type { MonthlyPerformanceDef, MonthlySeries } from "../engine/types";
import { cellAddress, cellAt, isBlank, type SheetSnapshot } from "./cell";
import { regionRows } from "./regionRows";
import { headerText, inputFieldOf } from "./headers";
import { inputError, type InputError } from "./inputError";
import { decimalParam } from "./parseNumber";
import { measureOf, monthOf } from "./monthHeader";
import { parseNumber } from "./parseNumber";
import { isDashOnly } from "./cellText";
import { msg, type Msg } from "../messages/message";

/** Where one measure's months are: a sheet, its region rows by region code, and a column per month. */
interface MonthlySource {
  sheet: SheetSnapshot;
  rows: Map<string, number>;
  columns: Map<string, number>;
}

export interface MonthlyRead {
  /** Region code → measure id → series. */
  values: Map<string, Record<string, MonthlySeries>>;
  /** Region code → where each measure's values were read, for the explanation. */
  notes: Map<string, Msg[]>;
  errors: InputError[];
}

/** "'Överbeläggningar'!C21:T21": the cells of one region's months, first to last column. */
function cellsOf(sheet: string, row: number, columns: Iterable<number>): string {
  const cols = [...columns];
  const first = cellAddress(sheet, row, Math.min(...cols));
  const last = cellAddress(sheet, row, Math.max(...cols)).split("!")[1];
  return first.endsWith(last) ? first : `${first}:${last}`;
}

/** A sheet per measure: the first row with a region header and month headers, and the region rows under it. */
function measureSheet(sheet: SheetSnapshot, errors: InputError[]): { headerRow: number; rows: Map<string, number> } | null {
  for (let r = 0; r < Math.min(sheet.values.length, 50); r++) {
    const row = sheet.values[r] ?? [];
    const regionCol = row.findIndex((v) => inputFieldOf(headerText(v)) === "region");
    if (regionCol < 0 || !row.some((v) => typeof v === "string" && monthOf(v))) continue;
    const monthCols = row.flatMap((v, c) => (typeof v === "string" && monthOf(v) ? [c] : []));
    return { headerRow: r, rows: new Map(regionRows(sheet, r, regionCol, monthCols, errors, []).map((x) => [x.region.code, x.row])) };
  }
  return null;
}

function columnsFor(sheet: SheetSnapshot, headerRow: number, def: MonthlyPerformanceDef, measureId: string, sheetMeasure: boolean): Map<string, number> {
  const columns = new Map<string, number>();
  (sheet.values[headerRow] ?? []).forEach((v, col) => {
    if (typeof v !== "string") return;
    const month = monthOf(v);
    const named = measureOf(v, def.measures);
    if (month && (named?.id === measureId || (sheetMeasure && !named)) && !columns.has(month)) columns.set(month, col);
  });
  return columns;
}

/**
 * The monthly values of each measure, for the round's months and the same
 * months a year before: from columns of the main table ("Överbeläggningar feb
 * 2024"), or from a sheet per measure with a column per month ("2024-02").
 */
export function readMonthly(book: SheetSnapshot[], main: { sheet: SheetSnapshot; headerRow: number; rows: Map<string, number> }, def: MonthlyPerformanceDef): MonthlyRead {
  const errors: InputError[] = [];
  const values = new Map<string, Record<string, MonthlySeries>>();
  const notes = new Map<string, Msg[]>();
  const wanted = def.months.flatMap((m) => [m, sameMonthYearBefore(m)]);
  for (const measure of def.measures) {
    let source: MonthlySource | null = null;
    const inMain = columnsFor(main.sheet, main.headerRow, def, measure.id, false);
    if (inMain.size > 0) source = { sheet: main.sheet, rows: main.rows, columns: inMain };
    for (const sheet of book) {
      if (source || sheet === main.sheet || measureOf(sheet.name, def.measures)?.id !== measure.id) continue;
      const table = measureSheet(sheet, errors);
      if (table) source = { sheet, rows: table.rows, columns: columnsFor(sheet, table.headerRow, def, measure.id, true) };
    }
    if (!source || source.columns.size === 0) {
      errors.push(inputError(cellAddress(main.sheet.name, main.headerRow, 0), "monthly.noColumns", { measure: measure.title }));
      continue;
    }
    const missing = def.months.filter((m) => !source!.columns.has(m));
    if (missing.length) errors.push(inputError(cellAddress(source.sheet.name, main.headerRow, 0), "monthly.missingMonths", { measure: measure.title, months: missing }));
    for (const [code, row] of source.rows) {
      const series: MonthlySeries = {};
      for (const month of wanted) {
        const col = source.columns.get(month);
        const v = col === undefined ? null : cellAt(source.sheet, row, col);
        if (col === undefined || isBlank(v) || (typeof v === "string" && isDashOnly(v))) {
          series[month] = null;
          continue;
        }
        const p = parseNumber(v);
        const at = cellAddress(source.sheet.name, row, col);
        if (!p.ok) errors.push(inputError(at, "monthly.value", { measure: measure.title, month, problem: p.problem }));
        else if (p.value.isNegative()) errors.push(inputError(at, "rate.negative", { measure: measure.title, month, value: decimalParam(p.value) }));
        series[month] = p.ok ? (p.value as Rational) : null;
      }
      values.set(code, { ...(values.get(code) ?? {}), [measure.id]: series });
      const cells = cellsOf(source.sheet.name, row, source.columns.values());
      notes.set(code, [...(notes.get(code) ?? []), msg("note.monthlyCells", { measure: { sv: measure.title, en: measure.titleEn ?? measure.title }, cells })]);
    }
  }
  return { values, notes, errors };
}
