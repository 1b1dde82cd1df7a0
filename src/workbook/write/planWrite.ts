import type { Rational } from "../../engine/rational";
import type { RoundDef, RoundResult } from "../../engine/types";
import { cellAddress, cellAt, formulaAt, isBlank as isBlankCell, type CellValue, type SheetSnapshot } from "../sheet/cell";
import { blockLabel } from "../../engine/blockLabel";
import type { FoundTable } from "../table/findTable";
import { headerText, outputColumnOf, type OutputColumn } from "../table/headers";
import { monthOf } from "../table/monthHeader";
import type { RegionRead } from "../read/readRegions";

/** The thousands format in its language-independent form (built-in format 3); Swedish Excel shows 2 455 914. */
export const AMOUNT_FORMAT = "#,##0";

export interface CellWrite {
  row: number;
  col: number;
  value: number | string;
  numFmt?: string;
}

/** A non-empty cell the plan replaces; `ours` when an earlier run of Fördela wrote exactly that. */
export interface Overwrite {
  address: string;
  row: number;
  col: number;
  /** What the cell held: its formula if it had one, else its value. */
  before: CellValue;
  after: number | string;
  ours: boolean;
}

export interface OutputColumnPlan {
  output: OutputColumn;
  col: number;
  header: string;
  appended: boolean;
}

export interface WritePlan {
  sheet: string;
  columns: OutputColumnPlan[];
  cells: CellWrite[];
  overwrites: Overwrite[];
}

type BlockName = { id: string; title: string };

/** Swedish headers for appended columns (workbook.md lists both languages as recognised). */
function headerFor(output: OutputColumn, blocks: readonly BlockName[]): string {
  if (output === "increase") return "Utökning";
  if (output === "total") return "Totalt";
  const id = output.slice("block:".length);
  return blockLabel(blocks.find((b) => b.id === id) ?? { id, title: id });
}

function outputsOf(round: RoundDef, blocks: readonly BlockName[]): OutputColumn[] {
  const increase: OutputColumn[] = round.blocks.some((b) => b.kind === "ladder") ? ["increase"] : [];
  return [...increase, ...blocks.map((b): OutputColumn => `block:${b.id}`), "total"];
}

function placeColumns(sheet: SheetSnapshot, table: FoundTable, round: RoundDef, blocks: readonly BlockName[]): OutputColumnPlan[] {
  const inputCols = new Set([...Object.values(table.columns), ...Object.values(table.values ?? {})]);
  const found = new Map<OutputColumn, number>();
  (sheet.values[table.headerRow] ?? []).forEach((v, col) => {
    const header = headerText(v);
    // "Överbeläggningar feb 2024" is an input month, not the overcrowding block's column.
    if (inputCols.has(col) || monthOf(header)) return;
    const out = outputColumnOf(header, blocks);
    if (out && !found.has(out)) found.set(out, col);
  });
  let next = table.lastCol + 1;
  return outputsOf(round, blocks).map((output) => {
    const existing = found.get(output);
    if (existing !== undefined) return { output, col: existing, header: String(cellAt(sheet, table.headerRow, existing)), appended: false };
    return { output, col: next++, header: headerFor(output, blocks), appended: true };
  });
}

function valueOf(output: OutputColumn, amounts: Record<string, Rational>, total: Rational, increase: Rational | null): Rational | null {
  if (output === "increase") return increase;
  if (output === "total") return total;
  return amounts[output.slice("block:".length)] ?? null;
}

function same(a: CellValue, b: number | string): boolean {
  return typeof a === typeof b ? a === b : String(a) === String(b);
}

/**
 * The allocation cells to write, and nothing else: per region the increase,
 * each block and the total, plus the headers of appended columns. `written`
 * holds what an earlier run wrote (from its record sheet), so rerunning does
 * not ask about our own numbers.
 */
export function planWrite(
  sheet: SheetSnapshot,
  table: FoundTable,
  round: RoundDef,
  result: RoundResult,
  regions: readonly RegionRead[],
  written: ReadonlyMap<string, CellValue> = new Map(),
): WritePlan {
  const columns = placeColumns(sheet, table, round, result.blocks);
  const cells: CellWrite[] = [];
  for (const c of columns.filter((c) => c.appended)) cells.push({ row: table.headerRow, col: c.col, value: c.header });
  regions.forEach((read, i) => {
    const res = result.regions[i];
    for (const c of columns) {
      const v = valueOf(c.output, res.amounts, res.total, res.increase);
      if (v === null) continue;
      cells.push({ row: read.row, col: c.col, value: v.toNumber(), numFmt: c.output === "increase" ? undefined : AMOUNT_FORMAT });
    }
  });
  const overwrites: Overwrite[] = [];
  for (const w of cells) {
    const formula = formulaAt(sheet, w.row, w.col);
    const before = formula ?? cellAt(sheet, w.row, w.col);
    if (isBlankCell(before)) continue;
    const address = cellAddress(sheet.name, w.row, w.col);
    const prior = written.get(address);
    const ours = formula === null && prior !== undefined && prior !== null && same(before, prior as number | string);
    overwrites.push({ address, row: w.row, col: w.col, before, after: w.value, ours });
  }
  return { sheet: sheet.name, columns, cells, overwrites };
}

/** Cells that hold something Fördela did not write: the user must agree before they are replaced. */
export function conflictsOf(plan: WritePlan): Overwrite[] {
  return plan.overwrites.filter((o) => !o.ours && !same(o.before, o.after));
}
