import type { Edit } from "./edits";
import { formulaRefs, shiftFormula, type Ref } from "./formulaRefs";
import type { SheetXml } from "./sheetXml";
import { sameSheetName } from "./workbookXml";
import { attr, child, startTag } from "./xml";

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  refs: Ref[];
  opaque: boolean;
  edit: () => Edit[];
}

/** Cells that hold new values, per sheet (upper-cased name → "row:col"). */
type Changed = Map<string, Set<string>>;

function formulaCells(name: string, sheet: SheetXml): FormulaCell[] {
  const out: FormulaCell[] = [];
  const shared = new Map<string, { text: string; row: number; col: number }>();
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      const f = child(cell.el, "f");
      if (!f) continue;
      let text = f.text;
      const si = attr(f, "si");
      if (attr(f, "t") === "shared" && si !== undefined) {
        if (text.trim() !== "") shared.set(si, { text, row: cell.row, col: cell.col });
        else {
          const m = shared.get(si);
          text = m ? shiftFormula(m.text, cell.row - m.row, cell.col - m.col) : "";
        }
      }
      const { refs, opaque } = formulaRefs(text);
      const v = child(cell.el, "v");
      const el = cell.el;
      out.push({
        sheet: name,
        row: cell.row,
        col: cell.col,
        refs,
        opaque: opaque || attr(f, "t") === "dataTable",
        // The stored result goes, and with it the result's type: the program that opens the file computes it.
        edit: () => (v ? [{ start: v.start, end: v.end, text: "" }, ...(attr(el, "t") ? [{ start: el.start, end: el.openEnd, text: startTag(el, { t: null }, false) }] : [])] : []),
      });
    }
  }
  return out;
}

function touches(f: FormulaCell, changed: Changed): boolean {
  if (f.opaque) return true;
  return f.refs.some((r) => {
    if (r.external) return false;
    const cells = changed.get((r.sheet ?? f.sheet).toLocaleUpperCase("sv"));
    if (!cells) return false;
    for (const k of cells) {
      const [row, col] = k.split(":").map(Number);
      if (row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2) return true;
    }
    return false;
  });
}

/**
 * The edits that drop the stored result of every formula reading, directly or
 * through other formulas, a cell Fördela writes. LibreOffice shows stored
 * results as they are and computes only formulas without one (see
 * shared/spec xlsx.md, "Recalculation"), so a stale total would stay on screen.
 * A formula it cannot follow (a defined name, INDIRECT) counts as reading them.
 */
export function staleResults(sheets: readonly { name: string; xml: SheetXml }[], written: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Edit[]> {
  const changed: Changed = new Map();
  for (const [name, cells] of written) changed.set(name.toLocaleUpperCase("sv"), new Set(cells));
  let pending = sheets.flatMap((s) => formulaCells(s.name, s.xml)).filter((f) => !written.get(f.sheet)?.has(`${f.row}:${f.col}`));
  const stale: FormulaCell[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    const rest: FormulaCell[] = [];
    for (const f of pending) {
      if (!touches(f, changed)) {
        rest.push(f);
        continue;
      }
      stale.push(f);
      const key = f.sheet.toLocaleUpperCase("sv");
      if (!changed.has(key)) changed.set(key, new Set());
      changed.get(key)?.add(`${f.row}:${f.col}`);
      grew = true;
    }
    pending = rest;
  }
  const edits = new Map<string, Edit[]>();
  for (const f of stale) {
    const name = sheets.find((s) => sameSheetName(s.name, f.sheet))?.name ?? f.sheet;
    edits.set(name, [...(edits.get(name) ?? []), ...f.edit()]);
  }
  return edits;
}
