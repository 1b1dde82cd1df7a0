import { ZERO, sum, type Rational } from "../../engine/rational";
import type { RoundingRule } from "../../engine/rounding/roundingRule";
import type { Explanation, RoundResult } from "../../engine/types";
import type { Msg } from "../../messages/message";
import { blockLabel } from "../../engine/blockLabel";
import { cellAddress, cellAt, cellError, errorProblem, formulaAt, isBlank, type CellValue, type SheetSnapshot } from "../sheet/cell";
import { isDashOnly } from "../sheet/cellText";
import { inputError, type InputError } from "../sheet/inputError";
import { parseNumber } from "../values/parseNumber";
import type { WritePlan } from "../write/planWrite";
import type { RegionRead } from "../read/readRegions";

/** One allocation cell whose figure is not Fördela's exact amount. */
export interface CellDifference {
  address: string;
  code: string;
  region: string;
  /** A block's id, or "total". */
  block: string;
  /** The block as the table names it ("Block 1", "Totalt"). */
  label: { sv: string; en: string };
  /** The workbook's figure; null where the cell is empty or holds no number. */
  workbook: Rational | null;
  /** What the cell shows where it holds no number ("", "–", "#REF!", "x"). */
  shown: string | null;
  /** The cell is empty where Fördela has an amount: not filled in, which is not a differing figure ("–" is, it says nothing). */
  unfilled: boolean;
  fordela: Rational;
  /** workbook − Fördela; null where the workbook has no figure. */
  difference: Rational | null;
  /** Why the region gets Fördela's amount, block by block (named as the table names them) for the total. */
  explanation: (Explanation & { label: { sv: string; en: string } })[];
}

/** One allocation column: the workbook's sum against the pot and Fördela's sum. */
export interface ColumnSum {
  block: string;
  label: { sv: string; en: string };
  column: string;
  workbook: Rational;
  fordela: Rational;
  pot: Rational;
}

export interface CheckResult {
  /** Cells compared: a region's block amounts and total. */
  checked: number;
  differences: CellDifference[];
  sums: ColumnSum[];
  /** What keeps a column from being checked at all (it is not in the table); nothing else is compared then. */
  errors: InputError[];
  /** Set where every figure follows another rule for the last krona than the round's: that rule, and how to compute by it. */
  convention?: { rule: RoundingRule; message: Msg };
}

/** A cell's figure as an officer's workbook holds it: a number, a formula's result, or a number typed as text; empty and "–" are no figure. */
function figureOf(v: CellValue): { value: Rational | null; shown: string | null } {
  if (isBlank(v) || (typeof v === "string" && isDashOnly(v))) return { value: null, shown: typeof v === "string" ? v.trim() : "" };
  const error = cellError(v);
  if (error) return { value: null, shown: error };
  const p = parseNumber(v);
  return p.ok ? { value: p.value, shown: null } : { value: null, shown: String(v) };
}

/**
 * Fördela's exact amounts against the figures already in the workbook's
 * allocation columns (typed or formula results): every cell that differs, and
 * each column's sum against its pot. Reads only; the plan says where the
 * allocation cells are, exactly as a computation would write them.
 */
export function checkRound(sheet: SheetSnapshot, plan: WritePlan, result: RoundResult, regions: readonly RegionRead[]): CheckResult {
  const errors: InputError[] = [];
  const columns = plan.columns.filter((c) => c.output !== "increase");
  const headerRow = Math.min(...regions.map((r) => r.row)) - 1;
  for (const c of columns.filter((c) => c.appended)) {
    errors.push(inputError(cellAddress(sheet.name, Math.max(0, headerRow), c.col), "check.noColumn", { column: c.header }));
  }
  if (errors.length) return { checked: 0, differences: [], sums: [], errors };
  const differences: CellDifference[] = [];
  const sums: ColumnSum[] = [];
  let checked = 0;
  const labelOf = (id: string) => {
    const b = result.blocks.find((x) => x.id === id) ?? { id, title: id };
    return { sv: blockLabel(b, "sv"), en: blockLabel(b, "en") };
  };
  for (const c of columns) {
    const id = c.output === "total" ? "total" : c.output.slice("block:".length);
    const block = result.blocks.find((b) => b.id === id);
    const label = id === "total" ? { sv: "Totalt", en: "Total" } : labelOf(id);
    const figures: Rational[] = [];
    regions.forEach((read, i) => {
      const res = result.regions[i];
      const fordela = id === "total" ? res.total : res.amounts[id];
      const raw = cellAt(sheet, read.row, c.col);
      // A formula never computed shows nothing an officer could check against.
      if (cellError(raw) && formulaAt(sheet, read.row, c.col) !== null) errors.push(inputError(cellAddress(sheet.name, read.row, c.col), "check.cell", { region: res.name, column: label, problem: errorProblem(cellError(raw)!) }));
      const { value, shown } = figureOf(raw);
      checked++;
      if (value) figures.push(value);
      // An empty cell or "–" for a region that gets nothing agrees: that is how officers write nothing.
      const agrees = value ? value.eq(fordela) : fordela.isZero() && (shown === "" || (shown !== null && isDashOnly(shown)));
      if (agrees) return;
      differences.push({
        address: cellAddress(sheet.name, read.row, c.col),
        code: res.code,
        region: res.name,
        block: id,
        label,
        workbook: value,
        shown,
        unfilled: isBlank(raw),
        fordela,
        difference: value ? value.minus(fordela) : null,
        explanation: res.explanation.filter((e) => id === "total" || e.block === id).map((e) => ({ ...e, label: labelOf(e.block) })),
      });
    });
    const fordelaSum = id === "total" ? result.totals.total : result.totals[id];
    const pot = id === "total" ? sum(result.blocks.map((b) => b.pot)) : (block?.pot ?? ZERO);
    sums.push({ block: id, label, column: cellAddress(sheet.name, regions[0]?.row ?? 0, c.col).replace(/\d+$/, "").split("!")[1], workbook: sum(figures), fordela: fordelaSum, pot });
  }
  return { checked, differences, sums, errors };
}

/** The cells whose figure differs from Fördela's (a number, "–", text, an error), apart from those not filled in. */
export function differing(c: CheckResult): CellDifference[] {
  return c.differences.filter((d) => !d.unfilled);
}

/** The empty cells where Fördela has an amount: not filled in yet. */
export function unfilled(c: CheckResult): CellDifference[] {
  return c.differences.filter((d) => d.unfilled);
}

/** Fördela's amounts as whole kronor agree with the workbook everywhere. */
export function allAgree(c: CheckResult): boolean {
  return c.errors.length === 0 && c.differences.length === 0;
}
