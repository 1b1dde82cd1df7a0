import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { checkSheetSizes } from "./sheetDimensions";
import { WorkbookRefused, checkFileSize, partsARewriteDrops, zipEntries } from "./zipGuard";

/** Reads a workbook after checking its bytes: no workbook, a zip bomb or a huge sheet is refused first. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return (await readXlsx(file)).wb;
}

/** The workbook, and what a rewrite of it would lose (charts, pivot tables, …). */
export async function readXlsx(file: string): Promise<{ wb: ExcelJS.Workbook; dropped: string[] }> {
  // The size first, so that a huge file is refused without being read into memory.
  checkFileSize((await fs.stat(file)).size);
  const bytes = await fs.readFile(file);
  const entries = zipEntries(bytes);
  checkSheetSizes(bytes, entries);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookRefused(`the workbook cannot be read: ${(e as Error).message}`);
  }
  return { wb, dropped: partsARewriteDrops(entries) };
}

function writeProblem(file: string, e: NodeJS.ErrnoException): Error {
  if (e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS") return new WorkbookRefused(`${file} cannot be written (it or its folder is read-only); nothing was written`);
  if (e.code === "EBUSY") return new WorkbookRefused(`${file} is open in another program (close it in Excel); nothing was written`);
  return e;
}

/** Writes to a temporary file beside the target, then renames: the target is whole or untouched. */
export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.fordela-${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    // A file marked read-only is not overwritten, even by a user (root) whom the system would let.
    const stat = await fs.stat(file).catch(() => null);
    if (stat && (stat.mode & 0o222) === 0) throw Object.assign(new Error("read-only"), { code: "EACCES" });
    await fs.writeFile(tmp, buffer);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw writeProblem(file, e as NodeJS.ErrnoException);
  }
}
