import { columnIndex, columnLetter } from "../../workbook/sheet/cell";
import { attr, child, childElements, foreignChildren, parseXml, XmlError, type XmlElement } from "./xml";
import { WorkbookRefused } from "../../app/workbookRefused";
import { spreadsheetRoot } from "./partRoot";

export interface CellNode {
  el: XmlElement;
  /** 0-based. */
  row: number;
  col: number;
  /** Written with an `r` attribute (some writers omit it; then position counts). */
  hasRef: boolean;
}

export interface RowNode {
  el: XmlElement;
  row: number;
  hasRef: boolean;
  cells: CellNode[];
}

/** A worksheet part, parsed, with its rows and cells where the file puts them. */
export interface SheetXml {
  text: string;
  root: XmlElement;
  sheetData: XmlElement;
  rows: RowNode[];
}

/** The last row and column a worksheet can have (ECMA-376 part 1, 18.3.1.73 and 18.3.1.4: 1 048 576 rows, XFD). */
export const LAST_ROW = 1048575;
export const LAST_COL = 16383;

/** "H5" → [4, 7]; null when it is not a cell reference. */
export function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? [Number(m[2]) - 1, columnIndex(m[1]) as number] : null;
}

/** A row's `r` as ST_RowNumber-like xsd:unsignedInt allows, within the sheet: digits only, 1…1 048 576. */
function rowNumber(text: string): number | null {
  const t = text.trim();
  if (!/^\+?[0-9]{1,7}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= LAST_ROW + 1 ? n - 1 : null;
}

/** A cell's `r` (ST_CellRef): column letters, then the row's own number; [row, col] or null. */
function cellName(text: string): [number, number] | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(text);
  if (!m) return null;
  const col = columnIndex(m[1]) as number;
  const row = Number(m[2]) - 1;
  return col <= LAST_COL && row <= LAST_ROW ? [row, col] : null;
}

function refuseForeign(el: XmlElement, sheet: string): void {
  const alien = foreignChildren(el)[0];
  if (alien) throw WorkbookRefused.of("file.foreignElement", { sheet, element: alien.name, ns: alien.ns || "–" });
}

/**
 * Parses a worksheet part and places every row and cell where a spreadsheet
 * program puts it: at its `r` (or, without one, after the one before), which
 * must be in the standard's grammar, on its own row and in ascending order.
 * A cell in a foreign namespace that is not declared ignorable is refused;
 * one that is ignorable is not a cell (ISO/IEC 29500-3).
 */
export function parseSheetXml(text: string, part: string, sheet = part): SheetXml {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    throw new XmlError(`the sheet file ${part} is damaged: ${(e as Error).message}`);
  }
  spreadsheetRoot(root, part, "worksheet");
  const sheetData = child(root, "sheetData");
  if (!sheetData) throw new XmlError(`the sheet file ${part} has no cells part (sheetData)`);
  refuseForeign(sheetData, sheet);
  const rows: RowNode[] = [];
  let lastRow = -1;
  for (const el of childElements(sheetData)) {
    if (el.ns !== sheetData.ns || el.local !== "row") continue; // ignorable content
    const r = attr(el, "r");
    const row = r === undefined ? lastRow + 1 : rowNumber(r);
    if (row === null || row <= lastRow || row > LAST_ROW) throw WorkbookRefused.of("file.badRowNumber", { sheet, value: r ?? String(lastRow + 2) });
    lastRow = row;
    refuseForeign(el, sheet);
    let lastCol = -1;
    const cells: CellNode[] = [];
    for (const c of childElements(el)) {
      if (c.ns !== el.ns || c.local !== "c") continue;
      refuseForeign(c, sheet);
      const ref = attr(c, "r");
      const at: [number, number] | null = ref === undefined ? [row, lastCol + 1] : cellName(ref);
      if (!at || at[0] !== row || at[1] <= lastCol || at[1] > LAST_COL) throw WorkbookRefused.of("file.badCellRef", { sheet, row: row + 1, value: ref ?? `${columnLetter(Math.min(lastCol + 1, LAST_COL))}${row + 1}` });
      lastCol = at[1];
      cells.push({ el: c, row, col: at[1], hasRef: ref !== undefined });
    }
    rows.push({ el, row, hasRef: r !== undefined, cells });
  }
  return { text, root, sheetData, rows };
}
