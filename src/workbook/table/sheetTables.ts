import { msg, type Msg } from "../../messages/message";
import { cellAddress, type SheetSnapshot } from "../sheet/cell";
import type { InputField } from "./headers";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { HEADER_SCAN_ROWS, headerColumns, type HeaderColumn } from "./tableHeader";
import { yearsIn } from "./years";

/** A table's header: its row, the columns it spans, and the inputs its headers name. */
export interface TableHeader {
  row: number;
  from: number;
  to: number;
  regionCol: number;
  fields: Set<InputField>;
}

function fieldsOf(headers: readonly HeaderColumn[]): Set<InputField> {
  return new Set(headers.map((h) => h.field).filter((f): f is InputField => f !== null));
}

/**
 * A header row cut where tables stand side by side (last year's beside this
 * year's): before each region column after the first, at the empty column
 * between them where there is one. Cut only when each part has a region and a
 * population; a second column of region names alone is not a second table.
 */
function sideBySide(row: number, headers: readonly HeaderColumn[]): TableHeader[] {
  const last = headers.length - 1;
  const regions = headers.filter((h) => h.field === "region").map((h) => h.col);
  const whole = (): TableHeader[] => [{ row, from: 0, to: last, regionCol: regions[0] ?? 0, fields: fieldsOf(headers) }];
  if (regions.length < 2) return whole();
  const starts = [0, ...regions.slice(1).map((r, i) => {
    const gap = headers.filter((h) => h.col > regions[i] && h.col < r && h.own === "" && h.group === "" && h.field === null).pop();
    return gap ? gap.col : r;
  })];
  const parts = starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1] - 1 : last;
    const own = headers.filter((h) => h.col >= from && h.col <= to);
    return { row, from, to, regionCol: regions[i], fields: fieldsOf(own) };
  });
  return parts.every((p) => p.fields.has("region") && p.fields.has("population")) ? parts : whole();
}

/** Every header of a table of regions in a sheet's first rows: a region column and another input. */
function tableHeaders(sheet: SheetSnapshot): TableHeader[] {
  const out: TableHeader[] = [];
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    for (const t of sideBySide(r, headerColumns(sheet, r))) {
      if (!t.fields.has("region") || t.fields.size < 2) continue;
      // The two rows of one header split over two rows are one table's header: the row naming more inputs (the first, on a tie).
      const split = out.find((o) => o.row === r - 1 && o.from <= t.to && t.from <= o.to);
      if (!split) out.push(t);
      else if (t.fields.size > split.fields.size) out.splice(out.indexOf(split), 1, t);
    }
  }
  return out;
}

/** Another table of the same kind as the best: a region, its population and a figure to share by (last year's copy). */
function isRival(t: TableHeader): boolean {
  return t.fields.has("region") && t.fields.has("population") && t.fields.size >= 3;
}

/** Headers whose years are not the table's: a population's date, a forecast's period ("Prognos 2026–2030"). */
const NOT_THE_TABLES_YEAR = new Set<InputField | null>([null, "region", "population", "forecast"]);

/** The years a table is for: those its input headers name, else the nearest title row above it that names one. */
function tableYears(sheet: SheetSnapshot, t: TableHeader, all: readonly TableHeader[]): string[] {
  const headers = headerColumns(sheet, t.row).filter((h) => h.col >= t.from && h.col <= t.to && !NOT_THE_TABLES_YEAR.has(h.field));
  const named = headers.flatMap((h) => yearsIn(`${h.group} ${h.own}`).years);
  if (named.length > 0) return [...new Set(named)].sort();
  const floor = Math.max(-1, ...all.filter((o) => o.row < t.row && o.from <= t.to && t.from <= o.to).map((o) => o.row));
  for (let r = t.row - 1; r > floor; r--) {
    const years = (sheet.values[r] ?? []).slice(t.from, t.to + 1).flatMap((v) => (typeof v === "string" ? yearsIn(v).years : []));
    if (years.length > 0) return [...new Set(years)].sort();
  }
  return [];
}

export type ChosenHeader = { header: TableHeader; warnings: Warning[]; errors: InputError[] };

/**
 * The round's table on a sheet. Where the sheet holds tables of the same kind
 * for several years (last year's above, below or beside this year's), the one
 * whose headers, else whose title, name the round's year is read and each
 * other is said at its header; when no year decides, both are named and
 * nothing is read. Never a mix of two tables.
 */
export function chooseTable(sheet: SheetSnapshot, year: string | null): ChosenHeader | null {
  const all = tableHeaders(sheet);
  if (all.length === 0) return null;
  const best = all.reduce((b, t) => (t.fields.size > b.fields.size ? t : b));
  const same = all.filter((t) => t === best || isRival(t));
  if (same.length < 2 || !isRival(best)) return { header: best, warnings: [], errors: [] };
  const at = (t: TableHeader) => cellAddress(sheet.name, t.row, t.regionCol);
  const years = new Map(same.map((t) => [t, tableYears(sheet, t, all)]));
  const named = (t: TableHeader): Msg | string[] => (years.get(t)!.length ? years.get(t)! : msg("years.none"));
  const hits = year ? same.filter((t) => years.get(t)!.includes(year)) : [];
  if (hits.length === 1) {
    const chosen = hits[0];
    const warnings = same.filter((t) => t !== chosen).map((t) => ({ address: at(t), ...msg("table.otherYearSkipped", { years: named(t), chosen: at(chosen), year: year as string }) }));
    return { header: chosen, warnings, errors: [] };
  }
  const why = year ? msg("why.noYearDecides", { year }) : msg("why.roundHasNoYear");
  const tables = same.map((t) => msg("table.headerAt", { cell: at(t), years: named(t) }));
  return { header: best, warnings: [], errors: [inputError(at(same.find((t) => t !== best)!), "table.severalOnSheet", { n: same.length, tables, why })] };
}
