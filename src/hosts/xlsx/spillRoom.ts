import { MAX_COL, MAX_ROW } from "./formulaRefs";
import type { SheetXml } from "./sheetXml";
import type { Area } from "./structuredRefs";
import { child } from "./xml";
import { lowerBound } from "./lowerBound";

/**
 * Where a dynamic array may spill once computed again. Its result fills a
 * rectangle down and right from its anchor, and only over empty cells (else
 * Excel shows #SPILL! and spills nothing): so the cells it may come to fill
 * are, column by column from the anchor's, the empty ones above the first
 * non-empty cell, no lower than in the column before. Worked out from the
 * cells present, never by walking the sheet.
 */
export class SpillRoom {
  /** Per column that holds cells, the rows of its non-empty cells, in order. */
  private readonly rowsByCol = new Map<number, number[]>();
  private readonly cols: number[];

  constructor(sheet: SheetXml) {
    for (const row of sheet.rows) {
      for (const c of row.cells) {
        if (!child(c.el, "v") && !child(c.el, "f") && !child(c.el, "is")) continue; // a styled empty cell does not block a spill
        const list = this.rowsByCol.get(c.col) ?? [];
        list.push(c.row);
        this.rowsByCol.set(c.col, list);
      }
    }
    for (const list of this.rowsByCol.values()) list.sort((a, b) => a - b);
    this.cols = [...this.rowsByCol.keys()].sort((a, b) => a - b);
  }

  /** The areas a dynamic array now over `ref` may fill beyond it (and over it). */
  reach(ref: Area): Area[] {
    const out: Area[] = [];
    let limit = MAX_ROW;
    let next = ref.c1;
    for (let k = lowerBound(this.cols, ref.c1); k < this.cols.length; k++) {
      const col = this.cols[k];
      if (col > next) out.push({ r1: ref.r1, r2: limit, c1: next, c2: col - 1 });
      // Within the array's columns its own results do not block it; beyond them, anything from its first row does.
      const rows = this.rowsByCol.get(col) as number[];
      const from = col <= ref.c2 ? ref.r2 + 1 : ref.r1;
      const at = lowerBound(rows, from);
      limit = Math.min(limit, at < rows.length ? rows[at] - 1 : MAX_ROW);
      if (limit < ref.r1) return out;
      out.push({ r1: ref.r1, r2: limit, c1: col, c2: col });
      next = col + 1;
    }
    if (next <= MAX_COL) out.push({ r1: ref.r1, r2: limit, c1: next, c2: MAX_COL });
    return out;
  }
}

