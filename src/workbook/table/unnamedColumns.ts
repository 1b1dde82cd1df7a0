import { msg } from "../../messages/message";
import { cellAddress, cellAt, cellError, columnLetter, formulaAt, isBlank, type SheetSnapshot } from "../sheet/cell";
import { inputError, type InputError } from "../sheet/inputError";
import { parseNumber } from "../values/parseNumber";
import { parseYesNo } from "../values/parseYesNo";
import type { TableRow } from "./regionRows";
import type { HeaderColumn } from "./tableHeader";

/** A cell an input could hold: a number (typed or as text) or a yes or no. */
function isFigure(value: ReturnType<typeof cellAt>): boolean {
  return typeof value !== "string" || isBlank(value) ? typeof value === "number" : parseNumber(value).ok || parseYesNo(value).ok;
}

function figures(sheet: SheetSnapshot, rows: readonly TableRow[], col: number, typedOnly: boolean): boolean {
  return rows.some((r) => isFigure(cellAt(sheet, r.row, col)) && !(typedOnly && formulaAt(sheet, r.row, col) !== null));
}

/**
 * Columns of the table with figures under an empty header, or under an error
 * value (`#REF!` where a header formula lost its source). What such a column
 * is cannot be known, and another column may be read in its place (the
 * started posts alone where the filled posts lost their header), so it is
 * refused at its header cell unless a mapping names it. Between the region
 * column and the last header, and in the typed columns right after it; a
 * column of formulas after the table (an officer's own `=MAX(D5:E5)`) is hers.
 */
export function unnamedColumns(sheet: SheetSnapshot, headerRow: number, headers: readonly HeaderColumn[], regionCol: number, rows: readonly TableRow[], mapped: ReadonlySet<number>, to: number): InputError[] {
  const named = (c: number) => {
    const h = headers.find((x) => x.col === c);
    return h !== undefined && (h.own !== "" || h.group !== "");
  };
  const lastNamed = Math.max(regionCol, ...headers.filter((h) => named(h.col)).map((h) => h.col));
  const errors: InputError[] = [];
  for (let c = regionCol + 1; c <= to; c++) {
    const inside = c <= lastNamed;
    if (named(c) || mapped.has(c)) continue;
    const has = figures(sheet, rows, c, !inside);
    // Right of the table, the run of typed columns ends at the first column without them.
    if (!inside && !has) break;
    if (!has) continue;
    const header = cellAt(sheet, headerRow, c);
    const error = cellError(header);
    const hint = msg("hint.mapAny", { column: columnLetter(c) });
    errors.push(error ? inputError(cellAddress(sheet.name, headerRow, c), "column.errorHeader", { column: columnLetter(c), error, hint }) : inputError(cellAddress(sheet.name, headerRow, c), "column.noHeader", { column: columnLetter(c), hint }));
  }
  return errors;
}
