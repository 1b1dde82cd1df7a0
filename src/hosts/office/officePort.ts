/// <reference types="office-js" />
import type { ReadRequest, WorkbookPort } from "../../app/port";
import { parseAddress, sameSheetName, type SheetSnapshot } from "../../workbook/sheet/cell";
import type { WritePlan } from "../../workbook/write/planWrite";
import type { OwnSheet } from "../../workbook/sheet/ownSheet";
import { WorkbookRefused } from "../../app/workbookRefused";
import { uses1904Dates } from "./dateSystem";
import { readCells, readLayout, type Extent } from "./readSheets";
import { writeOwnSheets, writeRuns, tooLongCell, WriteQueue } from "./writeSheets";

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

/** The workbook's sheet names as they are now (one round trip). */
async function sheetNamesNow(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/**
 * Excel's own error, said in the officer's language with Excel's words inside;
 * a refusal of Fördela's own stays as it is. The code "InvalidOperationInCellEditMode"
 * and the like stay readable on the error for tests and logs.
 */
function rethrow(e: unknown, code: "office.readFailed" | "office.writeFailed"): never {
  if (e instanceof WorkbookRefused) throw e;
  const excel = e as { message?: string; code?: string };
  throw Object.assign(WorkbookRefused.of(code, { detail: [excel.code, excel.message].filter(Boolean).join(": ") }), { code: excel.code });
}

/**
 * Excel through Office.js behind the port. The add-in's runtime lives as long
 * as the document, not the pane ("Runtimes in Office Add-ins",
 * learn.microsoft.com/office/dev/add-ins/testing/runtimes): sheets are added,
 * renamed and deleted between any two calls, and the active sheet changes. So
 * nothing about the workbook is kept from one call to the next: every read and
 * every write learns the sheets as they are in its own batch.
 */
export class OfficePort implements WorkbookPort {
  private structure = false;

  constructor(private readonly run: ExcelRun) {}

  /**
   * One batch: the sheets, the active sheet, the structure's protection and the
   * date system; then each sheet's used range and protection; then the cells,
   * in parts within Excel's request limit; then hidden rows and merged areas of
   * those ranges only. A sheet asked for by name that is not there is left out,
   * and the workbook logic says so.
   */
  async read(request: ReadRequest): Promise<SheetSnapshot[]> {
    return this.run((context) => this.readIn(context, request)).catch((e) => rethrow(e, "office.readFailed"));
  }

  private async readIn(context: Excel.RequestContext, request: ReadRequest): Promise<SheetSnapshot[]> {
    const wb = context.workbook;
    const sheets = wb.worksheets;
    sheets.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    wb.protection.load("protected");
    const date1904 = uses1904Dates(context);
    await context.sync();
    this.structure = wb.protection.protected;
    const names = sheets.items.map((s) => s.name);
    const find = (n: string) => names.find((k) => sameSheetName(k, n));
    const main = request.sheet === undefined ? active.name : find(request.sheet);
    // As Excel compares sheet names: case aside ("Fördela protokoll" and "fördela protokoll" are one sheet).
    const wanted = [main, ...request.alsoSheets.map(find)].filter((n): n is string => n !== undefined);
    const unique = wanted.filter((n, i) => wanted.findIndex((k) => sameSheetName(k, n)) === i);
    const targets = unique.map((name) => {
      const ws = sheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      ws.protection.load("protected");
      return { name, ws, used };
    });
    await context.sync();
    const sized = targets.map((t) => ({ ...t, extent: t.used.isNullObject ? null : ({ row: t.used.rowIndex, col: t.used.columnIndex, rows: t.used.rowCount, cols: t.used.columnCount } as Extent) }));
    const snapshots = await readCells(context, sized, date1904.value());
    await readLayout(context, sized, snapshots);
    snapshots.forEach((s, i) => (s.protected = targets[i].ws.protection.protected));
    return snapshots;
  }

  structureLocked(): boolean {
    return this.structure;
  }

  /**
   * Fördela's own sheets first, then the allocation cells, the last of them in
   * one sync: should Excel still refuse something (the flow checked protection
   * at the read, see `writeRefusals`), what stays written is a record without
   * amounts, never amounts without their record, and the next run finds that
   * record sheet by name and writes over it.
   */
  async write(plan: WritePlan, record: OwnSheet, extra: readonly OwnSheet[] = []): Promise<void> {
    const tooLong = tooLongCell(plan, [record, ...extra]);
    if (tooLong) throw WorkbookRefused.of("office.cellTooLong", tooLong);
    await this.run(async (context) => {
      const names = await sheetNamesNow(context);
      const target = names.find((n) => sameSheetName(n, plan.sheet));
      if (!target) throw WorkbookRefused.of("office.sheetGone", { sheet: plan.sheet });
      const queue = new WriteQueue(context);
      await writeOwnSheets(queue, context, names, [record, ...extra]);
      await writeRuns(queue, context.workbook.worksheets.getItem(target), plan.cells);
      await queue.flush();
    }).catch((e) => rethrow(e, "office.writeFailed"));
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
