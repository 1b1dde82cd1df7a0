import { cellAt, cellError, columnIndex, isBlank, type CellValue, type SheetSnapshot } from "../sheet/cell";
import { headerText, inputFieldOf, outputColumnOf, type InputField } from "./headers";

/** Officers put a table's header anywhere in the first rows: under titles, notes and a logo. */
export const HEADER_SCAN_ROWS = 200;

export interface HeaderColumn {
  col: number;
  /** The column's own header, normalised. */
  own: string;
  /** A group header above it (a two-row header), normalised; "" when none. */
  group: string;
  field: InputField | null;
  /** The header as the officer typed it, for messages. */
  raw: string;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(sheet: SheetSnapshot): Merge[] {
  return (sheet.merges ?? []).flatMap((m) => {
    const x = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    return x ? [{ top: Number(x[2]) - 1, left: columnIndex(x[1]) as number, bottom: Number(x[4]) - 1, right: columnIndex(x[3]) as number }] : [];
  });
}

/** What an officer sees in a header cell: a merged range shows its first cell's value over all of it. */
function seen(sheet: SheetSnapshot, merges: Merge[], row: number, col: number): { value: CellValue; span: number } {
  const m = merges.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
  return m ? { value: cellAt(sheet, m.top, m.left), span: m.right - m.left + 1 } : { value: cellAt(sheet, row, col), span: 1 };
}

function width(sheet: SheetSnapshot, row: number): number {
  return (sheet.values[row] ?? []).reduce<number>((n, v, c) => (isBlank(v) ? n : c + 1), 0);
}

/** A header cell's text: text as typed, a year typed as a number ("2024" under "Tillsatta AT"); null for anything else. */
function headerValue(v: CellValue): string | null {
  if (typeof v === "string") return v;
  return typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100 ? String(v) : null;
}

/** A group header and its sub-header as one text: a word broken over the two rows ("Folk-" over "mängd") is joined again. */
function joined(group: string, own: string): string {
  return /\p{L}[-\u00ad\u2010\u2011]\s*$/u.test(group) ? `${group.trim().slice(0, -1)}${own.trim()}` : `${group} ${own}`;
}

interface Above {
  value: string;
  span: number;
}

/**
 * The cell above a header in a group row: the merged range over it, the cell
 * itself, or, where that is blank, an unmerged group header further left whose
 * sub-headers run on without a break to this column. A title over the region
 * column and an output column ("Utökning", "Block 1", "Totalt") end the run.
 */
function above(sheet: SheetSnapshot, merges: Merge[], row: number, col: number): Above | null {
  const up = seen(sheet, merges, row - 1, col);
  if (!isBlank(up.value) || up.span > 1) {
    const text = headerValue(up.value);
    return text === null ? null : { value: text, span: up.span };
  }
  for (let c = col - 1; c >= 0; c--) {
    const own = headerValue(seen(sheet, merges, row, c).value);
    const mine = headerValue(seen(sheet, merges, row, c + 1).value);
    if (own === null || isBlank(own) || mine === null || isBlank(mine) || outputColumnOf(headerText(mine), []) !== null) return null;
    const u = seen(sheet, merges, row - 1, c);
    if (u.span > 1) return null;
    if (isBlank(u.value)) continue;
    const text = headerValue(u.value);
    return text === null || inputFieldOf(headerText(own)) === "region" ? null : { value: text, span: 1 };
  }
  return null;
}

/**
 * The header cells of a row, each with the group header above it where the
 * header is split over two rows ("AT-tjänster 2024" over "Tillsatta" and
 * "Påbörjade", merged or typed over the first column only). The row above
 * counts as a group row when it is merged over some columns (not the whole
 * table: that is a title) or holds several headers; a single cell above
 * counts where the header needs it ("Folkmängd" over "1 nov 2023", "Folk-"
 * over "mängd").
 */
export function headerColumns(sheet: SheetSnapshot, row: number): HeaderColumn[] {
  const merges = mergesOf(sheet);
  // A merged area reaches no further than the sheet's cells do: one over the whole sheet (A1:XFD1048576) is not 16 384 headers.
  const sheetWidth = sheet.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const cols = Math.max(width(sheet, row), ...merges.filter((m) => m.top <= row && m.bottom >= row).map((m) => Math.min(m.right + 1, sheetWidth)));
  const cellsAbove = row > 0 ? (sheet.values[row - 1] ?? []).filter((v) => !isBlank(v)).length : 0;
  const out: HeaderColumn[] = [];
  for (let col = 0; col < cols; col++) {
    const cell = seen(sheet, merges, row, col).value;
    // An empty header (or an error value) may be a header split over two rows, its text in the row above.
    const ownRaw = isBlank(cell) || cellError(cell) ? "" : headerValue(cell);
    if (ownRaw === null) {
      out.push({ col, own: "", group: "", field: null, raw: "" });
      continue;
    }
    const ownText = headerText(ownRaw);
    let group = "";
    let groupRaw = "";
    const up = row > 0 ? above(sheet, merges, row, col) : null;
    if (up) {
      const text = headerText(up.value);
      const broken = joined(up.value, ownRaw) !== `${up.value} ${ownRaw}`;
      const needed = inputFieldOf(ownText) === null && inputFieldOf(headerText(joined(up.value, ownRaw))) !== null;
      const isGroup = (up.span > 1 && up.span < cols) || cellsAbove >= 2 || broken || needed;
      // A vertically merged header ("Region" over two rows) is the same text: not a group of itself.
      if (isGroup && text !== ownText) (group = text), (groupRaw = up.value);
    }
    const whole = groupRaw ? headerText(joined(groupRaw, ownRaw)) : ownText;
    const field = inputFieldOf(ownText) ?? (group ? inputFieldOf(whole) : null);
    out.push({ col, own: ownText, group, field, raw: groupRaw ? joined(groupRaw, ownRaw).trim() : ownRaw });
  }
  return out;
}
