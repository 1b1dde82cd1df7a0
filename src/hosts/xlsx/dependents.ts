import { MAX_COL } from "./formulaRefs";
import type { Area } from "./structuredRefs";

const LEAVES = MAX_COL + 1; // 2^14: a perfect binary tree over the columns, node 1 the root, leaf c at LEAVES + c

/**
 * The areas of one column-tree node, sorted by first row, with a tree of the
 * largest last row over them: every area overlapping rows [a, b] is found in
 * O(log n) each, and taken out as it is found.
 */
class RowSpans {
  r1: number[] = [];
  r2: number[] = [];
  ids: number[] = [];
  private size = 1;
  private max: Int32Array = new Int32Array(2);

  freeze(): void {
    const order = this.r1.map((_, k) => k).sort((x, y) => this.r1[x] - this.r1[y]);
    this.r1 = order.map((k) => this.r1[k]);
    this.r2 = order.map((k) => this.r2[k]);
    this.ids = order.map((k) => this.ids[k]);
    while (this.size < this.r1.length) this.size *= 2;
    this.max = new Int32Array(2 * this.size).fill(-1);
    this.r2.forEach((v, k) => (this.max[this.size + k] = v));
    for (let k = this.size - 1; k >= 1; k--) this.max[k] = Math.max(this.max[2 * k], this.max[2 * k + 1]);
  }

  /** Every area taken: the node can go. */
  empty(): boolean {
    return this.max[1] < 0;
  }

  /** Whether some area holds the row (nothing taken). */
  holds(row: number): boolean {
    const k = this.upTo(row);
    // The largest last row among the first k areas, from the tree's canonical nodes over [0, k).
    let best = -1;
    for (let l = this.size, r = this.size + k; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.max(best, this.max[l++]);
      if (r & 1) best = Math.max(best, this.max[--r]);
    }
    return best >= row;
  }

  /** How many areas start at or above row `b`. */
  private upTo(b: number): number {
    let lo = 0;
    let hi = this.r1.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.r1[mid] <= b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  take(a: number, b: number, found: (id: number) => void): void {
    this.collect(1, 0, this.size, this.upTo(b), a, found);
  }

  private collect(node: number, from: number, to: number, limit: number, a: number, found: (id: number) => void): void {
    if (from >= limit || this.max[node] < a) return;
    if (node >= this.size) {
      this.max[node] = -1;
      for (let up = node >> 1; up >= 1; up >>= 1) this.max[up] = Math.max(this.max[2 * up], this.max[2 * up + 1]);
      found(this.ids[node - this.size]);
      return;
    }
    const mid = (from + to) >> 1;
    this.collect(2 * node, from, mid, limit, a, found);
    this.collect(2 * node + 1, mid, to, limit, a, found);
  }
}

/**
 * Which formulas read a cell: every area a formula reads, on each sheet, in a
 * segment tree over the columns (an area sits in the O(log) nodes that cover
 * its columns) whose nodes hold row spans. A query gives each formula whose
 * area overlaps the asked one, once, and takes what it found out, so that no
 * entry is looked at twice: a whole pass costs O((areas + queries) · log²).
 */
export class DependentsIndex {
  private readonly sheets = new Map<string, { nodes: Map<number, RowSpans>; below: Set<number> }>();
  /** Ids already given: an area sits in several nodes, and a formula reads several areas. */
  private readonly given = new Set<number>();

  add(sheet: string, area: Area, id: number): void {
    let s = this.sheets.get(sheet);
    if (!s) this.sheets.set(sheet, (s = { nodes: new Map(), below: new Set() }));
    const c1 = Math.max(0, area.c1);
    const c2 = Math.min(MAX_COL, area.c2);
    if (c2 < c1 || area.r2 < area.r1) return;
    for (let l = c1 + LEAVES, r = c2 + LEAVES + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) this.put(s, l++, area, id);
      if (r & 1) this.put(s, --r, area, id);
    }
  }

  private put(s: { nodes: Map<number, RowSpans>; below: Set<number> }, node: number, area: Area, id: number): void {
    let spans = s.nodes.get(node);
    if (!spans) {
      s.nodes.set(node, (spans = new RowSpans()));
      for (let up = node >> 1; up >= 1 && !s.below.has(up); up >>= 1) s.below.add(up);
    }
    spans.r1.push(area.r1);
    spans.r2.push(area.r2);
    spans.ids.push(id);
  }

  /** Call once, after the last add. */
  freeze(): void {
    for (const s of this.sheets.values()) for (const spans of s.nodes.values()) spans.freeze();
  }

  /** Each formula (by id) with an area overlapping `area` on `sheet`, those areas taken out; no id is given twice. */
  take(sheet: string, area: Area, found: (id: number) => void): void {
    const s = this.sheets.get(sheet);
    const once = (id: number) => {
      if (this.given.has(id)) return;
      this.given.add(id);
      found(id);
    };
    if (s) this.visit(s, 1, 0, LEAVES - 1, area, once);
  }

  /** Whether some area on `sheet` holds the cell (nothing taken). */
  covers(sheet: string, row: number, col: number): boolean {
    const s = this.sheets.get(sheet);
    if (!s) return false;
    for (let node = LEAVES + col; node >= 1; node >>= 1) if (s.nodes.get(node)?.holds(row)) return true;
    return false;
  }

  private visit(s: { nodes: Map<number, RowSpans>; below: Set<number> }, node: number, lo: number, hi: number, area: Area, found: (id: number) => void): void {
    if (hi < area.c1 || lo > area.c2) return;
    const spans = s.nodes.get(node);
    if (spans) {
      spans.take(area.r1, area.r2, found);
      if (spans.empty()) s.nodes.delete(node); // taken whole: later queries skip it
    }
    if (node >= LEAVES || !s.below.has(node)) return;
    const mid = (lo + hi) >> 1;
    this.visit(s, 2 * node, lo, mid, area, found);
    this.visit(s, 2 * node + 1, mid + 1, hi, area, found);
    const live = (c: number) => s.nodes.has(c) || s.below.has(c);
    if (!live(2 * node) && !live(2 * node + 1)) s.below.delete(node);
  }
}
