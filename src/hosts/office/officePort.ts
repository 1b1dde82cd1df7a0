/// <reference types="office-js" />
import type { ReadRequest, WorkbookPort } from "../../app/port";
import { parseAddress, type SheetSnapshot } from "../../workbook/cell";
import type { WritePlan } from "../../workbook/planWrite";
import type { RecordCell } from "../../workbook/recordSheet";
import { columnWrites, recordRange, snapshotFromRange } from "./officeRanges";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const LOAD = ["values", "formulas", "numberFormat", "rowIndex", "columnIndex"];

/**
 * Excel through Office.js behind the port: one context.sync() to read, one to
 * write, whatever the size of the table. Sheets are only named when known to
 * exist (from `refreshSheetNames`), so no read depends on a missing sheet.
 */
export class OfficePort implements WorkbookPort {
  private names: string[] | null = null;
  private read_: Map<string, SheetSnapshot> = new Map();

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
    const known = new Set(this.names);
    const extra = request.alsoSheets.filter((n) => known.has(n) && n !== request.sheet);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const main = request.sheet ? sheets.getItem(request.sheet) : sheets.getActiveWorksheet();
      main.load("name");
      main.protection.load("protected");
      const targets = [main, ...extra.map((n) => sheets.getItem(n))].map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load(LOAD);
        return { ws, range };
      });
      await context.sync();
      const snapshots = targets.map(({ ws, range }, i) => snapshotFromRange(i === 0 ? ws.name : extra[i - 1], range.isNullObject ? null : range));
      snapshots[0].protected = main.protection.protected;
      this.read_ = new Map(snapshots.map((s) => [s.name, s]));
      return snapshots.filter((s, i) => i === 0 || s.name !== snapshots[0].name);
    });
  }

  async write(plan: WritePlan, record: { sheet: string; rows: RecordCell[][] }): Promise<void> {
    const sheet = this.read_.get(plan.sheet);
    if (!sheet) throw new Error(`the sheet ${plan.sheet} was not read before writing`);
    const recordExists = (this.names ?? []).includes(record.sheet);
    await this.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const sheets = context.workbook.worksheets;
      const target = sheets.getItem(plan.sheet);
      for (const w of columnWrites(plan.cells, sheet)) {
        const range = target.getRangeByIndexes(w.firstRow, w.col, w.values.length, 1);
        range.numberFormat = w.numberFormat;
        range.values = w.values as unknown[][];
      }
      const rec = recordExists ? sheets.getItem(record.sheet) : sheets.add(record.sheet);
      if (recordExists) rec.getRange().clear();
      const body = recordRange(record.rows);
      const range = rec.getRangeByIndexes(0, 0, body.values.length, body.values[0].length);
      range.numberFormat = body.numberFormat;
      range.values = body.values;
      await context.sync();
    });
    if (!recordExists) this.names = [...(this.names ?? []), record.sheet];
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
