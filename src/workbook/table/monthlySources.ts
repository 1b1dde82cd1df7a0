import type { MonthlyMeasure } from "../../engine/types";
import { cellAddress, type SheetSnapshot } from "../sheet/cell";
import { headerText, inputFieldOf } from "./headers";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { measureOf, monthNumberOf, monthOf } from "./monthHeader";
import { sheetUnit, sheetYear, titleTexts, unitOf, type UnitSaid } from "./monthlyUnit";
import { regionRows } from "./regionRows";
import { quoted } from "../../messages/message";

/** A table of region rows: the main table, or one on a measure sheet. */
export interface RegionTable {
  sheet: SheetSnapshot;
  headerRow: number;
  regionCol: number;
  /** Region code → its (first) row. */
  rows: Map<string, number>;
  /** What is wrong with its rows: said only if a measure is read from it. */
  errors: InputError[];
  warnings: Warning[];
}

export interface MonthColumn {
  month: string;
  col: number;
}

/** The columns of one measure in one unit on one sheet: a place its months may be read from. */
export interface MonthlySource {
  measure: MonthlyMeasure;
  table: RegionTable;
  main: boolean;
  unit: UnitSaid;
  /** In sheet order; a month typed twice stays twice, to be refused. */
  columns: MonthColumn[];
}

export const headerCell = (t: RegionTable, col: number): string => cellAddress(t.sheet.name, t.headerRow, col);

/** The header row of a measure sheet: the first with a region header and a month header, in the first 50 rows. */
function headerRowOf(sheet: SheetSnapshot): { row: number; regionCol: number } | null {
  for (let r = 0; r < Math.min(sheet.values.length, 50); r++) {
    const row = sheet.values[r] ?? [];
    const regionCol = row.findIndex((v) => inputFieldOf(headerText(v)) === "region");
    if (regionCol >= 0 && row.some((v) => typeof v === "string" && (monthOf(v) || monthNumberOf(v)))) return { row: r, regionCol };
  }
  return null;
}

/** Each region once: a region listed again is refused at its second row, naming the first. */
function measureTable(sheet: SheetSnapshot, headerRow: number, regionCol: number, monthCols: number[]): RegionTable {
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  const rows = new Map<string, number>();
  for (const { row, region } of regionRows(sheet, headerRow, regionCol, monthCols, errors, warnings)) {
    const first = rows.get(region.code);
    if (first === undefined) rows.set(region.code, row);
    else errors.push(inputError(cellAddress(sheet.name, row, regionCol), "region.twice", { region: region.name, other: cellAddress(sheet.name, first, regionCol) }));
  }
  // A "Riket" row of rates is the country's rate, not the sum of the regions' (as a total row of counts would be).
  return { sheet, headerRow, regionCol, rows, errors, warnings: warnings.filter((w) => w.code !== "table.totalNotSum") };
}

/** Columns grouped by measure and unit: one source each. */
function group(table: RegionTable, main: boolean, found: { measure: MonthlyMeasure; unit: UnitSaid; month: string; col: number }[]): MonthlySource[] {
  const sources: MonthlySource[] = [];
  for (const f of found) {
    let s = sources.find((x) => x.measure.id === f.measure.id && x.unit.unit === f.unit.unit);
    if (!s) sources.push((s = { measure: f.measure, table, main, unit: f.unit, columns: [] }));
    s.columns.push({ month: f.month, col: f.col });
  }
  return sources;
}

/** Columns of the main table that name a measure and a month with its year ("Överbeläggningar feb 2024"); the unit is its header's. */
function mainSources(main: RegionTable, measures: readonly MonthlyMeasure[]): MonthlySource[] {
  const found = (main.sheet.values[main.headerRow] ?? []).flatMap((v, col) => {
    const measure = typeof v === "string" ? measureOf(v, measures) : null;
    const month = measure ? monthOf(v as string) : null;
    return measure && month ? [{ measure, month, col, unit: { unit: unitOf(v as string), address: headerCell(main, col), text: v as string } }] : [];
  });
  return group(main, true, found);
}

/**
 * A measure sheet's columns. Each column's measure is the one its header
 * names, else the sheet's (its name, else its title when that names one
 * measure); its unit is its header's, else the sheet's; its month is its
 * header's, with the year the sheet's name or title gives when the header
 * names a month only. A month without a year to give it is refused.
 */
function sheetSources(sheet: SheetSnapshot, measures: readonly MonthlyMeasure[], errors: InputError[]): MonthlySource[] {
  const at = headerRowOf(sheet);
  if (!at) return [];
  const header = sheet.values[at.row] ?? [];
  const firstCell = cellAddress(sheet.name, at.row, at.regionCol);
  const titles = titleTexts(sheet, at.row).join(" ");
  const named = measures.filter((m) => measureOf(titles, [m]));
  const sheetMeasure = measureOf(sheet.name, measures) ?? (named.length === 1 ? named[0] : null);
  const unit = sheetUnit(sheet, at.row, firstCell);
  const year = sheetYear(sheet, at.row);
  const found: { measure: MonthlyMeasure; unit: UnitSaid; month: string; col: number }[] = [];
  const yearless: number[] = [];
  header.forEach((v, col) => {
    if (typeof v !== "string" || col === at.regionCol) return;
    const measure = measureOf(v, measures) ?? sheetMeasure;
    const number = monthNumberOf(v);
    const month = monthOf(v) ?? (number && year ? `${year}-${String(number).padStart(2, "0")}` : null);
    if (!measure || !(month || number)) return;
    if (!month) yearless.push(col);
    else found.push({ measure, month, col, unit: unitOf(v) === "unknown" ? unit : { unit: unitOf(v), address: cellAddress(sheet.name, at.row, col), text: v } });
  });
  if (found.length === 0 && yearless.length === 0) return [];
  const table = measureTable(sheet, at.row, at.regionCol, [...found.map((f) => f.col), ...yearless]);
  for (const col of yearless) table.errors.push(inputError(cellAddress(sheet.name, at.row, col), "monthly.noYear", { text: quoted(String(header[col])), sheet: sheet.name }));
  if (yearless.length && found.length === 0) errors.push(...table.errors);
  return group(table, false, found);
}

/** Every place a measure's months may be read from: the main table's columns, and every other sheet's. */
export function monthlySources(book: readonly SheetSnapshot[], main: RegionTable, measures: readonly MonthlyMeasure[]): { sources: MonthlySource[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const sources = [...mainSources(main, measures), ...book.filter((s) => s !== main.sheet).flatMap((s) => sheetSources(s, measures, errors))];
  return { sources, errors };
}
