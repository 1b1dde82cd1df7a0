import { cellAt, columnIndex, isBlank, type CellValue, type SheetSnapshot } from "./cell";
import { headerText, inputFieldOf, type InputField } from "./headers";

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

/**
 * The header cells of a row, each with the group header above it where the
 * header is split over two rows ("AT-tjänster 2024" over "Tillsatta" and
 * "Påbörjade"). The row above counts as a group row when it is merged over
 * some columns (not the whole table: that is a title) or holds several headers.
 */
export function headerColumns(sheet: SheetSnapshot, row: number): HeaderColumn[] {
  const merges = mergesOf(sheet);
  const cols = Math.max(width(sheet, row), ...merges.filter((m) => m.top <= row && m.bottom >= row).map((m) => m.right + 1));
  const above = row > 0 ? (sheet.values[row - 1] ?? []).filter((v) => !isBlank(v)).length : 0;
  const out: HeaderColumn[] = [];
  for (let col = 0; col < cols; col++) {
    const own = seen(sheet, merges, row, col);
    if (typeof own.value === "number" || typeof own.value === "boolean") {
      out.push({ col, own: "", group: "", field: null, raw: "" });
      continue;
    }
    const ownText = headerText(own.value);
    let group = "";
    let groupRaw = "";
    if (row > 0) {
      const up = seen(sheet, merges, row - 1, col);
      const isGroup = (up.span > 1 && up.span < cols) || above >= 2;
      // A vertically merged header ("Region" over two rows) is the same text: not a group of itself.
      if (isGroup && typeof up.value === "string" && headerText(up.value) !== ownText) (group = headerText(up.value)), (groupRaw = up.value);
    }
    const field = inputFieldOf(ownText) ?? (group ? inputFieldOf(`${group} ${ownText}`.trim()) : null);
    out.push({ col, own: ownText, group, field, raw: [groupRaw, typeof own.value === "string" ? own.value : ""].filter(Boolean).join(" ") });
  }
  return out;
}

/** The header row: the row (in the first 200) whose headers name the most input fields, a region among them. */
export function findHeaderRow(sheet: SheetSnapshot): number | null {
  let best: { row: number; score: number } | null = null;
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const fields = new Set(headerColumns(sheet, r).map((h) => h.field).filter((f) => f !== null));
    if (!fields.has("region") || fields.size < 2) continue;
    if (!best || fields.size > best.score) best = { row: r, score: fields.size };
  }
  return best?.row ?? null;
}
