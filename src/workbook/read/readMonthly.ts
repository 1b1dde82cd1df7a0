import type { Rational } from "../../engine/rational";
import { sameMonthYearBefore } from "../../engine/months";
import type { MonthlyPerformanceDef, MonthlySeries } from "../../engine/types";
import { cellAddress, type SheetSnapshot } from "../sheet/cell";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { chooseMonths } from "./monthlyChoice";
import { headerCell, monthlySources, type RegionTable } from "../table/monthlySources";
import { checkFigure, readFigure } from "../values/monthlyValue";
import { decimalParam } from "../values/parseNumber";
import { msg, type Msg } from "../../messages/message";

/** What the monthly reading knows of one region, for the checks of its row in the main table. */
export interface MonthlyWhere {
  /** The first cell holding a figure of the region: "reported: Nej" beside it is a contradiction. */
  firstFigure?: string;
  /** The measure sheets read that have no row for the region, by their region header cell. */
  absent: { sheet: string; address: string }[];
}

export interface MonthlyRead {
  /** Region code → measure id → series. */
  values: Map<string, Record<string, MonthlySeries>>;
  /** Region code → where each measure's values were read, for the explanation. */
  notes: Map<string, Msg[]>;
  where: Map<string, MonthlyWhere>;
  errors: InputError[];
  warnings: Warning[];
}

/** "'Överbeläggningar'!C21:T21": the cells of one region's months, first to last column. */
function cellsOf(sheet: string, row: number, columns: Iterable<number>): string {
  const cols = [...columns];
  const first = cellAddress(sheet, row, Math.min(...cols));
  const last = cellAddress(sheet, row, Math.max(...cols)).split("!")[1];
  return first.endsWith(last) ? first : `${first}:${last}`;
}

/**
 * The monthly values of each measure, for the round's months and the same
 * months a year before: from columns of the main table ("Överbeläggningar feb
 * 2024"), or from sheets per measure with a column per month ("2024-02"), as
 * chooseMonths decides; each figure checked against the measure's bounds.
 */
export function readMonthly(book: SheetSnapshot[], main: { sheet: SheetSnapshot; headerRow: number; regionCol: number; rows: Map<string, number> }, def: MonthlyPerformanceDef): MonthlyRead {
  const mainTable: RegionTable = { ...main, errors: [], warnings: [] };
  // In calendar order: the first of several problems named is the earliest month, as an officer reads the sheet.
  const wanted = def.months.flatMap((m) => [m, sameMonthYearBefore(m)]).sort();
  const found = monthlySources(book, mainTable, def.measures);
  const errors: InputError[] = [...found.errors];
  const warnings: Warning[] = [];
  const values = new Map<string, Record<string, MonthlySeries>>();
  const notes = new Map<string, Msg[]>();
  const where = new Map<string, MonthlyWhere>([...main.rows.keys()].map((code) => [code, { absent: [] }]));
  const note = (code: string, m: Msg) => notes.set(code, [...(notes.get(code) ?? []), m]);
  const tablesRead = new Set<RegionTable>();
  for (const measure of def.measures) {
    const choice = chooseMonths(measure, found.sources, wanted, mainTable);
    errors.push(...choice.errors);
    warnings.push(...choice.warnings);
    for (const { source } of choice.months.values()) tablesRead.add(source.table);
    for (const code of main.rows.keys()) {
      const series: MonthlySeries = {};
      const cells = new Map<RegionTable, { row: number; cols: number[] }>();
      for (const month of wanted) {
        series[month] = null;
        const at = choice.months.get(month);
        const row = at?.source.table.rows.get(code);
        if (!at || row === undefined) continue;
        const { table } = at.source;
        const read = cells.get(table) ?? { row, cols: [] };
        cells.set(table, { row, cols: [...read.cols, at.col] });
        const address = cellAddress(table.sheet.name, row, at.col);
        const figure = readFigure(table.sheet, row, at.col);
        if (figure.kind === "none") continue;
        where.get(code)!.firstFigure ??= address;
        if (figure.kind === "bad") errors.push(inputError(address, "monthly.value", { measure: measure.title, month, problem: figure.problem }));
        else if (checkFigure(measure, month, figure.value, address, errors, warnings)) {
          series[month] = figure.value as Rational;
          if (figure.percent) note(code, msg("note.monthlyPercent", { cell: address, text: figure.percent, value: decimalParam(figure.value) }));
        }
      }
      values.set(code, { ...(values.get(code) ?? {}), [measure.id]: series });
      for (const [table, read] of cells) note(code, msg("note.monthlyCells", { measure: { sv: measure.title, en: measure.titleEn ?? measure.title }, cells: cellsOf(table.sheet.name, read.row, read.cols) }));
    }
  }
  // A measure sheet read: its rows' problems count, and a region of the main table without a row there is named.
  for (const table of tablesRead) {
    if (table === mainTable) continue;
    errors.push(...table.errors);
    warnings.push(...table.warnings);
    for (const code of main.rows.keys()) if (!table.rows.has(code)) where.get(code)!.absent.push({ sheet: table.sheet.name, address: headerCell(table, table.regionCol) });
  }
  return { values, notes, where, errors, warnings };
}
