import type { Rational } from "./rational";

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Whole-or-decimal number in Swedish ("2 455 914", "86,5") or English ("2,455,914", "86.5") form. */
export function formatNumber(value: Rational, lang: "sv" | "en", decimals = 4): string {
  const [int, frac] = value.toDecimalPlaces(decimals).toString().split(".");
  const neg = int.startsWith("-");
  const body = group(neg ? int.slice(1) : int, lang === "sv" ? "\u00a0" : ",");
  const sign = neg ? "−" : "";
  return frac ? `${sign}${body}${lang === "sv" ? "," : "."}${frac}` : `${sign}${body}`;
}

/**
 * An amount with its unit, joined by a no-break space so the unit never starts a line:
 * "−30 910 826 kr", "−SEK 30,910,826". The sign always comes first, before the unit in
 * English too, so a difference reads the same way whether it is "+SEK 3,000,000" or a loss.
 */
export function formatKronor(value: Rational, lang: "sv" | "en"): string {
  const number = formatNumber(value, lang, 2);
  const sign = number.startsWith("−") ? "−" : "";
  const digits = number.slice(sign.length);
  return lang === "sv" ? `${sign}${digits}\u00a0kr` : `${sign}SEK\u00a0${digits}`;
}

/** A sentence that begins with a column's or a measure's title ("höftprotesoperationer 2025 …") begins with a capital. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}
