import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";

/**
 * The bundled 2024 workbook plus a sheet of 290 rows, one per municipality, with
 * 12 monthly columns of made-up figures: what an officer's workbook grows into.
 */
export async function municipalityWorkbook(example: string, file: string): Promise<void> {
  copyFileSync(example, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet("Kommuner");
  ws.addRow(["Kommunernas månadsuppgifter – PÅHITTADE VÄRDEN för benchmark"]);
  ws.addRow(["Kommun", "Län", ...["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"].map((m) => `${m} 2024`)]);
  let seed = 290;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let k = 1; k <= 290; k++) ws.addRow([`Kommun ${k}`, `Län ${1 + (k % 21)}`, ...Array.from({ length: 12 }, () => Math.round(rand() * 1000) / 10)]);
  await wb.xlsx.writeFile(file);
}
