import { render, renderNotice } from "../../messages/message";
import type { Warning } from "../sheet/inputError";
import type { RoundResult } from "../../engine/types";
import { CELL_TEXT_LIMIT, cellAddress, isBlank, type CellValue, type SheetSnapshot } from "../sheet/cell";
import { RECORD_TITLE, type RecordCell } from "../sheet/ownSheet";
import type { FoundTable } from "../table/findTable";
import type { WritePlan } from "./planWrite";
import type { RegionRead } from "../read/readRegions";
import type { RoundFile } from "../../rounds/roundFile";
import { blockLabel } from "../../engine/blockLabel";

export const RECORD_MARKER = "Skrivna celler / Cells written";
export function recordSheetName(roundId: string): string {
  return `Fördela ${roundId}`.replace(/[[\]:*?/\\]/g, "-").slice(0, 31);
}

export interface PriorWrite {
  written: CellValue;
  /** What the officer's cell held before Fördela first wrote it. */
  before: CellValue;
}

/** What an earlier run wrote, read back from its record sheet. */
export function readRecord(sheet: SheetSnapshot | undefined): Map<string, PriorWrite> {
  const prior = new Map<string, PriorWrite>();
  if (!sheet) return prior;
  const start = sheet.values.findIndex((row) => row?.[0] === RECORD_MARKER);
  if (start < 0) return prior;
  for (let r = start + 2; r < sheet.values.length; r++) {
    const [address, written, before] = sheet.values[r] ?? [];
    if (typeof address !== "string" || isBlank(address)) break;
    prior.set(address, { written: written ?? null, before: before ?? null });
  }
  return prior;
}

function beforeText(v: CellValue): RecordCell {
  if (v === null || typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

export interface RecordInput {
  definition: RoundFile;
  result: RoundResult;
  table: FoundTable;
  regions: readonly RegionRead[];
  plan: WritePlan;
  prior: ReadonlyMap<string, PriorWrite>;
  /** Every warning of the round, the reader's and the engine's. */
  warnings: readonly Warning[];
  date: string;
  version: string;
}

/** A text cut into parts that each fit a cell, never inside a character (a surrogate pair stays whole). */
export function cellSized(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + limit);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length ? parts : [""];
}

/** The record sheet: how the round was computed, every amount explained, and every cell written. */
export function buildRecord(x: RecordInput): RecordCell[][] {
  const { result, table, plan } = x;
  const rows: RecordCell[][] = [];
  const last = x.regions.length ? x.regions[x.regions.length - 1].row : table.headerRow;
  rows.push([RECORD_TITLE]);
  rows.push(["Omgång / Round", result.roundId, result.title]);
  rows.push(["Blad / Sheet", table.sheet, `${cellAddress(table.sheet, table.headerRow, 0)}:${cellAddress(table.sheet, last, table.lastCol).split("!")[1]}`]);
  rows.push(["Datum / Date", x.date]);
  rows.push(["Version", x.version]);
  // A round file may be far longer than a cell holds: its JSON in as many cells as it needs, left to right.
  rows.push(["Regler / Rules (JSON)", ...cellSized(JSON.stringify(x.definition))]);
  rows.push([]);
  // Money a block passes on to the next has a column of its own, where a round passes any on.
  // So has what a rule for the last krona leaves (rounding down, or below one unit): part of the unallocated, said on its own.
  const passes = result.blocks.some((b) => b.passedOn);
  const rounds = result.blocks.some((b) => b.leftByRounding);
  rows.push(["Block", "Pott / Pot", "Fördelat / Allocated", "Ej fördelat / Unallocated", ...(passes ? ["Till nästa block / Passed on"] : []), ...(rounds ? ["Varav avrundning / Of which rounding"] : [])]);
  for (const b of result.blocks) rows.push([blockLabel(b), b.pot.toNumber(), b.allocated.toNumber(), b.unallocated.toNumber(), ...(passes ? [b.passedOn?.toNumber() ?? 0] : []), ...(rounds ? [b.leftByRounding?.toNumber() ?? 0] : [])]);
  rows.push([]);
  rows.push(["Varningar / Warnings"]);
  for (const w of x.warnings) rows.push([renderNotice(w, "sv"), renderNotice(w, "en")]);
  if (x.warnings.length === 0) rows.push(["–"]);
  rows.push([]);
  rows.push(["Kod / Code", "Region", "Block", "Belopp / Amount", "Exakt / Exact", "Förklaring", "Explanation"]);
  result.regions.forEach((r, i) => {
    const notes = x.regions[i]?.notes ?? [];
    if (notes.length) rows.push([r.code, r.name, "Indata / Inputs", null, null, notes.map((n) => render(n, "sv")).join("; "), notes.map((n) => render(n, "en")).join("; ")]);
    // Blocks by the names the table's headers use, never the round's internal ids.
    for (const e of r.explanation) rows.push([r.code, r.name, blockLabel(result.blocks.find((b) => b.id === e.block) ?? { id: e.block, title: e.block }), e.amount.toNumber(), e.exact, e.text.sv, e.text.en]);
  });
  rows.push([]);
  rows.push([RECORD_MARKER]);
  rows.push(["Cell", "Skrivet / Written", "Före / Before"]);
  for (const w of plan.cells) {
    const address = cellAddress(plan.sheet, w.row, w.col);
    const over = plan.overwrites.find((o) => o.address === address);
    const prior = x.prior.get(address);
    const before = over && !over.ours ? over.before : (prior?.before ?? null);
    rows.push([address, w.value, beforeText(before)]);
  }
  return rows;
}
