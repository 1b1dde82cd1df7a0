import type { Decimal } from "../engine/decimal";
import { cellError, isBlank, type CellValue } from "./cell";
import { parseNumber, type Parsed } from "./parseNumber";

export interface Planned {
  value: Decimal;
  /** How a text cell was read, for the explanation; null for a plain number. */
  reading: string | null;
}

const NUM = String.raw`([+-]?\d[\d\s\u00a0.,]*?)`;
const RANGE = new RegExp(`^${NUM}\\s*[-–—‑]\\s*${NUM}$`);
const EV_NUMBER = new RegExp(`^${NUM}\\s*\\(\\s*ev\\.?\\s*${NUM}\\s*\\)$`, "i");
const EV_PLUS = new RegExp(`^${NUM}\\s*\\(\\s*ev\\.?\\s*\\+\\s*\\)$`, "i");
const NO_FIGURE = /^i\.?\s*u\.?$/i;

function num(text: string): Decimal | null {
  const p = parseNumber(text.trim());
  return p.ok ? p.value : null;
}

/**
 * A planned value as the planning table prints it: 86, "86,5", "84–89" (a
 * range: its midpoint), "46 (ev. 48)" (midpoint of 46 and 48), "46 (ev. +)"
 * (46). "I.U" (ingen uppgift) has no figure: the officer must supply one.
 */
export function parsePlanned(value: CellValue): Parsed<Planned> {
  if (cellError(value) || isBlank(value) || typeof value !== "string") {
    const p = parseNumber(value);
    return p.ok ? { ok: true, value: { value: p.value, reading: null } } : p;
  }
  const text = value.trim();
  if (NO_FIGURE.test(text)) return { ok: false, problem: `"${text}" (ingen uppgift) has no planned figure: enter the value to use` };
  const plain = num(text);
  if (plain) return { ok: true, value: { value: plain, reading: null } };
  for (const [pattern, name] of [[RANGE, "range"], [EV_NUMBER, "ev"]] as const) {
    const m = pattern.exec(text);
    const lo = m && num(m[1]);
    const hi = m && num(m[2]);
    if (lo && hi) {
      if (hi.lt(lo)) return { ok: false, problem: `"${text}": the range runs backwards` };
      const mid = lo.plus(hi).div(2);
      return { ok: true, value: { value: mid, reading: `"${text}" read as ${name === "range" ? "the midpoint of the range" : `the midpoint of ${lo.toString()} and ${hi.toString()}`}, ${mid.toString()}` } };
    }
  }
  const plus = EV_PLUS.exec(text);
  const base = plus && num(plus[1]);
  if (base) return { ok: true, value: { value: base, reading: `"${text}" read as ${base.toString()}` } };
  return { ok: false, problem: `"${text}" is not a planned value (a number, a range like 84–89, or like 46 (ev. 48))` };
}
