/**
 * The stand-in Excel (fakeExcel.ts) filled from an .xlsx file read by exceljs:
 * kept apart so that the stand-in itself has no Node dependency and can run in
 * the browser under the built taskpane.
 */
import ExcelJS from "exceljs";
import { serialOf } from "./excelFunctions";
import type { Cell } from "./fakeCells";
import { FakeExcel } from "./fakeExcel";

/** 1 Jan 1904 is serial 1462 in the 1900 system: a 1904 workbook's serials are that much smaller ("Date systems in Excel", support.microsoft.com). */
const DAYS_1900_TO_1904 = 1462;

export async function excelFromXlsx(file: string): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return fromWorkbook(wb);
}

export async function excelFromBuffer(bytes: Uint8Array): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return fromWorkbook(wb);
}

function fromWorkbook(wb: ExcelJS.Workbook): FakeExcel {
  const fx = new FakeExcel();
  fx.date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  // How Excel stores a date: its serial day number in the workbook's date system (exceljs gives a Date at UTC midnight).
  const serialOfDate = (d: Date) => serialOf(d.toISOString().slice(0, 10)) - (fx.date1904 ? DAYS_1900_TO_1904 : 0);
  wb.eachSheet((ws) => {
    const cells: [number, number, Cell][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.isMerged && c.master.address !== c.address) return;
        const v = c.value as ExcelJS.CellValue;
        const formula = c.formula ? `=${c.formula}` : undefined;
        let value: unknown = v;
        if (v instanceof Date) value = serialOfDate(v);
        else if (v && typeof v === "object" && "error" in v) value = v.error;
        else if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) value = (v as { result?: unknown }).result ?? "";
        else if (v && typeof v === "object" && "richText" in v) value = v.richText.map((t) => t.text).join("");
        cells.push([r - 1, col - 1, { value, formula, numFmt: c.numFmt || "General" }]);
      }),
    );
    fx.addSheet(ws.name, cells);
    const hidden = new Set<number>();
    ws.eachRow({ includeEmpty: true }, (row, r) => void (row.hidden && hidden.add(r - 1)));
    fx.hidden.set(ws.name, hidden);
    fx.merges.set(ws.name, [...((ws.model as { merges?: string[] }).merges ?? [])]);
  });
  return fx;
}
