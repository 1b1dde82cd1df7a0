/// <reference types="office-js" />
import type { ReadRequest, WorkbookPort } from "../../app/port";
import { parseAddress, sameSheetName, type SheetSnapshot } from "../../workbook/cell";
import type { WritePlan } from "../../workbook/planWrite";
import type { OwnSheet, SheetLayout } from "../../workbook/ownSheet";
import { areasOf, columnWrites, hiddenRows, recordRange, snapshotFromRange } from "./officeRanges";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the port needs of the `Excel` namespace: `run` with options (ExcelApi 1.11). */
export interface ExcelHost {
  run<T>(options: { delayForCellEdit: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Every batch with `delayForCellEdit`: without it, each call fails while the
 * user is typing in a cell (office-js #3388, #856); with it, Excel runs the
 * batch when the edit ends.
 */
export function officeRun(excel: ExcelHost): ExcelRun {
  return (batch) => excel.run({ delayForCellEdit: true }, batch);
}


/**
 * Excel through Office.js behind the port: one context.sync() to read, one to
 * write, whatever the size of the table. Sheets are only named when known to
 * exist (from `refreshSheetNames`), so no read depends on a missing sheet.
 */
export class OfficePort implements WorkbookPort {
  private names: string[] | null = null;
  private read_: Map<string, SheetSnapshot> = new Map();
  private structure = false;

  constructor(private readonly run: ExcelRun) {}

  /** The workbook's sheet names: the taskpane loads them when it opens (a round trip of its own). */
  async refreshSheetNames(): Promise<string[]> {
    this.names = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    return this.names;
  }

  sheetNames(): string[] {
    return this.names ?? [];
  }

  async read(request: ReadRequest): Promise<SheetSnapshot[]> {
    if (!this.names) await this.refreshSheetNames();
    try {
      return await this.readOnce(request);
    } catch (e) {
      // A sheet renamed or deleted since the names were loaded: learn them again, once.
      if ((e as { code?: string }).code !== "ItemNotFound") throw e;
      await this.refreshSheetNames();
      return this.readOnce(request);
    }
  }

  private readOnce(request: ReadRequest): Promise<SheetSnapshot[]> {
    const names = this.names ?? [];
    // As Excel compares sheet names: case aside ("Fördela protokoll" and "fördela protokoll" are one sheet).
    const extra = request.alsoSheets.flatMap((n) => names.find((k) => sameSheetName(k, n)) ?? []).filter((n) => !request.sheet || !sameSheetName(n, request.sheet));
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const main = request.sheet ? sheets.getItem(request.sheet) : sheets.getActiveWorksheet();
      main.load("name");
      // Everything a write can fail on, read now: each sheet's protection and the workbook's structure.
      const structure = context.workbook.protection;
      structure.load("protected");
      const targets = [main, ...extra.map((n) => sheets.getItem(n))].map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load(["values", "formulas", "numberFormat", "rowIndex", "columnIndex"]);
        ws.protection.load("protected");
        // Hidden and filtered-out rows (the gaps among the sheet's visible cells, ExcelApi 1.9) and
        // merged ranges (ExcelApi 1.13), as the .xlsx host reads them, for the same warnings.
        const visible = ws.getRange().getSpecialCellsOrNullObject("Visible");
        visible.load("address");
        const merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load("address");
        return { ws, range, visible, merged };
      });
      await context.sync();
      this.structure = structure.protected;
      const snapshots = targets.map(({ ws, range, visible, merged }, i) => {
        const snapshot = snapshotFromRange(i === 0 ? ws.name : extra[i - 1], range.isNullObject ? null : range);
        const areas = (a: { isNullObject: boolean; address: string }) => (a.isNullObject ? [] : areasOf(a.address));
        return { ...snapshot, protected: ws.protection.protected, hiddenRows: hiddenRows(areas(visible), snapshot.values.length), merges: areas(merged) };
      });
      this.read_ = new Map(snapshots.map((s) => [s.name, s]));
      return snapshots.filter((s, i) => i === 0 || s.name !== snapshots[0].name);
    });
  }

  structureLocked(): boolean {
    return this.structure;
  }

  /**
   * The record sheet first, then the allocation cells, in one batch: should
   * Excel still refuse something (the flow checked protection at the read,
   * see `writeRefusals`), what stays written is a record without amounts,
   * never amounts without their record.
   */
  async write(plan: WritePlan, record: OwnSheet, extra: readonly OwnSheet[] = []): Promise<void> {
    const sheet = this.read_.get(plan.sheet);
    if (!sheet) throw new Error(`the sheet ${plan.sheet} was not read before writing`);
    const own = [record, ...extra].map((s) => ({ s, existing: (this.names ?? []).find((n) => sameSheetName(n, s.sheet)) }));
    await this.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const sheets = context.workbook.worksheets;
      for (const { s, existing } of own) {
        const ws = existing ? sheets.getItem(existing) : sheets.add(s.sheet);
        if (existing) ws.getRange().clear();
        const body = recordRange(s.rows, s.layout);
        const range = ws.getRangeByIndexes(0, 0, body.values.length, body.values[0].length);
        range.numberFormat = body.numberFormat;
        range.values = body.values;
        if (s.layout) layOut(ws, s.layout);
      }
      const target = sheets.getItem(plan.sheet);
      for (const w of columnWrites(plan.cells, sheet)) {
        const cells = target.getRangeByIndexes(w.firstRow, w.col, w.values.length, 1);
        cells.numberFormat = w.numberFormat;
        cells.values = w.values as unknown[][];
      }
      await context.sync();
    });
    for (const { s, existing } of own) if (!existing) this.names = [...(this.names ?? []), s.sheet];
  }

  /** Selects a cell named by an error ("'Fördelning 2024'!D14"), so the officer sees it. */
  async select(address: string): Promise<void> {
    const at = parseAddress(address);
    if (!at) return;
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(at.sheet);
      ws.activate();
      ws.getRangeByIndexes(at.row, at.col, 1, 1).select();
      await context.sync();
    });
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
