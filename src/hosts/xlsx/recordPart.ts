import { columnLetter } from "../../workbook/sheet/cell";
import type { SheetLayout, RecordCell } from "../../workbook/sheet/ownSheet";
import { cellXml } from "./cellXml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WIDTHS: [number, number][] = [[1, 24], [2, 20], [6, 80], [7, 80]];

/**
 * A sheet of Fördela's own as a worksheet part: text inline, numbers with the
 * amount style (on the record sheet every number; on a table only its amount
 * columns), column widths, and for a table the page set up to print one page
 * wide (CT_Worksheet's order: sheetPr, dimension, cols, sheetData, pageMargins, pageSetup).
 */
export function recordSheetXml(rows: readonly RecordCell[][], amountStyle: number, layout?: SheetLayout, ns = MAIN_NS): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const amount = (c: number) => !layout || layout.amountCols.includes(c);
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((v, c) => (v === null || v === undefined ? "" : cellXml("", `${columnLetter(c)}${r + 1}`, v, typeof v === "number" && amount(c) ? amountStyle : null))).join("");
      return xml ? `<row r="${r + 1}">${xml}</row>` : "";
    })
    .join("");
  const widths: [number, number][] = layout ? layout.widths.map((w, i) => [i + 1, w]) : WIDTHS;
  const cols = widths.map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`).join("");
  const dim = `A1:${columnLetter(width - 1)}${Math.max(1, rows.length)}`;
  const fit = layout?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
  // A4 (paperSize 9), one page wide and as many down as needed (fitToHeight 0).
  const page = layout
    ? `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${layout.landscape ? "landscape" : "portrait"}"${layout.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : ""}/>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}">${fit}<dimension ref="${dim}"/><cols>${cols}</cols><sheetData>${body}</sheetData>${page}</worksheet>`;
}
