import { columnIndex, columnLetter } from "../../workbook/sheet/cell";

/**
 * What a formula as stored in a file (A1 style, no leading "=") reads: its
 * cell references (a 3-D one names its first and last sheet), the defined
 * names and table (structured) references it uses, and whether it calls a
 * function whose inputs are computed (INDIRECT, OFFSET). Links to other
 * workbooks and DDE links are marked external: they never read this
 * workbook's cells. The grammar is ECMA-376 part 1, 18.17 (formulas).
 */
export interface Ref {
  /** The sheet named before "!", or null for the formula's own sheet. */
  sheet: string | null;
  /** A 3-D reference's last sheet (`Sheet1:Sheet3!A1`), else null. */
  lastSheet: string | null;
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

export interface RefPart {
  kind: "col" | "row";
  abs: boolean;
  index: number;
}

/** A defined name: `Total`, `Sheet1!Local` (a sheet's own name), `[1]!Rate` (another workbook's). */
export interface NameUse {
  name: string;
  sheet: string | null;
  external: boolean;
  /** Followed by "(": a function, or a defined name holding a LAMBDA. */
  call?: boolean;
}

/** A structured reference: `Table1[[#Totals],[Amount]]` → table "Table1", spec "[#Totals],[Amount]"; `[@Amount]` has no table. */
export interface TableUse {
  table: string | null;
  spec: string;
}

export interface FormulaRefs {
  refs: Ref[];
  names: NameUse[];
  tables: TableUse[];
  /** It calls a function whose reference is computed (INDIRECT, OFFSET): what it reads cannot be known. */
  opaque: boolean;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

const SHEET_NAME = "[A-Za-z_\\u00c0-\\uffff][\\w.\\u00c0-\\uffff]*";
/** An optional external book index, then a quoted sheet (or 3-D span), or one or two plain names, then "!". */
const SHEET = new RegExp(`(?:\\[(\\d+)\\])?(?:'((?:[^']|'')+)'|(${SHEET_NAME})(?::(${SHEET_NAME}))?)!`, "y");
/** A name in another workbook: `[1]!Rate`. */
const BOOK_NAME = /\[(\d+)\]!/y;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w.(\u00c0-\uffff[])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(\u00c0-\uffff[])/y;
const ROWS = /(\$?)(\d+):(\$?)(\d+)(?![\w.(\u00c0-\uffff[])/y;
const IDENT = /[A-Za-z_\\\u00c0-\uffff][\w.?\u00c0-\uffff]*/y;
const DDE_TOPIC = /\|(?:'(?:[^']|'')*'|[^!]*)!(?:'(?:[^']|'')*'|[\w.$:]+)/y;
// EVALUATE: an Excel 4 macro function, in defined names, that computes a formula from text.
const OPAQUE_FUNCTIONS = new Set(["INDIRECT", "OFFSET", "EVALUATE"]);

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

function refAt(text: string, i: number): Omit<Ref, "sheet" | "lastSheet" | "external"> | null {
  let m = at(CELL, text, i);
  if (m) {
    const c1 = columnIndex(m[2]) as number;
    const r1 = Number(m[4]) - 1;
    const c2 = m[6] ? (columnIndex(m[6]) as number) : c1;
    const r2 = m[8] ? Number(m[8]) - 1 : r1;
    if (c1 > MAX_COL || c2 > MAX_COL || r1 > MAX_ROW || r2 > MAX_ROW || r1 < 0 || r2 < 0) return null;
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
    if (a > MAX_COL || b > MAX_COL) return null;
    return { r1: 0, r2: MAX_ROW, c1: Math.min(a, b), c2: Math.max(a, b), start: i, end: COLS.lastIndex, parts: [{ kind: "col", abs: m[1] === "$", index: a }, { kind: "col", abs: m[3] === "$", index: b }] };
  }
  m = at(ROWS, text, i);
  if (m) {
    const a = Number(m[2]) - 1;
    const b = Number(m[4]) - 1;
    if (a < 0 || b < 0 || a > MAX_ROW || b > MAX_ROW) return null;
    return { c1: 0, c2: MAX_COL, r1: Math.min(a, b), r2: Math.max(a, b), start: i, end: ROWS.lastIndex, parts: [{ kind: "row", abs: m[1] === "$", index: a }, { kind: "row", abs: m[3] === "$", index: b }] };
  }
  return null;
}

/**
 * The end of a bracketed structured-reference part starting at `i` ("["),
 * nested brackets counted and `'` escaping the next character (18.17.6.3); -1 when unclosed.
 */
function bracketEnd(text: string, i: number): number {
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const ch = text[k];
    if (ch === "'") k++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return k + 1;
  }
  return -1;
}

/** What the sheet prefix names: a quoted `'[Book.xlsx]Sheet'` or `'C:\dir\[Book.xlsx]Sheet'` is another workbook; `'Jan:Dec'` a 3-D span (":" is never in a sheet name). */
function sheetOf(m: RegExpExecArray): { sheet: string; lastSheet: string | null; external: boolean } {
  const book = m[1] !== undefined && m[1] !== "0"; // [0] is this workbook
  if (m[2] === undefined) return { sheet: m[3], lastSheet: m[4] ?? null, external: book };
  const quoted = m[2].replace(/''/g, "'");
  if (book || /\[[^\]]*\]/.test(quoted)) return { sheet: quoted, lastSheet: null, external: true };
  const colon = quoted.indexOf(":");
  return colon < 0 ? { sheet: quoted, lastSheet: null, external: false } : { sheet: quoted.slice(0, colon), lastSheet: quoted.slice(colon + 1), external: false };
}

/** The references of a formula's text. */
export function formulaRefs(text: string): FormulaRefs {
  const out: FormulaRefs = { refs: [], names: [], tables: [], opaque: false };
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
      const m = at(/#[A-Z0-9/]+[!?]?/y, text, i);
      i = m ? i + m[0].length : i + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : "";
    if (/[\w.\u00c0-\uffff$\]]/.test(prev)) {
      i++;
      continue;
    }
    const bookName = at(BOOK_NAME, text, i);
    if (bookName) {
      const id = at(IDENT, text, BOOK_NAME.lastIndex);
      const end = id ? IDENT.lastIndex : BOOK_NAME.lastIndex;
      if (id) out.names.push({ name: id[0], sheet: null, external: bookName[1] !== "0" });
      i = end;
      continue;
    }
    const sheet = at(SHEET, text, i);
    const from = sheet ? SHEET.lastIndex : i;
    const where = sheet ? sheetOf(sheet) : null;
    const ref = refAt(text, from);
    if (ref) {
      out.refs.push({ ...ref, sheet: where?.sheet ?? null, lastSheet: where?.lastSheet ?? null, external: where?.external ?? false });
      i = ref.end;
      continue;
    }
    if (!sheet && ch === "[") {
      // A structured reference inside a table, without the table's name: `[@Amount]`, `[[#This Row],[Amount]]`.
      const end = bracketEnd(text, i);
      if (end < 0) return { ...out, opaque: true };
      out.tables.push({ table: null, spec: text.slice(i + 1, end - 1) });
      i = end;
      continue;
    }
    const id = at(IDENT, text, from);
    if (id) {
      let end = IDENT.lastIndex;
      const after = text[end];
      const word = id[0].toUpperCase();
      if (where?.external) out.names.push({ name: id[0], sheet: where.sheet, external: true });
      else if (after === "(") {
        if (OPAQUE_FUNCTIONS.has(word.replace(/^_XLFN\./, ""))) out.opaque = true;
        else if (!/^_XL(FN|WS|L|UDF)\./.test(word)) out.names.push({ name: id[0], sheet: where?.sheet ?? null, external: false, call: true });
      } else if (after === "[" && !sheet) {
        const close = bracketEnd(text, end);
        if (close < 0) return { ...out, opaque: true };
        out.tables.push({ table: id[0], spec: text.slice(end + 1, close - 1) });
        end = close;
      } else if (after === "|" && !sheet) {
        // A DDE link, `app|topic!item` (18.17.2.2 ext. references): another program's data, never this workbook's cells.
        const dde = at(DDE_TOPIC, text, end);
        end = dde ? DDE_TOPIC.lastIndex : end + 1;
      } else if (word !== "TRUE" && word !== "FALSE" && !/^_XL(PM|ETA)\./.test(word)) {
        // A defined name (LAMBDA and LET parameters are written `_xlpm.x`).
        out.names.push({ name: id[0], sheet: where?.sheet ?? null, external: false });
      }
      i = end;
      continue;
    }
    i = from + 1;
  }
  return out;
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
