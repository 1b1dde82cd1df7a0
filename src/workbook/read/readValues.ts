import type { ColumnDef } from "../../engine/types";
import type { Rational } from "../../engine/rational";
import { msg, type Msg } from "../../messages/message";
import { cellAddress, cellAt, cellError, errorProblem, isBlank, type SheetSnapshot } from "../sheet/cell";
import { isNoFigure } from "../sheet/cellText";
import { inputError, type InputError } from "../sheet/inputError";
import { decimalParam, parseNumber } from "../values/parseNumber";
import type { Region } from "../values/regions";

export interface ValuesRead {
  values: Record<string, Rational | null>;
  notes: Msg[];
  errors: InputError[];
}

/**
 * One region's values in the round's declared columns: numbers of zero or
 * more. An error value or text that is no number is refused, whether the
 * region takes part or not; an empty cell ("–" too) is refused only for a
 * region that takes part, since every declared column weighs or measures it.
 */
export function readValues(sheet: SheetSnapshot, row: number, region: Region, declared: readonly ColumnDef[], cols: Record<string, number>, applied: boolean): ValuesRead {
  const values: Record<string, Rational | null> = {};
  const notes: Msg[] = [];
  const errors: InputError[] = [];
  for (const d of declared) {
    const col = cols[d.id];
    if (col === undefined) continue;
    const address = cellAddress(sheet.name, row, col);
    const field = { sv: d.title, en: d.titleEn ?? d.title };
    const raw = cellAt(sheet, row, col);
    const problem = (p: Msg) => errors.push(inputError(address, "cell.problem", { field, region: region.name, problem: p }));
    values[d.id] = null;
    const error = cellError(raw);
    if (error) {
      problem(errorProblem(error));
      continue;
    }
    if (isBlank(raw) || (typeof raw === "string" && isNoFigure(raw))) {
      if (applied) errors.push(inputError(address, "value.missing", { title: field, region: region.name }));
      continue;
    }
    const p = parseNumber(raw);
    if (!p.ok) problem(p.problem);
    else if (p.value.isNegative()) problem(msg("value.negative", { value: decimalParam(p.value) }));
    else {
      values[d.id] = p.value;
      notes.push(msg("note.value", { field, value: decimalParam(p.value), cell: address }));
    }
  }
  return { values, notes, errors };
}
