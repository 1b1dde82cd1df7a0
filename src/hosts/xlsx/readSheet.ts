import { serialToIso } from "../../workbook/dates";
import { NOT_COMPUTED, type CellValue, type SheetSnapshot } from "../../workbook/cell";
import { shiftFormula } from "./formulaRefs";
import { cellRef, type CellNode, type SheetXml } from "./sheetXml";
import type { Styles } from "./styles";
import { attr, child, childrenOf, type XmlElement } from "./xml";

/** OOXML writes characters XML cannot hold as _xHHHH_, and a literal "_x" as _x005F_x (ECMA-376 part 1, 22.9.2.19). */
export function decodeOoxmlText(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** A string item (<si> or <is>): its text, rich-text runs joined, phonetic runs left out. */
export function stringItem(el: XmlElement): string {
  const t = child(el, "t");
  if (t) return decodeOoxmlText(t.text);
  return childrenOf(el, "r").map((r) => decodeOoxmlText(child(r, "t")?.text ?? "")).join("");
}

export interface SheetContext {
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

function valueOf(cell: CellNode, formula: string | null, ctx: SheetContext): CellValue {
  const el = cell.el;
  const t = attr(el, "t") ?? "n";
  if (t === "inlineStr") {
    const is = child(el, "is");
    return is ? stringItem(is) : null;
  }
  const v = child(el, "v");
  if (!v) return formula !== null ? { error: NOT_COMPUTED } : null;
  const text = v.text;
  switch (t) {
    case "s":
      return ctx.strings[Number(text)] ?? null;
    case "str":
      return decodeOoxmlText(text);
    case "b":
      return text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "e":
      return { error: text.trim() };
    case "d":
      return text.trim().slice(0, 10);
    default: {
      if (text.trim() === "") return formula !== null ? { error: NOT_COMPUTED } : null;
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      return ctx.styles.isDate(Number(attr(el, "s") ?? 0)) ? serialToIso(n, ctx.date1904) : n;
    }
  }
}

function flag(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** A worksheet as the plain 2-D arrays the workbook logic reads, as Office.js would give them. */
export function sheetSnapshot(name: string, sheet: SheetXml, ctx: SheetContext): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const shared = new Map<string, Shared>();
  const hiddenRows: number[] = [];
  for (const row of sheet.rows) {
    if (flag(attr(row.el, "hidden"))) hiddenRows.push(row.row);
    const vals: CellValue[] = (values[row.row] ??= []);
    const forms: (string | null)[] = (formulas[row.row] ??= []);
    for (const cell of row.cells) {
      const formula = formulaOf(child(cell.el, "f"), cell, shared);
      vals[cell.col] = valueOf(cell, formula, ctx);
      forms[cell.col] = formula === null ? null : `=${formula}`;
    }
  }
  const merges = childrenOf(child(sheet.root, "mergeCells") ?? sheet.root, "mergeCell").map((m) => attr(m, "ref") ?? "").filter(Boolean);
  // Office.js gives a merged range's value in its top-left cell only; so do we.
  for (const ref of merges) {
    const [a, b] = ref.split(":").map(cellRef);
    if (!a || !b) continue;
    for (let r = a[0]; r <= b[0]; r++) for (let c = a[1]; c <= b[1]; c++) if ((r !== a[0] || c !== a[1]) && values[r]?.[c] !== undefined) values[r][c] = null;
  }
  const protection = child(sheet.root, "sheetProtection");
  const dense = <T>(rows: T[][]): T[][] => Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? (null as T)));
  return { name, values: dense(values), formulas: dense(formulas), merges, hiddenRows, protected: protection ? flag(attr(protection, "sheet")) : false };
}
