import { Rational } from "../../engine/rational";
import { msg, quoted, type Msg } from "../../messages/message";
import { cellError, errorProblem, isBlank, showCell, type CellValue } from "../sheet/cell";
import { cleanText } from "../sheet/cellText";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Msg };

const SWEDISH = /^\d{1,3}( \d{3})+(,\d+)?$|^\d+(,\d+)?$/; // 2 455 914 · 86,5 · 1 234,5
const ENGLISH = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/; // 2,455,914 · 86.5 · 1,234.5

export function decimalParam(d: Rational): { decimal: string } {
  return { decimal: d.toString() };
}

/**
 * A number from a cell: a number, or text holding one in Swedish or English form,
 * with any space, dash or minus sign an officer types or pastes.
 * "1,234" alone could be either, so it is refused rather than guessed.
 */
export function parseNumber(value: CellValue): Parsed<Rational> {
  const error = cellError(value);
  if (error) return { ok: false, problem: errorProblem(error) };
  if (isBlank(value)) return { ok: false, problem: msg("value.empty") };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value: Rational.fromCell(value) } : { ok: false, problem: msg("value.notNumber", { text: String(value) }) };
  }
  if (typeof value === "boolean") return { ok: false, problem: msg("value.boolean", { value: showCell(value) }) };
  const text = String(value);
  let t = cleanText(text);
  const negative = t.startsWith("-");
  if (negative || t.startsWith("+")) t = t.slice(1).trim();
  if (/^\d{1,3},\d{3}$/.test(t)) {
    return { ok: false, problem: msg("value.ambiguous", { text: quoted(text), thousands: t.replace(",", ""), decimal: t.replace(",", ".") }) };
  }
  let plain: string | null = null;
  if (SWEDISH.test(t)) plain = t.replace(/ /g, "").replace(",", ".");
  else if (ENGLISH.test(t)) plain = t.replace(/,/g, "");
  if (plain === null) return { ok: false, problem: msg("value.notNumber", { text: quoted(text) }) };
  const d = Rational.from(plain);
  return { ok: true, value: negative ? d.neg() : d };
}
