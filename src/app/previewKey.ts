import type { Preview } from "./flowRequest";

/**
 * What the officer was shown, as one string: the sheet and table, every amount
 * to be written where, and every cell that would be asked about; or the
 * problems. Compute writes only while the workbook still gives the same: in
 * Excel, the sheet, its values or the active sheet may change between the
 * preview and the click (the runtime lives as long as the document).
 */
export function previewKey(p: Preview): string {
  if (!p.ok) return JSON.stringify(["refused", p.errors.map((e) => [e.code, e.address])]);
  return JSON.stringify([p.plan.sheet, p.table.headerRow, p.plan.cells.map((c) => [c.row, c.col, c.value]), p.conflicts.map((c) => c.address), p.tables.map((t) => t.sheet)]);
}
