import type { WritePlan } from "../workbook/write/planWrite";
import type { WorkbookPort } from "./port";
import { previewRound, type FlowRequest, type Preview, type Progress } from "./roundFlow";
import { ownSheetRefusals } from "./writeRefusals";

/** The sheets written, or none: then the preview says why (its errors, with their sheets). */
export interface PrintSheets {
  written: string[];
  preview: Preview;
}

/**
 * Print where the host cannot (Excel for Mac ignores `window.print()` in an add-in, office-js
 * #3385): the decision's tables, Bilaga and Rangordning, written as the sheets Compute writes
 * when they are ticked, each fitted to one page for Excel's own print. The same read and the
 * same refusals: an officer's own sheet of that name is never replaced, a protected one or a
 * locked structure stops it before anything is written. No allocation cell and no record sheet
 * are written: printing changes nothing else in the workbook.
 */
export async function writePrintSheets(port: WorkbookPort, req: FlowRequest, progress?: Progress): Promise<PrintSheets> {
  const preview = await previewRound(port, { ...req, tables: true }, progress);
  if (!preview.ok) return { written: [], preview };
  const sheets = preview.tables.map((t) => t.sheet);
  const refused = ownSheetRefusals(preview.sheets, sheets, port.structureLocked?.() ?? false);
  // Shown as the preview's errors, as a sheet of the officer's in the way is.
  if (refused.length > 0) return { written: [], preview: { ok: false, errors: refused, warnings: preview.warnings, sheets: preview.sheets, table: preview.table } };
  await progress?.("writing");
  // The port writes whole sheets with a plan; this plan writes no cell of the officer's table.
  const nothing: WritePlan = { ...preview.plan, cells: [], overwrites: [] };
  const [first, ...rest] = preview.tables;
  await port.write(nothing, first, rest);
  return { written: sheets, preview };
}
