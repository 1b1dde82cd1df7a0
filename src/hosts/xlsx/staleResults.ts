import { cellAddress } from "../../workbook/sheet/cell";
import { DependentsIndex } from "./dependents";
import type { Edit } from "./edits";
import { FormulaInputs, sheetKey, type SheetArea } from "./formulaInputs";
import { MAX_COL, MAX_ROW, shiftFormula } from "./formulaRefs";
import { cellRef, type CellNode, type SheetXml } from "./sheetXml";
import { SpillRoom } from "./spillRoom";
import type { Area } from "./structuredRefs";
import { attr, child, startTag, type XmlElement } from "./xml";

interface FormulaCell {
  sheet: string;
  /** The sheet's name as names compare (sheetKey). */
  key: string;
  row: number;
  col: number;
  el: XmlElement;
  /** The cells its result fills: its own, or an array's, a spill's or a data table's `ref` (18.3.1.40). */
  out: Area;
  /** A dynamic array (cm: its cell metadata, 18.3.1.4 c): computed again, it may spill beyond `out` (SpillRoom). */
  dynamic: boolean;
  inputs: SheetArea[];
  unknown: boolean;
}

export interface StaleResults {
  /** Per sheet (its name as in the workbook), the edits that drop stale stored results. */
  edits: Map<string, Edit[]>;
  /** Formulas whose inputs cannot be known (INDIRECT, OFFSET, a missing sheet or name): their results were dropped all the same. */
  unknown: string[];
}

const areaOf = (ref: string | undefined): Area | null => {
  const [a, b] = (ref ?? "").split(":").map(cellRef);
  if (!a) return null;
  const e = b ?? a;
  return { r1: Math.min(a[0], e[0]), c1: Math.min(a[1], e[1]), r2: Math.min(MAX_ROW, Math.max(a[0], e[0])), c2: Math.min(MAX_COL, Math.max(a[1], e[1])) };
};

/**
 * A data table's cells (`<f t="dataTable" ref r1 r2 dt2D dtr>`, 18.3.1.40) are its formula recomputed
 * with its input cells r1 (and r2) set to the values along its edge: it reads the input cells and the
 * row above and the column left of its range, where the formulas and the values put in stand.
 */
function dataTableInputs(f: XmlElement, out: Area): Area[] {
  const inputs = [attr(f, "r1"), attr(f, "r2")].map(areaOf).filter((a): a is Area => a !== null);
  if (out.r1 > 0) inputs.push({ r1: out.r1 - 1, r2: out.r1 - 1, c1: Math.max(0, out.c1 - 1), c2: out.c2 });
  if (out.c1 > 0) inputs.push({ r1: Math.max(0, out.r1 - 1), r2: out.r2, c1: out.c1 - 1, c2: out.c1 - 1 });
  return inputs;
}

function formulaCells(name: string, sheet: SheetXml, inputs: FormulaInputs, written: ReadonlySet<string> | undefined): FormulaCell[] {
  const out: FormulaCell[] = [];
  const key = sheetKey(name);
  const shared = new Map<string, { text: string; row: number; col: number }>();
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      const f = child(cell.el, "f");
      if (!f) continue;
      let text = f.text;
      const t = attr(f, "t");
      const si = attr(f, "si");
      let orphan = false; // a cell sharing a formula whose first cell is not there: what it computes is unknown
      if (t === "shared" && si !== undefined) {
        if (text.trim() !== "") shared.set(si, { text, row: cell.row, col: cell.col });
        else {
          const m = shared.get(si);
          text = m ? shiftFormula(m.text, cell.row - m.row, cell.col - m.col) : "";
          orphan = !m;
        }
      }
      if (written?.has(`${cell.row}:${cell.col}`)) continue;
      const own = { r1: cell.row, c1: cell.col, r2: cell.row, c2: cell.col };
      const range = t === "array" || t === "dataTable" ? areaOf(attr(f, "ref")) : null;
      const reads = t === "dataTable" ? { areas: dataTableInputs(f, range ?? own).map((a) => ({ sheet: key, ...a })), unknown: false } : inputs.of(text, name, cell.row, cell.col);
      const dynamic = t === "array" && attr(cell.el, "cm") !== undefined;
      out.push({ sheet: name, key, row: cell.row, col: cell.col, el: cell.el, out: range ?? own, dynamic, inputs: reads.areas, unknown: reads.unknown || orphan });
    }
  }
  return out;
}

/** The edits that drop a cell's stored result, and with it the result's type: the program that opens the file computes it. */
function dropResult(el: XmlElement): Edit[] {
  const v = child(el, "v");
  if (!v) return [];
  return [{ start: v.start, end: v.end, text: "" }, ...(attr(el, "t") ? [{ start: el.start, end: el.openEnd, text: startTag(el, { t: null }, false) }] : [])];
}

/**
 * The cells of a sheet inside any of the areas, found from the cells present,
 * never by walking an area (it may be the whole sheet): a few areas each by
 * row and column; many (overlapping, in a hostile file) in one sweep of the sheet.
 */
function* resultCells(sheet: SheetXml, areas: readonly Area[]): Generator<CellNode> {
  if (areas.length > 16) {
    const index = new DependentsIndex();
    areas.forEach((a, k) => index.add("", a, k));
    index.freeze();
    for (const row of sheet.rows) for (const c of row.cells) if (index.covers("", c.row, c.col)) yield c;
    return;
  }
  const rows = sheet.rows.map((r) => ({ row: r.row, cells: [...r.cells].sort((a, b) => a.col - b.col) })).sort((a, b) => a.row - b.row);
  for (const a of areas) {
    for (let k = lowerBound(rows, a.r1, (r) => r.row); k < rows.length && rows[k].row <= a.r2; k++) {
      const cells = rows[k].cells;
      for (let j = lowerBound(cells, a.c1, (c) => c.col); j < cells.length && cells[j].col <= a.c2; j++) yield cells[j];
    }
  }
}

function lowerBound<T>(list: readonly T[], key: number, of: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of(list[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The edits that drop the stored result of every formula reading, directly or
 * through other formulas, a cell Fördela writes (or a sheet it replaces).
 * LibreOffice shows stored results as they are and computes only formulas
 * without one (see shared/spec xlsx.md, "Recalculation"), so a stale total
 * would stay on screen; every other stored result is kept, for readers that
 * do not calculate. Defined names, tables, 3-D references, arrays, spills and
 * data tables are followed (FormulaInputs); links to other workbooks and DDE
 * links never read a written cell. One pass: each formula's inputs go into an
 * index once, and each formula is reached from the written cells at most once.
 */
export function staleResults(
  sheets: readonly { name: string; xml: SheetXml }[],
  inputs: FormulaInputs,
  written: ReadonlyMap<string, ReadonlySet<string>>,
  replaced: readonly string[] = [],
): StaleResults {
  const writtenBy = new Map([...written].map(([name, cells]) => [sheetKey(name), cells]));
  const formulas = sheets.flatMap((s) => formulaCells(s.name, s.xml, inputs, writtenBy.get(sheetKey(s.name))));
  const index = new DependentsIndex();
  formulas.forEach((f, id) => f.inputs.forEach((a) => index.add(a.sheet, a, id)));
  index.freeze();

  const queue: SheetArea[] = [];
  for (const [sheet, cells] of writtenBy) {
    for (const k of cells) {
      const [row, col] = k.split(":").map(Number);
      queue.push({ sheet, r1: row, c1: col, r2: row, c2: col });
    }
  }
  for (const name of replaced) queue.push({ sheet: sheetKey(name), r1: 0, c1: 0, r2: MAX_ROW, c2: MAX_COL });
  const stale = new Array<boolean>(formulas.length).fill(false);
  const room = new Map<string, SpillRoom>();
  const mark = (id: number) => {
    if (stale[id]) return;
    stale[id] = true;
    const f = formulas[id];
    queue.push({ sheet: f.key, ...f.out });
    if (!f.dynamic) return;
    if (!room.has(f.sheet)) room.set(f.sheet, new SpillRoom(sheets.find((s) => s.name === f.sheet)?.xml as SheetXml));
    for (const a of room.get(f.sheet)?.reach(f.out) ?? []) queue.push({ sheet: f.key, ...a });
  };
  formulas.forEach((f, id) => f.unknown && mark(id));
  while (queue.length) {
    const a = queue.pop() as SheetArea;
    index.take(a.sheet, a, mark);
  }

  const edits = new Map<string, Edit[]>();
  const ranges = new Map<string, Area[]>();
  const done = new Set<XmlElement>();
  formulas.forEach((f, id) => {
    if (!stale[id]) return;
    const list = edits.get(f.sheet) ?? [];
    edits.set(f.sheet, list);
    list.push(...dropResult(f.el));
    done.add(f.el);
    if (f.out.r1 === f.out.r2 && f.out.c1 === f.out.c2) return;
    if (!ranges.has(f.sheet)) ranges.set(f.sheet, []);
    ranges.get(f.sheet)?.push(f.out);
  });
  // The other cells of an array, spill or data table hold only its stored results (no <f>): they go with it.
  for (const [name, areas] of ranges) {
    const xml = sheets.find((s) => s.name === name)?.xml as SheetXml;
    const w = writtenBy.get(sheetKey(name));
    const list = edits.get(name) as Edit[];
    for (const c of resultCells(xml, areas)) {
      if (done.has(c.el) || child(c.el, "f") || w?.has(`${c.row}:${c.col}`)) continue;
      done.add(c.el);
      list.push(...dropResult(c.el));
    }
  }
  const unknown = formulas.filter((f) => f.unknown).map((f) => cellAddress(f.sheet, f.row, f.col));
  return { edits, unknown };
}
