import type ExcelJS from "exceljs";
import type { WritePlan } from "../../workbook/planWrite";
import type { RecordCell } from "../../workbook/recordSheet";

/** Writes the planned allocation cells, and only those, into the sheet. */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`sheet ${plan.sheet} vanished`);
  for (const w of plan.cells) {
    const cell = ws.getCell(w.row + 1, w.col + 1);
    cell.value = w.value;
    // exceljs may share one style object between cells: give this cell its own.
    if (w.numFmt) cell.style = { ...cell.style, numFmt: w.numFmt };
  }
}

/** Replaces the record sheet's contents (keeping its place among the sheets), or adds it. */
export function writeRecord(wb: ExcelJS.Workbook, name: string, rows: RecordCell[][]): void {
  const existing = wb.getWorksheet(name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(name);
  rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v === null) return;
      // A string stays text in exceljs (formulas are objects), so "=HYPERLINK(…)" from a cell is never run.
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 20;
  ws.getColumn(6).width = 80;
  ws.getColumn(7).width = 80;
}
