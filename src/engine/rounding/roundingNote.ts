import { formatKronor } from "../format";
import { Rational } from "../rational";
import type { Rounded } from "./roundByRule";
import { isDefaultRounding, type RoundingRule } from "./roundingRule";

type Text = { sv: string; en: string };

function unitText(unit: bigint, lang: "sv" | "en"): string {
  if (unit === 1n) return lang === "sv" ? "hela kronor" : "whole kronor";
  return lang === "sv" ? `hela ${formatKronor(Rational.of(unit), "sv")}` : `whole ${formatKronor(Rational.of(unit), "en")}`;
}

/**
 * What a block's rounding rule did, said in every region's explanation of the
 * block: the rule, where the difference to the pot went (named by region),
 * and what was left unpaid. The default rule (largest remainder, whole kronor)
 * says nothing new and is not repeated.
 */
export function roundingNote(rule: RoundingRule, done: Rounded, nameOf: (index: number) => string): Text | null {
  if (isDefaultRounding(rule) && done.left === 0n) return null;
  const sv: string[] = [];
  const en: string[] = [];
  if (rule.method === "largestRemainder") {
    sv.push(`Avrundat till ${unitText(rule.unit, "sv")} med största rest`);
    en.push(`Rounded to ${unitText(rule.unit, "en")} by largest remainder`);
  } else if (rule.method === "down") {
    sv.push(`Avrundat nedåt till ${unitText(rule.unit, "sv")}`);
    en.push(`Rounded down to ${unitText(rule.unit, "en")}`);
  } else {
    sv.push(`Avrundat uppåt från 0,5 till ${unitText(rule.unit, "sv")}`);
    en.push(`Rounded half up to ${unitText(rule.unit, "en")}`);
    // The first region named gets the most; where the difference went on (a cap, a floor, an amount too small to give it), the next.
    done.adjusted.forEach((a, n) => {
      const k = Rational.of(a.kronor < 0n ? -a.kronor : a.kronor);
      const most = n === 0 ? { sv: "som får mest", en: "which gets the most" } : { sv: "som får mest därnäst", en: "which gets the most after that" };
      if (a.kronor > 0n) {
        sv.push(`${formatKronor(k, "sv")} som blev över lades på ${nameOf(a.index)}, ${most.sv}`);
        en.push(`${formatKronor(k, "en")} left over went to ${nameOf(a.index)}, ${most.en}`);
      } else {
        sv.push(`${formatKronor(k, "sv")} som saknades togs från ${nameOf(a.index)}, ${most.sv}`);
        en.push(`${formatKronor(k, "en")} missing was taken from ${nameOf(a.index)}, ${most.en}`);
      }
    });
  }
  if (done.left > 0n) {
    sv.push(`${formatKronor(Rational.of(done.left), "sv")} av blocket fördelas inte`);
    en.push(`${formatKronor(Rational.of(done.left), "en")} of the block is left unallocated`);
  }
  return { sv: ` ${sv.join("; ")}.`, en: ` ${en.join("; ")}.` };
}
