/// <reference types="office-js" />
/**
 * Reading sheets through Office.js within Excel's documented limits: the cells
 * of each used range in chunks of rows sized to the 5 MB request limit, and
 * merged areas and visible cells asked only for that range, in parts where a
 * part has more than Excel will answer. Every call learns the workbook as it is
 * now: nothing here outlives the batch it runs in.
 */
import type { SheetSnapshot } from "../../workbook/sheet/cell";
import { CELLS_PER_REQUEST, isPayloadTooLarge } from "./officeLimits";
import { areasOf, hiddenRows, snapshotFromRange, type LoadedRange } from "./officeRanges";

/** A used range's place on its sheet (0-based), or null for an empty sheet. */
export interface Extent {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Part {
  ws: Excel.Worksheet;
  sheet: number;
  row: number;
  rows: number;
}

/** Each part loaded with one sync while Excel takes it; a part over the payload limit is halved until it fits. */
async function loadParts<T>(context: Excel.RequestContext, parts: Part[], queue: (p: Part) => T, out: (p: Part, loaded: T) => void): Promise<void> {
  const loaded = parts.map(queue);
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    if (parts.length > 1) {
      const half = Math.ceil(parts.length / 2);
      await loadParts(context, parts.slice(0, half), queue, out);
      return loadParts(context, parts.slice(half), queue, out);
    }
    const [p] = parts;
    if (p.rows <= 1) throw e;
    const top = Math.ceil(p.rows / 2);
    return loadParts(context, [{ ...p, rows: top }, { ...p, row: p.row + top, rows: p.rows - top }], queue, out);
  }
  parts.forEach((p, i) => out(p, loaded[i]));
}

/** The sheets' used ranges cut into parts of at most CELLS_PER_REQUEST cells, grouped into requests of that many cells. */
function requests(targets: readonly { ws: Excel.Worksheet; extent: Extent | null }[]): Part[][] {
  const groups: Part[][] = [[]];
  let cells = 0;
  targets.forEach(({ ws, extent }, sheet) => {
    if (!extent) return;
    const step = Math.max(1, Math.floor(CELLS_PER_REQUEST / extent.cols));
    for (let row = extent.row; row < extent.row + extent.rows; row += step) {
      const rows = Math.min(step, extent.row + extent.rows - row);
      if (cells + rows * extent.cols > CELLS_PER_REQUEST && groups[groups.length - 1].length) groups.push([]), (cells = 0);
      groups[groups.length - 1].push({ ws, sheet, row, rows });
      cells += rows * extent.cols;
    }
  });
  return groups.filter((g) => g.length);
}

/** Values, formulas and number formats of every used range, as snapshots (row 0, column 0 is A1). */
export async function readCells(context: Excel.RequestContext, targets: readonly { name: string; ws: Excel.Worksheet; extent: Extent | null }[], date1904: boolean): Promise<SheetSnapshot[]> {
  const ranges: LoadedRange[][] = targets.map(() => []);
  for (const group of requests(targets)) {
    await loadParts(
      context,
      group,
      (p) => {
        const e = targets[p.sheet].extent!;
        const range = p.ws.getRangeByIndexes(p.row, e.col, p.rows, e.cols);
        range.load(["values", "formulas", "numberFormat", "rowIndex", "columnIndex"]);
        return range;
      },
      (p, range) => void ranges[p.sheet].push(range),
    );
  }
  return targets.map((t, i) => snapshotFromRange(t.name, ranges[i], date1904));
}

/**
 * Hidden rows and merged ranges of each used range, for the same warnings and
 * headers as the .xlsx host. Asked only for the used range (the whole sheet is
 * slow, office-js #4245), all sheets in one request; where Excel refuses that
 * (more than 512 merged areas in a range), each sheet's part alone, merges in
 * halves of rows. What still cannot be read is said on the snapshot, and costs
 * only what it would have told.
 */
export async function readLayout(context: Excel.RequestContext, targets: readonly { ws: Excel.Worksheet; extent: Extent | null }[], snapshots: SheetSnapshot[]): Promise<void> {
  const present = targets.flatMap(({ ws, extent }, i) => (extent ? [{ ws, extent, snapshot: snapshots[i] }] : []));
  const range = (t: (typeof present)[number]) => t.ws.getRangeByIndexes(t.extent.row, t.extent.col, t.extent.rows, t.extent.cols);
  const asked = present.map((t) => ({ t, visible: visibleOf(range(t)), merged: mergedOf(range(t)) }));
  try {
    await context.sync();
    for (const { t, visible, merged } of asked) {
      t.snapshot.hiddenRows = hiddenRows(visible.isNullObject ? [] : areasOf(visible.address), t.snapshot.values.length, t.extent.row);
      t.snapshot.merges = merged.isNullObject ? [] : areasOf(merged.address);
    }
    return;
  } catch {
    // One part was refused: ask each again alone, so that only what fails is missing.
  }
  for (const t of present) {
    try {
      const visible = visibleOf(range(t));
      // Only after Excel refused the one request: each sheet alone, so that one refusal costs one sheet's warnings.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      t.snapshot.hiddenRows = hiddenRows(visible.isNullObject ? [] : areasOf(visible.address), t.snapshot.values.length, t.extent.row);
    } catch {
      t.snapshot.unread = [...(t.snapshot.unread ?? []), "hiddenRows"];
    }
    try {
      t.snapshot.merges = await mergedAreas(context, t.ws, t.extent);
    } catch {
      t.snapshot.unread = [...(t.snapshot.unread ?? []), "merges"];
    }
  }
}

/** The visible cells of a range (ExcelApi 1.9): hidden and filtered-out rows are the gaps among them. */
function visibleOf(range: Excel.Range): Excel.RangeAreas {
  const v = range.getSpecialCellsOrNullObject("Visible");
  v.load("address");
  return v;
}

/** The merged areas of a range (ExcelApi 1.13). */
function mergedOf(range: Excel.Range): Excel.RangeAreas {
  const m = range.getMergedAreasOrNullObject();
  m.load("address");
  return m;
}

/** The merged areas of a range, halving it by rows while Excel refuses a part (more than 512 areas in it). */
async function mergedAreas(context: Excel.RequestContext, ws: Excel.Worksheet, e: Extent): Promise<string[]> {
  const merged = mergedOf(ws.getRangeByIndexes(e.row, e.col, e.rows, e.cols));
  try {
    await context.sync();
  } catch (err) {
    if (e.rows <= 1) throw err;
    const top = Math.ceil(e.rows / 2);
    // An area across the cut is named by both halves: once is enough.
    return [...new Set([...(await mergedAreas(context, ws, { ...e, rows: top })), ...(await mergedAreas(context, ws, { ...e, row: e.row + top, rows: e.rows - top }))])];
  }
  return merged.isNullObject ? [] : areasOf(merged.address);
}
