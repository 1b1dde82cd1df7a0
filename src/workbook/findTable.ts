import { cellAddress, cellAt, cellError, columnIndex, columnLetter, errorProblem, isBlank, type SheetSnapshot } from "./cell";
import { FIELD_LABELS, INPUT_FIELDS, headerText, inputFieldOf, isTotalLabel, type InputField } from "./headers";
import { matchRegion, type Region } from "./regions";
import type { InputError } from "./inputError";

export type ColumnMap = Partial<Record<InputField, number>>;

/** The user's mapping: a field to a column letter ("D") or a header text. */
export type MappingRequest = Partial<Record<InputField, string>>;

export interface TableRow {
  row: number;
  region: Region;
}

export interface FoundTable {
  sheet: string;
  headerRow: number;
  columns: ColumnMap;
  /** The last column with a header: appended output columns go right of it. */
  lastCol: number;
  rows: TableRow[];
  /** Rows inside the table that name no region. */
  errors: InputError[];
}

const HEADER_SCAN_ROWS = 50;

function headerRowOf(sheet: SheetSnapshot): number | null {
  let best: { row: number; score: number } | null = null;
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const fields = new Set((sheet.values[r] ?? []).map((v) => inputFieldOf(headerText(v))).filter((f) => f !== null));
    if (!fields.has("region") || fields.size < 2) continue;
    if (!best || fields.size > best.score) best = { row: r, score: fields.size };
  }
  return best?.row ?? null;
}

function resolveRequest(sheet: SheetSnapshot, headerRow: number, field: InputField, wanted: string, errors: InputError[]): number | null {
  const letter = columnIndex(wanted.trim());
  if (letter !== null) return letter;
  const target = headerText(wanted);
  const col = (sheet.values[headerRow] ?? []).findIndex((v) => headerText(v) === target);
  if (col >= 0) return col;
  errors.push({ address: cellAddress(sheet.name, headerRow, 0), message: `no column "${wanted}" for ${FIELD_LABELS[field].en}: give a column letter or its exact header` });
  return null;
}

/** Where each input field is, from the header phrases and the user's mapping. */
function mapColumns(sheet: SheetSnapshot, headerRow: number, request: MappingRequest, year: string | null, errors: InputError[]): ColumnMap {
  const candidates = new Map<InputField, number[]>();
  (sheet.values[headerRow] ?? []).forEach((v, col) => {
    const field = inputFieldOf(headerText(v));
    if (field) candidates.set(field, [...(candidates.get(field) ?? []), col]);
  });
  const taken = new Set(Object.values(request).map((w) => columnIndex(String(w).trim())));
  const columns: ColumnMap = {};
  for (const field of INPUT_FIELDS) {
    const wanted = request[field];
    if (wanted !== undefined) {
      const col = resolveRequest(sheet, headerRow, field, wanted, errors);
      if (col !== null) columns[field] = col;
      continue;
    }
    let cols = (candidates.get(field) ?? []).filter((c) => !taken.has(c));
    // Two "Planerade" columns: the one naming the round's year is the one meant.
    if (cols.length > 1 && year) {
      const ofYear = cols.filter((c) => headerText(cellAt(sheet, headerRow, c)).includes(year));
      if (ofYear.length === 1) cols = ofYear;
    }
    if (cols.length === 1) columns[field] = cols[0];
    if (cols.length > 1) {
      const list = cols.map((c) => `${columnLetter(c)} ${JSON.stringify(cellAt(sheet, headerRow, c))}`).join(", ");
      errors.push({
        address: cellAddress(sheet.name, headerRow, cols[1]),
        message: `${cols.length} columns look like the ${FIELD_LABELS[field].en} (${list}): choose one with --map ${field}=${columnLetter(cols[cols.length - 1])}`,
      });
    }
  }
  return columns;
}

function lastHeaderCol(sheet: SheetSnapshot, headerRow: number): number {
  const row = sheet.values[headerRow] ?? [];
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c])) return c;
  return 0;
}

/**
 * The region rows under the header: until the sum row, across blank rows
 * that have region rows below them; a text that names no region right under
 * other regions is an error, one after a blank row is a note under the table.
 */
export function regionRows(sheet: SheetSnapshot, headerRow: number, regionCol: number, errors: InputError[]): TableRow[] {
  const rows: TableRow[] = [];
  let afterBlank = false;
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const v = cellAt(sheet, r, regionCol);
    if (isBlank(v)) {
      // Values in a row without a region, right under a region: a merged or emptied region cell, not a blank row.
      if (!afterBlank && rows.length > 0 && (sheet.values[r] ?? []).some((x, c) => c !== regionCol && !isBlank(x))) {
        errors.push({ address: cellAddress(sheet.name, r, regionCol), message: "this row has values but no region name (is the region cell empty, or merged with the row above?)" });
      }
      afterBlank = true;
      continue;
    }
    const text = String(typeof v === "object" && v !== null ? v.error : v);
    if (isTotalLabel(text)) break;
    const region = matchRegion(text);
    if (region) {
      rows.push({ row: r, region });
      afterBlank = false;
      continue;
    }
    if (afterBlank) break;
    const error = cellError(v);
    const message = error ? `the region name ${errorProblem(error)}` : `${JSON.stringify(text)} is not a region (no spelling in regions.csv matches)`;
    errors.push({ address: cellAddress(sheet.name, r, regionCol), message });
  }
  return rows;
}

/** Finds the round's table on a sheet: its header row, its columns, its region rows. */
export function findTable(sheet: SheetSnapshot, request: MappingRequest = {}, year: string | null = null): FoundTable | null {
  const headerRow = headerRowOf(sheet);
  if (headerRow === null) return null;
  const errors: InputError[] = [];
  const columns = mapColumns(sheet, headerRow, request, year, errors);
  if (columns.region === undefined) return null;
  const rows = regionRows(sheet, headerRow, columns.region, errors);
  return { sheet: sheet.name, headerRow, columns, lastCol: lastHeaderCol(sheet, headerRow), rows, errors };
}
