import { isBlank, type SheetSnapshot } from "./cell";
import type { InputError, Warning } from "./inputError";
import { mapColumns, type ColumnMap, type ColumnRule, type MappingRequest } from "./mapColumns";
import { regionRows, type TableRow } from "./regionRows";
import { findHeaderRow, headerColumns, type HeaderColumn } from "./tableHeader";

export type { ColumnMap, MappingRequest } from "./mapColumns";
export type { TableRow } from "./regionRows";

export interface FoundTable {
  sheet: string;
  headerRow: number;
  headers: HeaderColumn[];
  columns: ColumnMap;
  /** The last column with a header: appended output columns go right of it. */
  lastCol: number;
  rows: TableRow[];
  /** Rows inside the table that name no region, columns that cannot be told apart. */
  errors: InputError[];
  warnings: Warning[];
}

function lastHeaderCol(sheet: SheetSnapshot, headerRow: number): number {
  const row = sheet.values[headerRow] ?? [];
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c])) return c;
  return 0;
}

/** Finds a table of regions on a sheet: its header row, its columns, its region rows. */
export function findTable(sheet: SheetSnapshot, request: MappingRequest = {}, rule: ColumnRule = { year: null, populationDate: null }): FoundTable | null {
  const headerRow = findHeaderRow(sheet);
  if (headerRow === null) return null;
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  const headers = headerColumns(sheet, headerRow);
  const columns = mapColumns(sheet, headerRow, headers, request, rule, errors, warnings);
  if (columns.region === undefined) return null;
  const inputCols = Object.entries(columns).filter(([f]) => f !== "region").map(([, c]) => c as number);
  const rows = regionRows(sheet, headerRow, columns.region, inputCols, errors, warnings);
  return { sheet: sheet.name, headerRow, headers, columns, lastCol: Math.max(lastHeaderCol(sheet, headerRow), ...headers.map((h) => h.col)), rows, errors, warnings };
}

