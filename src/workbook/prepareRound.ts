import { computeRound } from "../engine/computeRound";
import type { RoundDef, RoundResult } from "../engine/types";
import type { RoundFile } from "../rounds/roundFile";
import { cellAddress, columnIndex, parseAddress, type SheetSnapshot } from "./cell";
import { findTable, type FoundTable, type MappingRequest } from "./findTable";
import type { InputError } from "./inputError";
import { conflictsOf, planWrite, type Overwrite, type WritePlan } from "./planWrite";
import { readRegions, type RegionRead } from "./readRegions";
import { buildRecord, readRecord, recordSheetName, type RecordCell } from "./recordSheet";

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export interface RoundRequest {
  round: RoundDef;
  /** The definition as data, recorded with the result. */
  definition: RoundFile;
  sheet?: string;
  mapping?: MappingRequest;
  /** ISO date-time stamped on the record sheet. */
  date: string;
  version: string;
}

export type Prepared =
  | { ok: false; errors: InputError[]; warnings: string[]; table: FoundTable | null }
  | {
      ok: true;
      round: RoundDef;
      table: FoundTable;
      regions: RegionRead[];
      result: RoundResult;
      plan: WritePlan;
      record: { sheet: string; rows: RecordCell[][] };
      /** Cells holding something Fördela did not write: ask before replacing them. */
      conflicts: Overwrite[];
      warnings: string[];
    };

function locate(book: WorkbookSnapshot, req: RoundRequest): { sheet: SheetSnapshot; table: FoundTable } | InputError {
  const year = /20\d\d/.exec(req.round.id)?.[0] ?? null;
  const own = (s: SheetSnapshot) => s.name.startsWith("Fördela ");
  if (req.sheet !== undefined) {
    const sheet = book.sheets.find((s) => s.name === req.sheet);
    if (!sheet) return { address: `'${req.sheet}'`, message: `no sheet of that name (sheets: ${book.sheets.map((s) => s.name).join(", ")})` };
    const table = findTable(sheet, req.mapping, year);
    return table ? { sheet, table } : { address: cellAddress(sheet.name, 0, 0), message: "no table with a region column and a header row on this sheet" };
  }
  for (const sheet of book.sheets.filter((s) => !own(s))) {
    const table = findTable(sheet, req.mapping, year);
    if (table && table.rows.length > 0) return { sheet, table };
  }
  return { address: book.sheets[0] ? cellAddress(book.sheets[0].name, 0, 0) : "workbook", message: "no sheet has a table of regions (a header row with a region column, then one row per region)" };
}

function inRange(range: string, row: number, col: number): boolean {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return false;
  return row >= Number(m[2]) - 1 && row <= Number(m[4]) - 1 && col >= (columnIndex(m[1]) as number) && col <= (columnIndex(m[3]) as number);
}

/** An error in a merged cell says so: the value an officer sees sits in the merged range's first cell only. */
function mergeHints(errors: InputError[], sheets: readonly SheetSnapshot[]): InputError[] {
  return errors.map((e) => {
    const at = parseAddress(e.address);
    const merge = at && sheets.find((s) => s.name === at.sheet)?.merges?.find((m) => inRange(m, at.row, at.col));
    return merge ? { ...e, message: `${e.message} (the cell is part of the merged range ${merge}: unmerge it and fill each row)` } : e;
  });
}

/**
 * The whole flow before anything is written, the same for every host: find
 * the table, read and validate every cell, compute, plan the writes and the
 * record sheet. Nothing is planned unless every input is valid.
 */
export function prepareRound(book: WorkbookSnapshot, req: RoundRequest): Prepared {
  const found = locate(book, req);
  if ("message" in found) return { ok: false, errors: [found], warnings: [], table: null };
  const { sheet, table } = found;
  const read = readRegions(book.sheets, sheet, table, req.round);
  if (read.errors.length > 0) return { ok: false, errors: mergeHints(read.errors, book.sheets), warnings: read.warnings, table };
  const result = computeRound(req.round, read.regions.map((r) => r.input));
  const recordName = recordSheetName(req.round.id);
  const prior = readRecord(book.sheets.find((s) => s.name === recordName));
  const written = new Map([...prior].map(([address, p]) => [address, p.written]));
  const plan = planWrite(sheet, table, req.round, result, read.regions, written);
  const rows = buildRecord({ definition: req.definition, result, table, regions: read.regions, plan, prior, date: req.date, version: req.version });
  const missing = 21 - read.regions.length;
  const hidden = new Set(sheet.hiddenRows ?? []);
  const warnings = [
    ...read.regions.filter((r) => hidden.has(r.row)).map((r) => `${cellAddress(sheet.name, r.row, table.columns.region as number)}: the row of ${r.input.name} is hidden or filtered out; it is included in the round all the same`),
    ...read.warnings,
    ...result.warnings,
  ];
  if (missing > 0) warnings.push(`${missing} of the 21 regions are not in the table; they are left out`);
  return { ok: true, round: req.round, table, regions: read.regions, result, plan, record: { sheet: recordName, rows }, conflicts: conflictsOf(plan), warnings };
}
