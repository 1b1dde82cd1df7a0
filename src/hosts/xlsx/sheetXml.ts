import { columnIndex } from "../../workbook/cell";
import { attr, child, childrenOf, parseXml, XmlError, type XmlElement } from "./xml";

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

/** "H5" → [4, 7]; null when it is not a cell reference. */
export function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? [Number(m[2]) - 1, columnIndex(m[1]) as number] : null;
}

export function parseSheetXml(text: string, name: string): SheetXml {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    throw new XmlError(`the sheet file ${name} is damaged: ${(e as Error).message}`);
  }
  const sheetData = child(root, "sheetData");
  if (!sheetData) throw new XmlError(`the sheet file ${name} has no cells part (sheetData)`);
  const rows: RowNode[] = [];
  let lastRow = -1;
  for (const el of childrenOf(sheetData, "row")) {
    const r = attr(el, "r");
    const row = r ? Number(r) - 1 : lastRow + 1;
    lastRow = row;
    let lastCol = -1;
    const cells: CellNode[] = childrenOf(el, "c").map((c) => {
      const ref = attr(c, "r");
      const at = ref ? cellRef(ref) : null;
      const col = at ? at[1] : lastCol + 1;
      lastCol = col;
      return { el: c, row, col, hasRef: Boolean(at) };
    });
    rows.push({ el, row, hasRef: Boolean(r), cells });
  }
  return { text, root, sheetData, rows };
}
