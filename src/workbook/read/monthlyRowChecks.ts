import { cellAt, showCell, type SheetSnapshot } from "../sheet/cell";
import { inputError, type InputError } from "../sheet/inputError";
import { parseYesNo } from "../values/parseYesNo";
import type { Region } from "../values/regions";
import type { MonthlyWhere } from "./readMonthly";

/**
 * What a region's row in the main table says against its monthly figures.
 * Reported ("Rapporterat data", "Ansökt") empty or Nej beside figures: one of
 * them is wrong, and which decides money; refused at the reported cell naming
 * a figure's cell, as the AT rounds refuse it beside a count. A region that
 * reported but has no row on a measure sheet read: refused naming the sheet
 * (a region that did not report may well be missing).
 */
export function monthlyRowProblems(x: {
  region: Region;
  applied: boolean;
  /** The reported column's cell of this row, when the table has one. */
  appliedCell: { sheet: SheetSnapshot; row: number; col: number; address: string } | null;
  where: MonthlyWhere | undefined;
}): InputError[] {
  const { region, applied, appliedCell, where } = x;
  if (!where) return [];
  if (!applied && appliedCell && where.firstFigure) {
    const raw = cellAt(appliedCell.sheet, appliedCell.row, appliedCell.col);
    // A cell that is neither yes nor no is refused as such already.
    if (!parseYesNo(raw).ok) return [];
    return [inputError(appliedCell.address, "applied.noButMonthly", { region: region.name, value: showCell(raw), cell: where.firstFigure })];
  }
  if (!applied) return [];
  return where.absent.map((a) => inputError(a.address, "monthly.regionMissing", { region: region.name, sheet: a.sheet }));
}
