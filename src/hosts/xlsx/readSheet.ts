import type { MessageCode } from "../../messages/catalog";
import { msg } from "../../messages/message";
import { serialToIso } from "../../workbook/sheet/dates";
import { NOT_COMPUTED, cellAddress, type CellValue, type SheetSnapshot } from "../../workbook/sheet/cell";
import { shiftFormula } from "./formulaRefs";
import { lowerBound } from "./lowerBound";
import { checkSheetExtent } from "./sheetSize";
import { cellRef, type CellNode, type SheetXml } from "./sheetXml";
import type { Styles } from "./styles";
import { attr, child, childElements, childrenOf, type XmlElement } from "./xml";
import { WorkbookRefused } from "../../app/workbookRefused";

/** OOXML writes characters XML cannot hold as _xHHHH_, and a literal "_x" as _x005F_x (ECMA-376 part 1, 22.9.2.19). */
export function decodeOoxmlText(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * A string item (<si> or <is>, CT_Rst): its whole text, plain <t> and rich-text
 * runs joined in their order as Excel shows them, phonetic runs left out
 * (ECMA-376 part 1, 18.4.8).
 */
export function stringItem(el: XmlElement): string {
  let text = "";
  for (const part of childElements(el)) {
    if (part.ns !== el.ns) continue;
    if (part.local === "t") text += decodeOoxmlText(part.text);
    else if (part.local === "r") text += decodeOoxmlText(child(part, "t")?.text ?? "");
  }
  return text;
}

/** xsd:double's lexical form (XML Schema part 2, 3.2.5), without INF and NaN, which no cell holds: no hex, no binary, no blanks inside. */
const XSD_DOUBLE = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

export interface SheetContext {
  /** The sheet's name, for the cell a refusal names. */
  sheet: string;
  strings: readonly string[];
  styles: Styles;
  date1904: boolean;
}

interface Shared {
  text: string;
  row: number;
  col: number;
}

/** A shared formula's text as it applies to each cell that shares it. */
function formulaOf(f: XmlElement | undefined, cell: CellNode, shared: Map<string, Shared>): string | null {
  if (!f) return null;
  const si = attr(f, "si");
  if (attr(f, "t") === "shared" && si !== undefined) {
    if (f.text.trim() !== "") {
      shared.set(si, { text: f.text, row: cell.row, col: cell.col });
      return f.text;
    }
    const master = shared.get(si);
    return master ? shiftFormula(master.text, cell.row - master.row, cell.col - master.col) : null;
  }
  return f.text === "" && attr(f, "t") !== "array" ? null : f.text;
}

function refused(cell: CellNode, ctx: SheetContext, value: string, kind: MessageCode): WorkbookRefused {
  return WorkbookRefused.of("file.badCellValue", { cell: cellAddress(ctx.sheet, cell.row, cell.col), value: value.slice(0, 40), kind: msg(kind) });
}

function valueOf(cell: CellNode, formula: string | null, ctx: SheetContext): CellValue {
  const el = cell.el;
  const t = (attr(el, "t") ?? "n").trim();
  if (t === "inlineStr") {
    const is = child(el, "is");
    return is ? stringItem(is) : null;
  }
  const v = child(el, "v");
  if (!v) return formula !== null ? { error: NOT_COMPUTED } : null;
  const text = v.text;
  switch (t) {
    case "s": {
      // xsd:unsignedInt, and an item the list has: "1.3e1" or an index past the end is no text any program shows.
      const i = /^\s*[0-9]{1,10}\s*$/.test(text) ? Number(text) : -1;
      if (i < 0 || i >= ctx.strings.length) throw refused(cell, ctx, text, "file.kind.sharedString");
      return ctx.strings[i];
    }
    case "str":
      return decodeOoxmlText(text);
    case "b": {
      const b = text.trim();
      if (b !== "0" && b !== "1" && b !== "true" && b !== "false") throw refused(cell, ctx, text, "file.kind.boolean");
      return b === "1" || b === "true";
    }
    case "e":
      return { error: text.trim() };
    case "d": {
      const d = text.trim();
      if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}(T|$)/.test(d)) throw refused(cell, ctx, text, "file.kind.date");
      return d.slice(0, 10);
    }
    case "n": {
      const v = text.trim();
      if (v === "") return formula !== null ? { error: NOT_COMPUTED } : null;
      const n = XSD_DOUBLE.test(v) ? Number(v) : NaN;
      if (!Number.isFinite(n)) throw refused(cell, ctx, text, "file.kind.number");
      return ctx.styles.isDate(Number(attr(el, "s") ?? 0)) ? serialToIso(n, ctx.date1904) : n;
    }
    default:
      throw refused(cell, ctx, t, "file.kind.cellType");
  }
}


function flag(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** A worksheet as the plain 2-D arrays the workbook logic reads, as Office.js would give them. */
export function sheetSnapshot(name: string, sheet: SheetXml, ctx: SheetContext): SheetSnapshot {
  // The extent is where cells are, never what <dimension> declares (Gnumeric declares A1:XFD1048576).
  checkSheetExtent(name, sheet);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const shared = new Map<string, Shared>();
  const hiddenRows: number[] = [];
  for (const row of sheet.rows) {
    if (flag(attr(row.el, "hidden"))) hiddenRows.push(row.row);
    if (!row.cells.length) continue;
    const vals: CellValue[] = (values[row.row] ??= []);
    const forms: (string | null)[] = (formulas[row.row] ??= []);
    for (const cell of row.cells) {
      const formula = formulaOf(child(cell.el, "f"), cell, shared);
      vals[cell.col] = valueOf(cell, formula, ctx);
      forms[cell.col] = formula === null ? null : `=${formula}`;
    }
  }
  const mergeCells = child(sheet.root, "mergeCells");
  const merges = (mergeCells ? childrenOf(mergeCells, "mergeCell") : []).map((m) => attr(m, "ref") ?? "").filter(Boolean);
  // Office.js gives a merged range's value in its top-left cell only; so do we. Only rows present are
  // visited (found by binary search), and only their cells: a merged area's size costs nothing.
  const present = sheet.rows.filter((r) => r.cells.length).map((r) => r.row);
  for (const ref of merges) {
    const [a, b] = ref.split(":").map(cellRef);
    if (!a || !b) continue;
    for (let k = lowerBound(present, a[0]); k < present.length && present[k] <= b[0]; k++) {
      const r = present[k];
      const row = values[r];
      for (let c = a[1]; c <= Math.min(b[1], row.length - 1); c++) if ((r !== a[0] || c !== a[1]) && row[c] !== undefined) row[c] = null;
    }
  }
  const protection = child(sheet.root, "sheetProtection");
  const dense = <T>(rows: T[][]): T[][] => Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? (null as T)));
  return { name, values: dense(values), formulas: dense(formulas), merges, hiddenRows, protected: protection ? flag(attr(protection, "sheet")) : false };
}
