import { formatKronor } from "../engine/format";
import { Rational } from "../engine/rational";
import type { RoundingRule } from "../engine/rounding/roundingRule";
import { msg, type Msg } from "../messages/message";
import type { RoundSource } from "./roundSource";

/** The rule in words: its method, and its unit where it is not 1 kr. */
function ruleWords(rule: RoundingRule): Msg {
  const unit: Msg | string = rule.unit === 1n ? "" : msg("check.ruleUnit", { unit: { sv: formatKronor(Rational.of(rule.unit), "sv"), en: formatKronor(Rational.of(rule.unit), "en") } });
  return msg(`check.rule.${rule.method}`, { unit });
}

/** The rows of the sheet Fördela regler that say the rule: the unit too where it or the stated one is not 1 kr. */
function sheetRows(rule: RoundingRule, stated: RoundingRule | undefined): Msg {
  const row = stated ? "check.sheetValue" : "check.sheetRow";
  const method = msg(row, { key: "rounding.method", value: rule.method });
  if (rule.unit === 1n && (stated?.unit ?? 1n) === 1n) return method;
  return msg("check.sheetRows", { first: method, second: msg(row, { key: "rounding.unit", value: rule.unit.toString() }) });
}

/**
 * Where to say the rule so that Fördela computes by it, as the rules are kept:
 * rows on the sheet Fördela regler, or the JSON of a round file (a preset is
 * copied to a file first); added, or changed where the round states a rule of
 * its own. The unit is given only where it is not 1 kr.
 */
function hint(rule: RoundingRule, source: RoundSource, stated: RoundingRule | undefined): Msg {
  const unit = rule.unit === 1n ? "" : `, "unit": ${rule.unit}`;
  const object = `{ "method": "${rule.method}"${unit} }`;
  if ("file" in source) return stated ? msg("check.changeRoundingFile", { snippet: object }) : msg("check.addRoundingFile", { snippet: `"rounding": ${object}` });
  if ("preset" in source) return msg("check.addRoundingPreset", { snippet: `"rounding": ${object}`, id: source.preset });
  return msg(stated ? "check.changeRoundingSheet" : "check.addRoundingSheet", { rows: sheetRows(rule, stated) });
}

/** "Beloppen följer avrundning uppåt från 0,5 … (halfUpToLargest); lägg till … för att räkna så." `stated` is the round's own rule, where it gives one. */
export function conventionMessage(rule: RoundingRule, source: RoundSource, stated?: RoundingRule): Msg {
  return msg("check.convention", { rule: ruleWords(rule), method: rule.method, hint: hint(rule, source, stated) });
}
