import { Rational } from "../engine/rational";
import { DEFAULT_ROUNDING, type RoundingMethod, type RoundingRule } from "../engine/rounding/roundingRule";
import { showCell, type CellValue } from "../workbook/sheet/cell";
import { cleanText } from "../workbook/sheet/cellText";
import { decimalParam, parseNumber } from "../workbook/values/parseNumber";
import { handedOver } from "./argRanges";
import { FunctionError } from "./functionError";

/**
 * The words a rounding method is written with in a function's argument: the
 * round file's names, and the Swedish an officer types. Compared without case,
 * spaces, hyphens or underscores, so "Största rest", "största-resten" and
 * "Half up" all read. A short list on purpose: a word not on it is refused,
 * never guessed. The help page (src/help/help.html) lists them.
 */
const METHOD_WORDS: Readonly<Record<string, RoundingMethod>> = {
  largestremainder: "largestRemainder",
  störstarest: "largestRemainder",
  störstaresten: "largestRemainder",
  halfuptolargest: "halfUpToLargest",
  halfup: "halfUpToLargest",
  uppåt: "halfUpToLargest",
  avrundauppåt: "halfUpToLargest",
  down: "down",
  nedåt: "down",
  neråt: "down",
  avrundanedåt: "down",
  avrundaneråt: "down",
};

const wordKey = (text: string) => cleanText(text).toLocaleLowerCase("sv").replace(/[\s_-]/g, "");

/**
 * An optional argument as Excel hands it over: left out (undefined or null),
 * a reference to an empty cell (null, or 0 on older desktop builds: neither a
 * method nor a unit can be 0, so a 0 is that empty cell) or an empty text.
 */
const given = (v: unknown): CellValue => handedOver(v, true);

/** The method from its word; left out, largest remainder (the presets' rule). */
export function methodArg(value: unknown): RoundingMethod {
  const v = given(value);
  if (v === null) return DEFAULT_ROUNDING.method;
  const method = typeof v === "string" ? METHOD_WORDS[wordKey(v)] : undefined;
  if (!method) throw FunctionError.of("fn.method", { value: showCell(v) });
  return method;
}

/** The unit: whole kronor, at least 1 (1 000 and "1 000" alike); left out, 1 kr. */
export function unitArg(value: unknown): bigint {
  const v = given(value);
  if (v === null) return DEFAULT_ROUNDING.unit;
  const p = parseNumber(v);
  if (!p.ok || !p.value.isInteger() || !p.value.isPositive()) throw FunctionError.of("fn.unit", { value: p.ok ? decimalParam(p.value) : showCell(v) });
  return p.value.n / p.value.d;
}

/**
 * The rule for the last krona from AT.SHARE's optional arguments. A pot must
 * be a whole number of units unless the rule rounds down: the amounts sum
 * exactly to the pot under the other methods, and 1 500 kr cannot be paid in
 * thousands (the same refusal as a round file's).
 */
export function roundingArg(pot: Rational, method: unknown, unit: unknown): RoundingRule {
  const rule: RoundingRule = { method: methodArg(method), unit: unitArg(unit) };
  // potArg has made the pot whole kronor.
  if (rule.method !== "down" && pot.n % rule.unit !== 0n) throw FunctionError.of("fn.notWholeUnits", { pot: decimalParam(pot), unit: decimalParam(Rational.of(rule.unit)) });
  return rule;
}
