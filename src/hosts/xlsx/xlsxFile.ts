import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await fs.readFile(file));
  return wb;
}

/** Writes to a temporary file beside the target, then renames: the target is whole or untouched. */
export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.fordela-${process.pid}.tmp`;
  await fs.writeFile(tmp, buffer);
  await fs.rename(tmp, file);
}
