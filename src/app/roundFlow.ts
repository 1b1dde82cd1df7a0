import { isBlank, sameSheetName } from "../workbook/sheet/cell";
import { APPENDIX_SHEET, RANKING_SHEET, decisionTables, tableSheet } from "../workbook/write/decisionTables";
import { inputError, type InputError } from "../workbook/sheet/inputError";
import { isOwnTable, isRecordSheet } from "../workbook/sheet/ownSheet";
import type { Overwrite } from "../workbook/write/planWrite";
import { prepareRound } from "../workbook/write/prepareRound";
import type { WorkbookPort } from "./port";
import { writeRefusals } from "./writeRefusals";
import { previewKey } from "./previewKey";
import { resolveRound, sheetsOfRound, sheetsToRead } from "./roundSource";
import type { FlowRequest, Preview } from "./flowRequest";

export type { FlowRequest, Preview } from "./flowRequest";

/** The decision's tables, by the names of their sheets. */
const TABLE_SHEETS = [APPENDIX_SHEET, RANKING_SHEET];

/** Where the flow is, for a host to show while it works. */
export type Phase = "reading" | "computing" | "writing";
/** Told before each phase; a host may wait for its screen to show it. */
export type Progress = (phase: Phase) => Promise<void> | void;

/** Read once, validate every cell, compute and plan: nothing is written. */
export async function previewRound(port: WorkbookPort, req: FlowRequest, progress?: Progress): Promise<Preview> {
  const names = [...sheetsToRead(req.source), ...(req.tables ? TABLE_SHEETS : [])];
  await progress?.("reading");
  let sheets = await port.read({ sheet: req.sheet, alsoSheets: names, purpose: { flow: req } });
  const resolved = resolveRound(req.source, sheets);
  if (!resolved.ok) return { ok: false, errors: resolved.errors, warnings: [], sheets, table: null };
  const { round, definition } = resolved;
  // A round from the workbook's own rules is known only now: read again if it needs more sheets.
  const extra = sheetsOfRound(round);
  if (extra.some((n) => !names.includes(n))) sheets = await port.read({ sheet: req.sheet, alsoSheets: [...names, ...extra], purpose: { flow: req } });
  await progress?.("computing");
  const prepared = prepareRound({ sheets }, { round, definition, sheet: req.sheet, mapping: req.mapping, date: req.date, version: req.version });
  if (!prepared.ok) return { ...prepared, sheets };
  // The record sheet's name taken by a sheet of the officer's own: never replaced (any host). An empty one
  // holds nothing to lose: it is what a write Excel failed half-way leaves, and the next write fills it.
  const taken = sheets.find((s) => sameSheetName(s.name, prepared.record.sheet) && !isRecordSheet(s.values) && !s.values.every((row) => (row ?? []).every(isBlank)));
  if (taken) return { ok: false, errors: [inputError(`'${taken.name}'`, "record.notOurs", { sheet: taken.name })], warnings: prepared.warnings, sheets, table: prepared.table };
  if (!req.tables) return { ...prepared, sheets, tables: [] };
  // A sheet of that name that Fördela did not write is the officer's: never replaced.
  const theirs = TABLE_SHEETS.flatMap((name) => sheets.filter((s) => sameSheetName(s.name, name) && !isOwnTable(s.values)));
  if (theirs.length) return { ok: false, errors: theirs.map((s) => inputError(`'${s.name}'`, "tables.notOurs", { sheet: s.name })), warnings: prepared.warnings, sheets, table: prepared.table };
  const stamp = [req.version, req.date.slice(0, 10)].filter(Boolean).join(", ");
  return { ...prepared, sheets, tables: decisionTables(round, prepared.result, prepared.regions, req.lang ?? "sv").map((t) => tableSheet(t, stamp)) };
}

export type Committed = { ok: true; written: number } | { ok: false; errors: InputError[] } | { ok: false; conflicts: Overwrite[] } | { ok: false; changed: true };

/**
 * Read, check and write: the whole round in two round trips. Cells holding
 * something Fördela did not write stop it unless `overwrite` says the user agreed.
 */
export async function computeRound(port: WorkbookPort, req: FlowRequest, overwrite: boolean, progress?: Progress): Promise<Committed & { preview: Preview }> {
  const preview = await previewRound(port, req, progress);
  // The workbook changed since the officer looked (a value, the table, the sheet): nothing is written, she looks again.
  if (req.expect !== undefined && previewKey(preview) !== req.expect) return { ok: false, changed: true, preview };
  if (!preview.ok) return { ok: false, errors: preview.errors, preview };
  const refused = writeRefusals(preview, port.structureLocked?.() ?? false, preview.tables.map((t) => t.sheet));
  if (refused.length > 0) return { ok: false, errors: refused, preview };
  if (preview.conflicts.length > 0 && !overwrite) return { ok: false, conflicts: preview.conflicts, preview };
  await progress?.("writing");
  await port.write(preview.plan, preview.record, preview.tables);
  return { ok: true, written: preview.plan.cells.length, preview };
}
