import { columnLetter } from "../../workbook/cell";
import type { RecordCell } from "../../workbook/recordSheet";
import { cellXml } from "./cellXml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WIDTHS: [number, number][] = [[1, 24], [2, 20], [6, 80], [7, 80]];

/** The record sheet as a worksheet part of its own: text inline, numbers with the amount style. */
export function recordSheetXml(rows: readonly RecordCell[][], amountStyle: number, ns = MAIN_NS): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((v, c) => (v === null || v === undefined ? "" : cellXml("", `${columnLetter(c)}${r + 1}`, v, typeof v === "number" ? amountStyle : null))).join("");
      return xml ? `<row r="${r + 1}">${xml}</row>` : "";
    })
    .join("");
  const cols = WIDTHS.map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`).join("");
  const dim = `A1:${columnLetter(width - 1)}${Math.max(1, rows.length)}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><dimension ref="${dim}"/><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
}
