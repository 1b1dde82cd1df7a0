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

/**
 * Where to say the rule so that Fördela computes by it, as the rules are kept:
 * rows on the sheet Fördela regler, or the JSON of a round file (a preset is
 * copied to a file first). The unit is given only where it is not 1 kr.
 */
function hint(rule: RoundingRule, source: RoundSource): Msg {
  const unit = rule.unit === 1n ? "" : `, "unit": ${rule.unit}`;
  const snippet = `"rounding": { "method": "${rule.method}"${unit} }`;
  if ("file" in source) return msg("check.addRoundingFile", { snippet });
  if ("preset" in source) return msg("check.addRoundingPreset", { snippet, id: source.preset });
  const method = msg("check.sheetRow", { key: "rounding.method", value: rule.method });
  const rows = rule.unit === 1n ? method : msg("check.sheetRows", { first: method, second: msg("check.sheetRow", { key: "rounding.unit", value: rule.unit.toString() }) });
  return msg("check.addRoundingSheet", { rows });
}

/** "Beloppen följer avrundning uppåt från 0,5 … (halfUpToLargest); lägg till … för att räkna så." */
export function conventionMessage(rule: RoundingRule, source: RoundSource): Msg {
  return msg("check.convention", { rule: ruleWords(rule), method: rule.method, hint: hint(rule, source) });
}
