import { columnIndex, columnLetter } from "../../workbook/cell";

/**
 * The cell references in a formula as stored in a file (A1 style, no leading
 * "="), enough to know which formulas read the cells Fördela writes. What it
 * cannot follow (a defined name, a table's structured reference, INDIRECT,
 * OFFSET) makes the formula `opaque`: the caller then assumes it may depend
 * on anything, which is always safe.
 */
export interface Ref {
  /** The sheet named before "!", or null for the formula's own sheet. */
  sheet: string | null;
  external: boolean;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** Where the reference (without its sheet) stands in the formula, and its parts for shifting. */
  start: number;
  end: number;
  parts: RefPart[];
}

interface RefPart {
  kind: "col" | "row";
  abs: boolean;
  index: number;
}

export interface FormulaRefs {
  refs: Ref[];
  opaque: boolean;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

const SHEET = /(?:\[(\d+)\])?(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))!/y;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w.(\u00c0-\uffff])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(\u00c0-\uffff])/y;
const ROWS = /(\$?)(\d+):(\$?)(\d+)(?![\w.(\u00c0-\uffff])/y;
const IDENT = /[A-Za-z_\\\u00c0-\uffff][\w.?\u00c0-\uffff]*/y;
const OPAQUE_FUNCTIONS = new Set(["INDIRECT", "OFFSET"]);

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

function refAt(text: string, i: number): Omit<Ref, "sheet" | "external"> | null {
  let m = at(CELL, text, i);
  if (m) {
    const c1 = columnIndex(m[2]) as number;
    const r1 = Number(m[4]) - 1;
    const c2 = m[6] ? (columnIndex(m[6]) as number) : c1;
    const r2 = m[8] ? Number(m[8]) - 1 : r1;
    if (c1 > MAX_COL || c2 > MAX_COL) return null;
    const parts: RefPart[] = [
      { kind: "col", abs: m[1] === "$", index: c1 },
      { kind: "row", abs: m[3] === "$", index: r1 },
    ];
    if (m[6]) parts.push({ kind: "col", abs: m[5] === "$", index: c2 }, { kind: "row", abs: m[7] === "$", index: r2 });
    return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2), start: i, end: CELL.lastIndex, parts };
  }
  m = at(COLS, text, i);
  if (m) {
    const a = columnIndex(m[2]) as number;
    const b = columnIndex(m[4]) as number;
    return { r1: 0, r2: MAX_ROW, c1: Math.min(a, b), c2: Math.max(a, b), start: i, end: COLS.lastIndex, parts: [{ kind: "col", abs: m[1] === "$", index: a }, { kind: "col", abs: m[3] === "$", index: b }] };
  }
  m = at(ROWS, text, i);
  if (m) {
    const a = Number(m[2]) - 1;
    const b = Number(m[4]) - 1;
    return { c1: 0, c2: MAX_COL, r1: Math.min(a, b), r2: Math.max(a, b), start: i, end: ROWS.lastIndex, parts: [{ kind: "row", abs: m[1] === "$", index: a }, { kind: "row", abs: m[3] === "$", index: b }] };
  }
  return null;
}

/** The references of a formula's text. */
export function formulaRefs(text: string): FormulaRefs {
  const refs: Ref[] = [];
  let opaque = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (ch === "#") {
      // An error literal (#REF!, #N/A): skip it whole.
      const m = /#[A-Z0-9/]+[!?]?/y;
      m.lastIndex = i;
      i = m.exec(text) ? m.lastIndex : i + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : "";
    if (/[\w.\u00c0-\uffff$]/.test(prev)) {
      i++;
      continue;
    }
    const sheet = at(SHEET, text, i);
    const from = sheet ? SHEET.lastIndex : i;
    const ref = refAt(text, from);
    if (ref) {
      refs.push({ ...ref, sheet: sheet ? (sheet[2]?.replace(/''/g, "'") ?? sheet[3]) : null, external: Boolean(sheet?.[1]) });
      i = ref.end;
      continue;
    }
    const id = at(IDENT, text, from);
    if (id) {
      const after = text[IDENT.lastIndex];
      const word = id[0].toUpperCase();
      if (after === "(") {
        if (OPAQUE_FUNCTIONS.has(word.replace(/^_XLFN\./, ""))) opaque = true;
      } else if (word !== "TRUE" && word !== "FALSE") opaque = true; // a defined name or a table's structured reference
      i = IDENT.lastIndex;
      continue;
    }
    i = from + 1;
  }
  return { refs, opaque };
}

/**
 * The formula as it stands `dr` rows and `dc` columns away: relative parts of
 * each reference move, absolute ones stay. This is how a shared formula's
 * text applies to the cells that share it (ECMA-376 part 1, 18.3.1.40).
 */
export function shiftFormula(text: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return text;
  const { refs } = formulaRefs(text);
  let out = "";
  let last = 0;
  for (const r of refs) {
    const moved = r.parts.map((p) => {
      const index = p.abs ? p.index : p.index + (p.kind === "row" ? dr : dc);
      const body = p.kind === "row" ? String(index + 1) : columnLetter(index);
      return { ...p, index, text: (p.abs ? "$" : "") + body };
    });
    let piece: string;
    if (moved.length === 4) piece = `${moved[0].text}${moved[1].text}:${moved[2].text}${moved[3].text}`;
    else if (moved.length === 2 && moved[0].kind !== moved[1].kind) piece = `${moved[0].text}${moved[1].text}`;
    else piece = `${moved[0].text}:${moved[1].text}`;
    if (moved.some((p) => p.index < 0 || p.index > (p.kind === "row" ? MAX_ROW : MAX_COL))) piece = "#REF!";
    out += text.slice(last, r.start) + piece;
    last = r.end;
  }
  return out + text.slice(last);
}
