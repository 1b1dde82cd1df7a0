import { columnLetter } from "../../workbook/sheet/cell";
import type { SheetXml } from "./sheetXml";
import { WorkbookRefused } from "../../app/workbookRefused";

/** Fördela reads tables of regions: a sheet far larger than that is refused. */
export const MAX_SHEET_ROWS = 20000;
/** The cells a sheet's rows span together (what the 2-D arrays hold), to keep memory bounded. */
export const MAX_SHEET_AREA = 4_000_000;
/**
 * XML elements in all sheets, shared strings and styles together, counted before any is
 * parsed: a parsed element costs some hundred bytes, so this keeps a workbook
 * read in about 300 MB (about a quarter of a million cells).
 */
export const MAX_ELEMENTS = 500_000;

/**
 * Start tags and other markup in a part, counted in its bytes without decoding
 * or parsing it ('<' can appear nowhere else in XML, and is one byte in UTF-8):
 * a workbook refused for its size costs no more memory than its unpacked parts.
 */
export function markupCount(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x3c); i >= 0; i = bytes.indexOf(0x3c, i + 1)) n++;
  return n;
}

/** Refuses a workbook whose sheets and texts would take more than MAX_ELEMENTS elements to read. */
export function checkElementBudget(parts: readonly (Uint8Array | null)[], limit = MAX_ELEMENTS): void {
  // Each element is a start tag and an end tag (or one empty-element tag): '<' counts at most twice per element.
  const count = Math.ceil(parts.reduce((sum, b) => sum + (b ? markupCount(b) : 0), 0) / 2);
  if (count > limit) throw WorkbookRefused.of("file.tooManyElements", { count, limit });
}

/**
 * Refuses a sheet whose cells (not its declared <dimension>) lie beyond
 * MAX_SHEET_ROWS rows, or whose rows together span more than MAX_SHEET_AREA cells.
 */
export function checkSheetExtent(sheet: string, xml: SheetXml, maxRows = MAX_SHEET_ROWS, maxArea = MAX_SHEET_AREA): void {
  let area = 0;
  let lastRow = -1;
  let lastCol = 0;
  for (const row of xml.rows) {
    if (!row.cells.length) continue;
    const width = row.cells[row.cells.length - 1].col + 1;
    area += width;
    lastRow = row.row;
    lastCol = Math.max(lastCol, width - 1);
  }
  if (lastRow + 1 > maxRows) throw WorkbookRefused.of("file.sheetTooLong", { sheet, rows: lastRow + 1, limit: maxRows });
  if (area > maxArea) throw WorkbookRefused.of("file.sheetTooWide", { sheet, count: area, last: `${columnLetter(lastCol)}`, limit: maxArea });
}
