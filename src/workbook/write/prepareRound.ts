import { computeRound } from "../../engine/computeRound";
import { PotInvariantError } from "../../engine/potInvariant";
import type { RoundDef, RoundResult } from "../../engine/types";
import type { RoundFile } from "../../rounds/roundFile";
import { rankedRules } from "../../rounds/rankedRules";
import { cellAddress, columnIndex, parseAddress, sameSheetName, type SheetSnapshot } from "../sheet/cell";
import type { FoundTable, MappingRequest } from "../table/findTable";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { locateTable } from "../table/locateTable";
import { REGIONS } from "../values/regions";
import { roundYearProblem } from "../table/workbookYears";
import { notice } from "../../messages/message";
import { conflictsOf, planWrite, type Overwrite, type WritePlan } from "./planWrite";
import { readRegions, type RegionRead } from "../read/readRegions";
import { buildRecord, readRecord, recordSheetName } from "./recordSheet";
import { type RecordCell } from "../sheet/ownSheet";

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
  | { ok: false; errors: InputError[]; warnings: Warning[]; table: FoundTable | null }
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
      warnings: Warning[];
    };

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
    return merge ? inputError(e.address, "cell.inMerge", { problem: { code: e.code, params: e.params }, range: merge }) : e;
  });
}

/** What a host could not read of a sheet costs the warnings it would have given: said, never silent. */
function unreadParts(sheets: readonly SheetSnapshot[]): Warning[] {
  return sheets.flatMap((s) => (s.unread ?? []).map((part) => notice(`'${s.name}'`, part === "merges" ? "sheet.mergesUnread" : "sheet.hiddenUnread", { sheet: s.name })));
}

/**
 * The whole flow before anything is written, the same for every host: find
 * the table, read and validate every cell, compute, plan the writes and the
 * record sheet. Nothing is planned unless every input is valid.
 */
export function prepareRound(book: WorkbookSnapshot, req: RoundRequest): Prepared {
  const found = locateTable(book.sheets, req.round, req);
  if (!found.ok) return { ok: false, errors: found.errors, warnings: [], table: null };
  const { sheet, table } = found;
  const wrongYear = roundYearProblem(sheet, table, req.round);
  if (wrongYear) return { ok: false, errors: [wrongYear], warnings: found.warnings, table };
  const read = readRegions(book.sheets, sheet, table, req.round);
  if (read.errors.length > 0) return { ok: false, errors: mergeHints(read.errors, book.sheets), warnings: [...found.warnings, ...read.warnings], table };
  const overTable = rankedRules(req.round).filter((r) => r.n > read.regions.length);
  if (overTable.length > 0) {
    const at = cellAddress(sheet.name, table.headerRow, table.columns.region as number);
    return { ok: false, errors: overTable.map((r) => inputError(at, "rules.nOverTable", { path: r.path, n: r.n, regions: read.regions.length })), warnings: [...found.warnings, ...read.warnings], table };
  }
  let result: RoundResult;
  try {
    result = computeRound(req.round, read.regions.map((r) => r.input));
  } catch (e) {
    // A round that would pay more than its pot is a bug: said as one, and nothing is written.
    if (!(e instanceof PotInvariantError)) throw e;
    return { ok: false, errors: [inputError(`'${sheet.name}'`, e.notice.code, e.notice.params)], warnings: read.warnings, table };
  }
  const recordName = recordSheetName(req.round.id);
  const prior = readRecord(book.sheets.find((s) => sameSheetName(s.name, recordName)));
  const written = new Map([...prior].map(([address, p]) => [address, p.written]));
  const plan = planWrite(sheet, table, req.round, result, read.regions, written);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const missing = REGIONS.filter((r) => !read.regions.some((x) => x.input.code === r.code));
  const warnings: Warning[] = [
    ...found.warnings,
    ...(missing.length ? [notice(cellAddress(sheet.name, table.headerRow, table.columns.region as number), "table.missingRegions", { n: missing.length, regions: missing.map((r) => r.name) })] : []),
    ...read.regions.filter((r) => hidden.has(r.row)).map((r) => notice(cellAddress(sheet.name, r.row, table.columns.region as number), "table.hiddenRow", { region: r.input.name })),
    ...read.warnings,
    ...result.warnings,
    ...unreadParts(book.sheets),
  ];
  const rows = buildRecord({ definition: req.definition, result, table, regions: read.regions, plan, prior, warnings, date: req.date, version: req.version });
  return { ok: true, round: req.round, table, regions: read.regions, result, plan, record: { sheet: recordName, rows }, conflicts: conflictsOf(plan), warnings };
}
