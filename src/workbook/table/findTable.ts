import { isBlank, type SheetSnapshot } from "../sheet/cell";
import { outputColumnOf } from "./headers";
import type { InputError, Warning } from "../sheet/inputError";
import { mapColumns, type ColumnMap, type ColumnRule, type MappingRequest } from "./mapColumns";
import { regionColumns } from "./regionColumns";
import { regionRows, type TableRow } from "./regionRows";
import { chooseTable } from "./sheetTables";
import { headerColumns, type HeaderColumn } from "./tableHeader";
import { unnamedColumns } from "./unnamedColumns";
import { findValueColumns } from "./valueColumns";
import type { ColumnDef } from "../../engine/types";

export type { ColumnMap, MappingRequest } from "./mapColumns";
export type { TableRow } from "./regionRows";

export interface FoundTable {
  sheet: string;
  headerRow: number;
  headers: HeaderColumn[];
  columns: ColumnMap;
  /** The round's declared columns: id → column. */
  values: Record<string, number>;
  /** The last column with a header: appended output columns go right of it. */
  lastCol: number;
  rows: TableRow[];
  /** Rows inside the table that name no region, columns that cannot be told apart. */
  errors: InputError[];
  warnings: Warning[];
}

function lastHeaderCol(sheet: SheetSnapshot, headerRow: number, to: number): number {
  const row = sheet.values[headerRow] ?? [];
  for (let c = Math.min(row.length - 1, to); c >= 0; c--) if (!isBlank(row[c])) return c;
  return 0;
}

function widest(sheet: SheetSnapshot): number {
  return sheet.values.reduce((n, r) => Math.max(n, r?.length ?? 0), 0);
}

/** Finds a table of regions on a sheet: its header row, its columns, its region rows. */
/** What of the round a table search knows: its declared columns, and its blocks (whose output columns are never inputs). */
export interface RoundColumns {
  declared: readonly ColumnDef[];
  blocks: readonly { id: string; title: string }[];
}

/**
 * Headers that name an input but are the round's output columns ("Efter
 * folkmängd" for a block of that title): not inputs, where another column
 * holds that input.
 */
function withoutOutputs(headers: HeaderColumn[], blocks: RoundColumns["blocks"]): HeaderColumn[] {
  const outputs = new Set(headers.filter((h) => h.field && h.field !== "region" && outputColumnOf(h.own, blocks)?.startsWith("block:")).map((h) => h.col));
  return headers.map((h) => (outputs.has(h.col) && headers.some((o) => o.field === h.field && !outputs.has(o.col)) ? { ...h, field: null } : h));
}

export function findTable(sheet: SheetSnapshot, request: MappingRequest = {}, rule: ColumnRule = { year: null, populationDate: null }, round: RoundColumns = { declared: [], blocks: [] }): FoundTable | null {
  const chosen = chooseTable(sheet, rule.year);
  if (chosen === null) return null;
  const { row: headerRow, from, to } = chosen.header;
  const errors: InputError[] = [...chosen.errors];
  const warnings: Warning[] = [...chosen.warnings];
  // Only this table's columns: another year's table beside it is never read.
  const all = headerColumns(sheet, headerRow).filter((h) => h.col >= from && h.col <= to);
  const values = findValueColumns(sheet, headerRow, all, round.declared, request, errors);
  // A declared column ("Planerade operationer 2025") is the round's own, never a built-in input by a phrase it contains.
  const own = new Set(Object.values(values));
  const candidates = withoutOutputs(all.map((h) => (own.has(h.col) ? { ...h, field: null } : h)), round.blocks);
  // Which column the regions are read by, when more than one names regions or their codes.
  const figures = [...candidates.filter((h) => h.field && h.field !== "region").map((h) => h.col), ...own];
  const where = regionColumns(sheet, headerRow, candidates, request.region !== undefined, figures);
  errors.push(...where.errors);
  warnings.push(...where.warnings);
  const headers = where.headers;
  const columns = mapColumns(sheet, headerRow, headers, request, rule, errors, warnings);
  if (columns.region === undefined) return null;
  const inputCols = [...Object.entries(columns).filter(([f]) => f !== "region").map(([, c]) => c as number), ...own];
  const rows = regionRows(sheet, headerRow, columns.region, inputCols, errors, warnings, where.checks);
  // Columns read or checked are named; figures under an empty or error header are not read without a word.
  const mapped = new Set([...Object.values(columns), ...own, ...where.checks].filter((c): c is number => c !== undefined));
  errors.push(...unnamedColumns(sheet, headerRow, headers, columns.region, rows, mapped, Math.min(to, widest(sheet) - 1)));
  return { sheet: sheet.name, headerRow, headers, columns, values, lastCol: Math.max(lastHeaderCol(sheet, headerRow, to), ...headers.map((h) => h.col)), rows, errors, warnings };
}

