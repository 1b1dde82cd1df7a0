import { isOwnTable, isRecordSheet, ROUND_SHEET_NAMES } from "../sheet/ownSheet";
import type { RoundDef } from "../../engine/types";
import { msg, quoted, type Msg } from "../../messages/message";
import { cellAddress, sameSheetName, type SheetSnapshot } from "../sheet/cell";
import { findTable, type FoundTable, type MappingRequest } from "./findTable";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { missingColumns } from "./missingColumns";
import { roundNeeds } from "./roundNeeds";
import { resultBlocks } from "../../rounds/roundFile";
import { sheetYears, titleYears } from "./workbookYears";
import { roundYear } from "./years";

export type Located = { ok: true; sheet: SheetSnapshot; table: FoundTable; warnings: Warning[] } | { ok: false; errors: InputError[] };

/**
 * Fördela's own sheets (its rules, its records, the decision's tables it wrote) are never the round's table;
 * an officer's "Fördelade medel", or an officer's own "Bilaga", is read like any other.
 */
function isOwnSheet(sheet: SheetSnapshot): boolean {
  return ROUND_SHEET_NAMES.some((n) => sameSheetName(n, sheet.name)) || (/^Fördela /.test(sheet.name) && isRecordSheet(sheet.values)) || isOwnTable(sheet.values);
}

interface Candidate {
  sheet: SheetSnapshot;
  table: FoundTable;
  missing: InputError[];
}

function names(cands: Candidate[]): string[] {
  return cands.map((c) => quoted(c.sheet.name));
}

/**
 * Of several sheets that hold the round's table (last year's and this year's),
 * the one whose name or title names the round's year; null when that does not
 * single one out.
 */
function byYear(cands: Candidate[], year: string | null): Candidate | null {
  if (!year) return null;
  const hits = cands.filter((c) => [...sheetYears(c.sheet.name), ...titleYears(c.sheet, c.table.headerRow)].includes(year));
  return hits.length === 1 ? hits[0] : null;
}

/**
 * The round's table: on the sheet asked for, or the one sheet whose table has
 * every column the round needs. Between look-alike sheets only a rule an
 * officer can check decides (the round's year in the sheet's name or title),
 * and the choice is said; otherwise both are named and nothing is computed.
 */
export function locateTable(sheets: readonly SheetSnapshot[], round: RoundDef, request: { sheet?: string; mapping?: MappingRequest }): Located {
  const rule = { year: roundYear(round), populationDate: round.populationDate ?? null };
  const needs = roundNeeds(round);
  const columns = { declared: round.columns ?? [], blocks: resultBlocks(round) };
  if (request.sheet !== undefined) {
    const sheet = sheets.find((s) => sameSheetName(s.name, request.sheet as string));
    if (!sheet) return { ok: false, errors: [inputError(quoted(request.sheet), "sheet.notFound", { sheets: sheets.map((s) => quoted(s.name)) })] };
    const table = findTable(sheet, request.mapping, rule, columns);
    return table ? { ok: true, sheet, table, warnings: [] } : { ok: false, errors: [inputError(cellAddress(sheet.name, 0, 0), "sheet.noTable")] };
  }
  const cands: Candidate[] = [];
  for (const sheet of sheets.filter((s) => !isOwnSheet(s))) {
    const table = findTable(sheet, request.mapping, rule, columns);
    if (table && table.rows.length > 0) cands.push({ sheet, table, missing: missingColumns(table, round, needs, sheet.name) });
  }
  const complete = cands.filter((c) => c.missing.length === 0);
  if (complete.length === 1) return { ok: true, ...complete[0], warnings: [] };
  if (complete.length > 1) {
    const chosen = byYear(complete, rule.year);
    if (!chosen) return { ok: false, errors: [inputError(cellAddress(complete[1].sheet.name, complete[1].table.headerRow, 0), "sheet.ambiguous", { sheets: names(complete), hint: msg("hint.sheet") })] };
    const others = names(complete.filter((c) => c !== chosen));
    const warning: Warning = { address: cellAddress(chosen.sheet.name, chosen.table.headerRow, 0), ...msg("sheet.chosen", { sheet: quoted(chosen.sheet.name), year: rule.year as string, others }) };
    return { ok: true, ...chosen, warnings: [warning] };
  }
  if (cands.length === 0) {
    const first = sheets.find((s) => !isOwnSheet(s)) ?? sheets[0];
    return { ok: false, errors: [inputError(first ? cellAddress(first.name, 0, 0) : "workbook", "table.none")] };
  }
  // No sheet has every column: say which came closest, and why it failed.
  const closest = [...cands].sort((a, b) => a.missing.length - b.missing.length || b.table.rows.length - a.table.rows.length)[0];
  const why: Msg = msg("table.closest", { sheet: quoted(closest.sheet.name), rows: closest.table.rows.length });
  return { ok: false, errors: [inputError(cellAddress(closest.sheet.name, closest.table.headerRow, 0), "table.closestFailed", { why }), ...closest.missing, ...closest.table.errors] };
}
