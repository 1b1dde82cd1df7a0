import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

export const EXAMPLE = path.join(__dirname, "..", "..", "examples", "at-2024-handlaggning.xlsx");
export const SHEET = "Fördelning 2024";

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "fordela-test-"));
}

/** A copy of a bundled workbook (the 2024 AT one unless said) with one edit to its round's sheet, saved under a temp folder. */
export async function variant(edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => unknown, name = "variant.xlsx", from: { example: string; sheet: string } = { example: EXAMPLE, sheet: SHEET }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from.example);
  await edit(wb.getWorksheet(from.sheet) as ExcelJS.Worksheet, wb);
  const file = path.join(tempDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { log: (s) => (stdout += s + "\n"), err: (s) => (stderr += s + "\n") });
  return { code, stdout, stderr };
}

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
