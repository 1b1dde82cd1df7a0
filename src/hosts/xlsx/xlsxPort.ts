import type ExcelJS from "exceljs";
import type { ReadRequest, WorkbookPort } from "../../app/port";
import type { SheetSnapshot } from "../../workbook/cell";
import type { WritePlan } from "../../workbook/planWrite";
import type { RecordCell } from "../../workbook/recordSheet";
import { applyPlan, writeRecord } from "./applyPlan";
import { sheetSnapshot } from "./snapshot";

/** An .xlsx workbook in memory behind the port; saving it is the caller's (see xlsxFile). */
export class XlsxPort implements WorkbookPort {
  constructor(private readonly wb: ExcelJS.Workbook) {}

  async read(request: ReadRequest): Promise<SheetSnapshot[]> {
    void request; // a file in memory: every sheet costs nothing to hand over
    return this.wb.worksheets.map(sheetSnapshot);
  }

  async write(plan: WritePlan, record: { sheet: string; rows: RecordCell[][] }): Promise<void> {
    applyPlan(this.wb, plan);
    writeRecord(this.wb, record.sheet, record.rows);
  }
}
