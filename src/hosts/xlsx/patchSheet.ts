import { msg } from "../../messages/message";
import { cellAddress, columnLetter } from "../../workbook/sheet/cell";
import { cellXml } from "./cellXml";
import type { Edit } from "./edits";
import { shiftFormula } from "./formulaRefs";
import { cellRef, type CellNode, type RowNode, type SheetXml } from "./sheetXml";
import type { AmountStyles } from "./styles";
import { attr, child, childrenOf, escapeText, prefixOf, startTag } from "./xml";
import { WorkbookRefused } from "../../app/workbookRefused";

export interface CellPatch {
  row: number;
  col: number;
  value: number | string;
  /** Give the cell the amount format `#,##0` (keeping the rest of its look). */
  amount: boolean;
}

export interface SheetPatch {
  edits: Edit[];
  /** Written cells that held a formula before: Excel's calculation chain must forget them. */
  formulasReplaced: boolean;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** An array formula or data table covering a cell can only be replaced whole. */
function checkMultiCellFormulas(sheet: SheetXml, name: string, targets: Set<string>): void {
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      const f = child(cell.el, "f");
      const t = f && attr(f, "t");
      const ref = f && attr(f, "ref");
      if (!f || !ref || (t !== "array" && t !== "dataTable")) continue;
      const [a, b] = ref.split(":").map(cellRef);
      if (!a || !b) continue;
      // Counted from the written cells, never by walking the range (it may be the whole sheet).
      const [r1, r2, c1, c2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1])];
      let inside = 0;
      for (const k of targets) {
        const [r, c] = k.split(":").map(Number);
        if (r >= r1 && r <= r2 && c >= c1 && c <= c2) inside++;
      }
      const some = inside > 0;
      const all = inside === (r2 - r1 + 1) * (c2 - c1 + 1);
      if (some && !all) throw WorkbookRefused.of("file.partialArray", { cell: cellAddress(name, cell.row, cell.col), kind: msg(t === "array" ? "file.arrayFormula" : "file.dataTable"), range: ref });
    }
  }
}

/**
 * Cells sharing a formula whose first cell (which holds its text) is replaced
 * get the formula written out in full, so they keep computing the same thing.
 */
function orphanedSharedFormulas(sheet: SheetXml, targets: Set<string>, edits: Edit[]): void {
  const masters = new Map<string, { text: string; row: number; col: number }>();
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      const f = child(cell.el, "f");
      if (!f || attr(f, "t") !== "shared") continue;
      const si = attr(f, "si") as string;
      if (f.text.trim() !== "") {
        if (targets.has(key(cell.row, cell.col))) masters.set(si, { text: f.text, row: cell.row, col: cell.col });
      } else if (masters.has(si) && !targets.has(key(cell.row, cell.col))) {
        const m = masters.get(si) as { text: string; row: number; col: number };
        const p = prefixOf(f);
        edits.push({ start: f.start, end: f.end, text: `<${p}f>${escapeText(shiftFormula(m.text, cell.row - m.row, cell.col - m.col))}</${p}f>` });
      }
    }
  }
}

/**
 * The style a cell not yet in the file shows with, as Excel gives it one when
 * typed into: its row's (a row with customFormat) or else its column's
 * (ECMA-376 part 1, 18.3.1.73 row s, 18.3.1.13 col style). A new amount keeps that look.
 */
function emptyCellLook(sheet: SheetXml): (row: number, col: number) => number {
  const rowStyles = new Map<number, number>();
  for (const r of sheet.rows) if (attr(r.el, "customFormat") === "1" || attr(r.el, "customFormat") === "true") rowStyles.set(r.row, Number(attr(r.el, "s") ?? 0));
  const cols = child(sheet.root, "cols");
  const colStyles = (cols ? childrenOf(cols, "col") : []).map((c) => ({ min: Number(attr(c, "min")) - 1, max: Number(attr(c, "max")) - 1, style: Number(attr(c, "style") ?? 0) }));
  return (row, col) => rowStyles.get(row) ?? colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}

function spansWith(row: RowNode, cols: number[]): string | null {
  const spans = attr(row.el, "spans");
  if (spans === undefined) return null;
  const m = /^(\d+):(\d+)$/.exec(spans.trim());
  if (!m) return null; // a list of spans: a hint Excel rebuilds; leave it
  const lo = Math.min(Number(m[1]), ...cols.map((c) => c + 1));
  const hi = Math.max(Number(m[2]), ...cols.map((c) => c + 1));
  return `${lo}:${hi}`;
}

/**
 * The edits that write `patches` into a worksheet and change nothing else:
 * each target <c> replaced whole, missing cells and rows inserted in order,
 * the <dimension> widened. Every other byte of the part stays as it was.
 */
export function patchSheet(sheet: SheetXml, name: string, patches: readonly CellPatch[], styles: AmountStyles): SheetPatch {
  const edits: Edit[] = [];
  const targets = new Set(patches.map((p) => key(p.row, p.col)));
  checkMultiCellFormulas(sheet, name, targets);
  orphanedSharedFormulas(sheet, targets, edits);
  const p = prefixOf(sheet.sheetData);
  const byRow = new Map<number, CellPatch[]>();
  for (const w of patches) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const rows = new Map(sheet.rows.map((r) => [r.row, r]));
  let formulasReplaced = false;
  const look = emptyCellLook(sheet);
  const newCell = (w: CellPatch, old: CellNode | null) => {
    const s = old ? Number(attr(old.el, "s") ?? 0) : look(w.row, w.col);
    return cellXml(p, `${columnLetter(w.col)}${w.row + 1}`, w.value, w.amount ? styles.amountStyleFor(s) : s);
  };
  const rowTags = new Map<RowNode, Record<string, string>>();
  const newRows: { at: number; row: number; text: string }[] = [];
  for (const [r, writes] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    writes.sort((a, b) => a.col - b.col);
    const row = rows.get(r);
    if (!row) {
      const next = sheet.rows.find((x) => x.row > r);
      newRows.push({ at: next ? next.el.start : -1, row: r, text: `<${p}row r="${r + 1}">${writes.map((w) => newCell(w, null)).join("")}</${p}row>` });
      continue;
    }
    const byCol = new Map(row.cells.map((c) => [c.col, c]));
    const tail: string[] = [];
    for (const w of writes) {
      const old = byCol.get(w.col);
      if (old) {
        if (child(old.el, "f")) formulasReplaced = true;
        edits.push({ start: old.el.start, end: old.el.end, text: newCell(w, old) });
        continue;
      }
      const next = row.cells.find((c) => c.col > w.col);
      if (next) edits.push({ start: next.el.start, end: next.el.start, text: newCell(w, null) });
      else tail.push(newCell(w, null));
    }
    // Cells written without `r` count by position: a cell inserted before them needs them named.
    for (const c of row.cells) if (!c.hasRef && !targets.has(key(c.row, c.col))) edits.push({ start: c.el.start + 1 + c.el.name.length, end: c.el.start + 1 + c.el.name.length, text: ` r="${columnLetter(c.col)}${c.row + 1}"` });
    const changes: Record<string, string> = {};
    const spans = spansWith(row, writes.map((w) => w.col));
    if (spans) changes.spans = spans;
    if (!row.hasRef) changes.r = String(row.row + 1);
    if (row.el.selfClosing) edits.push({ start: row.el.start, end: row.el.end, text: `${startTag(row.el, changes, false)}${tail.join("")}</${row.el.name}>` });
    else {
      if (Object.keys(changes).length) rowTags.set(row, changes);
      if (tail.length) edits.push({ start: row.el.closeStart, end: row.el.closeStart, text: tail.join("") });
    }
  }
  if (newRows.length) for (const row of sheet.rows) if (!row.hasRef && !rowTags.has(row) && !row.el.selfClosing) rowTags.set(row, { r: String(row.row + 1) });
  for (const [row, changes] of rowTags) edits.push({ start: row.el.start, end: row.el.openEnd, text: startTag(row.el, changes, false) });
  const data = sheet.sheetData;
  const atEnd = newRows.filter((n) => n.at < 0).map((n) => n.text).join("");
  for (const n of newRows.filter((x) => x.at >= 0)) edits.push({ start: n.at, end: n.at, text: n.text });
  if (data.selfClosing) edits.push({ start: data.start, end: data.end, text: `${startTag(data, {}, false)}${atEnd}</${data.name}>` });
  else if (atEnd) edits.push({ start: data.closeStart, end: data.closeStart, text: atEnd });
  widenDimension(sheet, patches, edits);
  return { edits, formulasReplaced };
}

function widenDimension(sheet: SheetXml, patches: readonly CellPatch[], edits: Edit[]): void {
  const dim = child(sheet.root, "dimension");
  const ref = dim && attr(dim, "ref");
  if (!dim || !ref || patches.length === 0) return;
  const [a, b] = ref.split(":").map(cellRef);
  if (!a) return;
  const end = b ?? a;
  const r1 = Math.min(a[0], ...patches.map((w) => w.row));
  const c1 = Math.min(a[1], ...patches.map((w) => w.col));
  const r2 = Math.max(end[0], ...patches.map((w) => w.row));
  const c2 = Math.max(end[1], ...patches.map((w) => w.col));
  const wide = `${columnLetter(c1)}${r1 + 1}:${columnLetter(c2)}${r2 + 1}`;
  if (wide !== ref) edits.push({ start: dim.start, end: dim.end, text: startTag(dim, { ref: wide }) });
}
