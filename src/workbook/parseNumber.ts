import { Decimal } from "../engine/decimal";
import { cellError, errorProblem, isBlank, showCell, type CellValue } from "./cell";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const SWEDISH = /^\d{1,3}( \d{3})+(,\d+)?$|^\d+(,\d+)?$/; // 2 455 914 · 86,5 · 1 234,5
const ENGLISH = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/; // 2,455,914 · 86.5 · 1,234.5

/**
 * A number from a cell: a number, or text holding one in Swedish or English form.
 * "1,234" alone could be either, so it is refused rather than guessed.
 */
export function parseNumber(value: CellValue): Parsed<Decimal> {
  const error = cellError(value);
  if (error) return { ok: false, problem: errorProblem(error) };
  if (isBlank(value)) return { ok: false, problem: "is empty" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value: new Decimal(value) } : { ok: false, problem: `${value} is not a number` };
  }
  if (typeof value === "boolean") return { ok: false, problem: `${showCell(value)} is not a number` };
  const text = String(value);
  let t = text.trim().replace(/[\u2212\u2013]/g, "-");
  const negative = t.startsWith("-");
  if (negative || t.startsWith("+")) t = t.slice(1).trim();
  const spaced = t.replace(SPACES, " ");
  if (/^\d{1,3},\d{3}$/.test(spaced)) {
    return { ok: false, problem: `"${text}" is ambiguous: write ${spaced.replace(",", "")} or ${spaced.replace(",", ".")} (a comma is a decimal point in Swedish)` };
  }
  let plain: string | null = null;
  if (SWEDISH.test(spaced)) plain = spaced.replace(/ /g, "").replace(",", ".");
  else if (ENGLISH.test(spaced)) plain = spaced.replace(/,/g, "");
  if (plain === null) return { ok: false, problem: `"${text}" is not a number` };
  const d = new Decimal(plain);
  return { ok: true, value: negative ? d.neg() : d };
}
