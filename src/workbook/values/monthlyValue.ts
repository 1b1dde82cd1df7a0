import type { MonthlyMeasure } from "../../engine/types";
import type { Rational } from "../../engine/rational";
import { msg, quoted, type Msg } from "../../messages/message";
import { cellAt, isBlank, type SheetSnapshot } from "../sheet/cell";
import { cleanText, isDashOnly } from "../sheet/cellText";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { boundsOf } from "./monthlyBounds";
import { decimalParam, parseNumber } from "./parseNumber";

/** One monthly cell: no figure, a figure (and the percent text it was read from), or a problem. */
export type Figure = { kind: "none" } | { kind: "value"; value: Rational; percent: string | null } | { kind: "bad"; problem: Msg };

/** A number format that shows a percent: "0.00%", not a literal "%" in quotes. */
function percentFormat(format: string | undefined): boolean {
  return !!format && format.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%");
}

/**
 * A figure per 100 available beds. Per 100 is per cent, so "4,59%" (typed as
 * text, or a number shown through a percent format) is 4.59 per 100 beds: an
 * officer who types it means the rate she reads in the report, not 0.0459.
 * It is read so, and the region's explanation says which cells were.
 */
export function readFigure(sheet: SheetSnapshot, row: number, col: number): Figure {
  const v = cellAt(sheet, row, col);
  if (isBlank(v) || (typeof v === "string" && isDashOnly(v))) return { kind: "none" };
  const percent = typeof v === "string" ? /^(.*\d) ?%$/.exec(cleanText(v)) : null;
  if (percent) {
    const p = parseNumber(percent[1]);
    return p.ok ? { kind: "value", value: p.value, percent: v as string } : { kind: "bad", problem: msg("value.notNumber", { text: quoted(v as string) }) };
  }
  const p = parseNumber(v);
  if (!p.ok) return { kind: "bad", problem: p.problem };
  if (typeof v === "number" && percentFormat(sheet.numberFormats?.[row]?.[col])) return { kind: "value", value: p.value.mul(100), percent: `${p.value.mul(100).toString()}%` };
  return { kind: "value", value: p.value, percent: null };
}

/** The same figure in two cells: both empty, or the same number. */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (a.kind === "value" && b.kind === "value") return a.value.eq(b.value);
  return a.kind === "none" && b.kind === "none";
}

/** A figure that cannot be a rate per 100 beds is refused; one unusually high is computed and said. */
export function checkFigure(measure: MonthlyMeasure, month: string, value: Rational, at: string, errors: InputError[], warnings: Warning[]): boolean {
  const bounds = boundsOf(measure);
  const params = { measure: measure.title, month, value: decimalParam(value) };
  if (value.isNegative()) errors.push(inputError(at, "rate.negative", params));
  else if (value.gt(bounds.refuse)) errors.push(inputError(at, "monthly.implausible", { ...params, limit: bounds.refuse }));
  else {
    if (value.gt(bounds.warn)) warnings.push({ address: at, ...msg("monthly.unusual", { ...params, limit: bounds.warn }) });
    return true;
  }
  return false;
}
