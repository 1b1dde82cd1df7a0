import type { MonthlyMeasure } from "../../engine/types";
import { msg, type Param } from "../../messages/message";
import { cellAddress, cellAt, showCell } from "../sheet/cell";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { monthNumberOf, monthOf } from "../table/monthHeader";
import { headerCell, type MonthlySource, type RegionTable } from "../table/monthlySources";
import { readFigure, sameFigure } from "../values/monthlyValue";
import { decimalParam } from "../values/parseNumber";

/** Where each month of a measure is read: a source and its column. */
export interface MeasureChoice {
  months: Map<string, { source: MonthlySource; col: number }>;
  errors: InputError[];
  warnings: Warning[];
}

/** A month typed twice in one source: refused at the second header, naming the first. */
function repeated(s: MonthlySource, wanted: readonly string[], errors: InputError[]): void {
  const first = new Map<string, number>();
  for (const { month, col } of s.columns) {
    if (!wanted.includes(month)) continue;
    const at = first.get(month);
    if (at === undefined) first.set(month, col);
    else errors.push(inputError(headerCell(s.table, col), "monthly.monthTwice", { measure: s.measure.title, month, other: headerCell(s.table, at) }));
  }
}

/** A cell's figure as a message shows it: the number read, or the cell as it is. */
function show(t: RegionTable, r: number, c: number): Param {
  const f = readFigure(t.sheet, r, c);
  return f.kind === "value" ? decimalParam(f.value) : showCell(cellAt(t.sheet, r, c));
}

const colOf = (s: MonthlySource, month: string) => s.columns.find((c) => c.month === month)?.col;

/** The main table's columns and a sheet both hold the month: read if every region's figure agrees, else refused naming both cells. */
function disagreement(main: MonthlySource, mainCol: number, sheet: MonthlySource, sheetCol: number, month: string): InputError | null {
  const codes = new Set([...main.table.rows.keys(), ...sheet.table.rows.keys()]);
  for (const code of codes) {
    const [mr, sr] = [main.table.rows.get(code), sheet.table.rows.get(code)];
    const a = mr === undefined ? ({ kind: "none" } as const) : readFigure(main.table.sheet, mr, mainCol);
    const b = sr === undefined ? ({ kind: "none" } as const) : readFigure(sheet.table.sheet, sr, sheetCol);
    if (sameFigure(a, b) || mr === undefined || sr === undefined) continue;
    return inputError(cellAddress(sheet.table.sheet.name, sr, sheetCol), "monthly.twoPlaces", {
      measure: main.measure.title,
      month,
      value: show(sheet.table, sr, sheetCol),
      other: cellAddress(main.table.sheet.name, mr, mainCol),
      otherValue: show(main.table, mr, mainCol),
    });
  }
  return null;
}

/**
 * Where a missing month's column would be: the header cell after the month
 * before it, when that cell holds no month (an emptied or mistyped header);
 * else the region header of the sheet that holds the month's year.
 */
function missingAt(usable: readonly MonthlySource[], month: string): string {
  const home = usable.find((s) => s.columns.some((c) => c.month.slice(0, 4) === month.slice(0, 4))) ?? usable[0];
  const before = home.columns.filter((c) => c.month < month && c.month.slice(0, 4) === month.slice(0, 4)).sort((a, b) => (a.month < b.month ? 1 : -1))[0];
  if (before) {
    const next = cellAt(home.table.sheet, home.table.headerRow, before.col + 1);
    if (!(typeof next === "string" && (monthOf(next) || monthNumberOf(next)))) return headerCell(home.table, before.col + 1);
  }
  return headerCell(home.table, home.table.regionCol);
}

/**
 * Which source each month of a measure is read from, by rules an officer can
 * check. Counts are never read as rates: beside a source of rates they are
 * skipped with a warning naming them (an officer keeps the counts the rates
 * were computed from, and expects the rates read), alone they are refused.
 * Sheets holding different months (one per year) are combined; two sheets
 * holding the same month are refused naming both. The main table's columns
 * and a sheet holding the same month are read when they agree, else refused.
 * Every month the round needs, and the same month a year before, is found once.
 */
export function chooseMonths(measure: MonthlyMeasure, all: readonly MonthlySource[], wanted: readonly string[], main: RegionTable): MeasureChoice {
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  const months = new Map<string, { source: MonthlySource; col: number }>();
  const mine = all.filter((s) => s.measure.id === measure.id);
  const usable = mine.filter((s) => s.unit.unit !== "count");
  const counts = mine.filter((s) => s.unit.unit === "count");
  if (usable.length === 0) {
    const c = counts[0];
    if (c) errors.push(inputError(c.unit.address, "monthly.countsOnly", { measure: measure.title, sheet: c.table.sheet.name, text: c.unit.text }));
    else errors.push(inputError(cellAddress(main.sheet.name, main.headerRow, main.regionCol), "monthly.noColumns", { measure: measure.title }));
    return { months, errors, warnings };
  }
  const read = [...new Set(usable.map((s) => s.table.sheet.name))];
  for (const c of counts) warnings.push({ address: c.unit.address, ...msg("monthly.countsSkipped", { measure: measure.title, sheet: c.table.sheet.name, text: c.unit.text, read }) });
  for (const s of usable) repeated(s, wanted, errors);
  const pairs = new Set<string>();
  for (const month of wanted) {
    const holders = usable.flatMap((s) => (colOf(s, month) === undefined ? [] : [{ source: s, col: colOf(s, month) as number }]));
    if (holders.length === 0) continue;
    const mains = holders.filter((h) => h.source.main);
    const sheets = holders.filter((h) => !h.source.main);
    const [a, b] = sheets.length > 1 ? sheets : mains.length > 1 ? mains : [holders[0], undefined];
    if (b) {
      // Two sheets (or two groups of main-table columns) for the same month: which holds the final figures is not ours to guess.
      const key = [a, b].map((h) => `${h.source.table.sheet.name}|${h.source.unit.unit}`).join("/");
      if (!pairs.has(key)) errors.push(inputError(headerCell(b.source.table, b.col), "monthly.twoSources", { measure: measure.title, month, other: headerCell(a.source.table, a.col) }));
      pairs.add(key);
      continue;
    }
    if (mains.length === 1 && sheets.length === 1) {
      const e = disagreement(mains[0].source, mains[0].col, sheets[0].source, sheets[0].col, month);
      if (e) errors.push(e);
    }
    months.set(month, sheets[0] ?? mains[0]);
  }
  const missing = wanted.filter((m) => !months.has(m) && !usable.some((s) => colOf(s, m) !== undefined));
  const byCell = new Map<string, string[]>();
  for (const m of missing) byCell.set(missingAt(usable, m), [...(byCell.get(missingAt(usable, m)) ?? []), m]);
  for (const [at, list] of byCell) errors.push(inputError(at, "monthly.missingMonths", { measure: measure.title, months: list }));
  return { months, errors, warnings };
}
