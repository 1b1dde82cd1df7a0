import type { Rational } from "../../engine/rational";
import { msg, quoted } from "../../messages/message";
import { cellError, isBlank, type CellValue } from "../sheet/cell";
import { cleanText } from "../sheet/cellText";
import { decimalParam, parseNumber, type Parsed } from "./parseNumber";

export interface Planned {
  value: Rational;
  /** How a text cell was read, for the explanation; null for a plain number. */
  reading: { sv: string; en: string } | null;
}

// Dashes are one "-" after cleanText, so a range is "84-89" whichever dash was typed.
const NUM = String.raw`(\+?\d[\d .,]*?)`;
const RANGE = new RegExp(`^${NUM}\\s*-\\s*${NUM}$`);
const EV_NUMBER = new RegExp(`^${NUM}\\s*\\(\\s*ev\\.?\\s*${NUM}\\s*\\)$`, "i");
const EV_PLUS = new RegExp(`^${NUM}\\s*\\(\\s*ev\\.?\\s*\\+\\s*\\)$`, "i");
const NO_FIGURE = /^i\.?\s*u\.?$/i;

function num(text: string): Rational | null {
  const p = parseNumber(text.trim());
  return p.ok ? p.value : null;
}

function checked(value: Rational, reading: Planned["reading"]): Parsed<Planned> {
  if (value.isNegative()) return { ok: false, problem: msg("planned.negative", { value: decimalParam(value) }) };
  return { ok: true, value: { value, reading } };
}

/**
 * A planned value as the planning table prints it: 86, "86,5", "84–89" (a
 * range: its midpoint), "46 (ev. 48)" (midpoint of 46 and 48), "46 (ev. +)"
 * (46). "I.U" (ingen uppgift) has no figure: the officer must supply one.
 */
export function parsePlanned(value: CellValue): Parsed<Planned> {
  if (cellError(value) || isBlank(value) || typeof value !== "string") {
    const p = parseNumber(value);
    return p.ok ? checked(p.value, null) : p;
  }
  const text = cleanText(value);
  const shown = quoted(value);
  if (NO_FIGURE.test(text)) return { ok: false, problem: msg("planned.noFigure", { text: shown }) };
  const plain = parseNumber(text);
  if (plain.ok) return checked(plain.value, null);
  for (const [pattern, name] of [[RANGE, "range"], [EV_NUMBER, "ev"]] as const) {
    const m = pattern.exec(text);
    const lo = m && num(m[1]);
    const hi = m && num(m[2]);
    if (lo && hi) {
      if (hi.lt(lo)) return { ok: false, problem: msg("planned.backwards", { text: shown }) };
      const mid = lo.plus(hi).div(2);
      const sv = `${shown} lästes som ${name === "range" ? "intervallets mittpunkt" : `mittpunkten mellan ${lo} och ${hi}`}, ${mid.toString().replace(".", ",")}`;
      const en = `${shown} read as ${name === "range" ? "the midpoint of the range" : `the midpoint of ${lo} and ${hi}`}, ${mid.toString()}`;
      return checked(mid, { sv, en });
    }
  }
  const plus = EV_PLUS.exec(text);
  const base = plus && num(plus[1]);
  if (base) return checked(base, { sv: `${shown} lästes som ${base}`, en: `${shown} read as ${base}` });
  return { ok: false, problem: msg("planned.invalid", { text: shown }) };
}
