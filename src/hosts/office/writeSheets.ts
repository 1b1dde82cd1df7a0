/// <reference types="office-js" />
/**
 * Writing through Office.js within Excel's documented limits: each request
 * under the 5 MB payload limit (several syncs where Fördela's own sheets are
 * larger), no cell over 32 767 characters, and only the cells the plan writes
 * (a row it skips keeps its value and its number format).
 */
import { cellAddress, sameSheetName } from "../../workbook/sheet/cell";
import type { SheetLayout, OwnSheet } from "../../workbook/sheet/ownSheet";
import type { CellWrite, WritePlan } from "../../workbook/write/planWrite";
import { CELL_TEXT_LIMIT, PAYLOAD_LIMIT_BYTES } from "./officeLimits";
import { cellRuns, recordRange } from "./officeRanges";

/** Half the limit: Office.js sends values inside its own JSON envelope, which escapes them again. */
const WRITE_BUDGET_BYTES = PAYLOAD_LIMIT_BYTES / 2;
/** What a queued assignment costs besides its values: the range's address and the call. */
const OP_BYTES = 200;

const encoder = new TextEncoder();
const sizeOf = (...parts: unknown[]) => OP_BYTES + parts.reduce<number>((n, p) => n + encoder.encode(JSON.stringify(p)).length, 0);

/**
 * The batch's writes, synced before they would pass the request limit.
 * Calculation waits until the last sync (suspendApiCalculationUntilNextSync
 * holds for one sync only, so it is asked again after each).
 */
export class WriteQueue {
  private bytes = 0;

  constructor(private readonly context: Excel.RequestContext) {
    context.application.suspendApiCalculationUntilNextSync();
  }

  /** Makes room for a write of this size: syncs what is queued first if together they would be too large. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > WRITE_BUDGET_BYTES) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}

/** A cell of the plan or of Fördela's own sheets whose text Excel would not hold, or null. */
export function tooLongCell(plan: WritePlan, own: readonly OwnSheet[]): { cell: string; length: number } | null {
  for (const c of plan.cells) if (typeof c.value === "string" && c.value.length > CELL_TEXT_LIMIT) return { cell: cellAddress(plan.sheet, c.row, c.col), length: c.value.length };
  for (const s of own)
    for (const [r, row] of s.rows.entries())
      for (const [c, v] of row.entries()) if (typeof v === "string" && v.length > CELL_TEXT_LIMIT) return { cell: cellAddress(s.sheet, r, c), length: v.length };
  return null;
}

/** Rows grouped so that each group's values and formats stay within the write budget. */
function rowGroups(values: unknown[][], formats: unknown[][]): [number, number][] {
  const groups: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  values.forEach((row, r) => {
    const b = sizeOf(row, formats[r]);
    if (r > from && bytes + b > WRITE_BUDGET_BYTES - OP_BYTES) groups.push([from, r]), (from = r), (bytes = 0);
    bytes += b;
  });
  groups.push([from, values.length]);
  return groups;
}

/** Fördela's own sheets (the record sheet, the decision's tables): added, or cleared and written over, as the workbook names them now. */
export async function writeOwnSheets(queue: WriteQueue, context: Excel.RequestContext, names: readonly string[], own: readonly OwnSheet[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  for (const s of own) {
    const existing = names.find((n) => sameSheetName(n, s.sheet));
    await queue.room(OP_BYTES);
    const ws = existing ? sheets.getItem(existing) : sheets.add(s.sheet);
    if (existing) ws.getRange().clear();
    const body = recordRange(s.rows, s.layout);
    const width = body.values[0].length;
    for (const [from, to] of rowGroups(body.values, body.numberFormat)) {
      const values = body.values.slice(from, to);
      const numberFormat = body.numberFormat.slice(from, to);
      await queue.room(sizeOf(values, numberFormat));
      const range = ws.getRangeByIndexes(from, 0, to - from, width);
      range.numberFormat = numberFormat;
      range.values = values;
    }
    if (s.layout) layOut(ws, s.layout);
  }
}

/** The allocation cells, one range per run of adjacent rows in a column. */
export async function writeRuns(queue: WriteQueue, target: Excel.Worksheet, cells: readonly CellWrite[]): Promise<void> {
  for (const run of cellRuns(cells)) {
    await queue.room(sizeOf(run.values, run.numberFormat));
    const range = target.getRangeByIndexes(run.firstRow, run.col, run.values.length, 1);
    if (run.numberFormat) range.numberFormat = run.numberFormat;
    range.values = run.values;
  }
}

/**
 * A table sheet's column widths (Excel measures them in points here: about 5.7 per character
 * of the default font, plus the cell's padding) and its page: landscape or portrait, fitted to
 * one page wide and tall (PageLayoutZoomOptions, ExcelApi 1.9; a decision table is one page).
 */
function layOut(ws: Excel.Worksheet, layout: SheetLayout): void {
  layout.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 5.7 + 5)));
  ws.pageLayout.orientation = layout.landscape ? "Landscape" : "Portrait";
  if (layout.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
}
