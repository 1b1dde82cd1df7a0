import { formatKronor } from "../format";
import type { Rational } from "../rational";
import type { BlockDef, ExactBlock } from "../types";

type Text = { sv: string; en: string };

/** "The pot is the rest of the round's 5 886 500 000 kr after the other blocks (2 100 000 000 kr)." */
function restNote(rest: { roundPot: Rational; others: Rational }, pot: Rational): Text {
  return {
    sv: ` Potten ${formatKronor(pot, "sv")} är resten av omgångens ${formatKronor(rest.roundPot, "sv")} efter de andra blocken (${formatKronor(rest.others, "sv")}).`,
    en: ` The pot of ${formatKronor(pot, "en")} is the rest of the round's ${formatKronor(rest.roundPot, "en")} after the other blocks (${formatKronor(rest.others, "en")}).`,
  };
}

function carriedNote(carried: Rational): Text {
  return {
    sv: ` Potten omfattar ${formatKronor(carried, "sv")} som blocket före inte betalade ut.`,
    en: ` The pot includes ${formatKronor(carried, "en")} that the block before did not pay out.`,
  };
}

/**
 * A block's explanations with what its pot is made of, where that is more than
 * the pot the round states: the rest of the round's pot, money passed on.
 */
export function withNotes(part: ExactBlock, def: BlockDef, carried: Rational): ExactBlock {
  const notes: Text[] = [];
  if ("rest" in def && def.rest) notes.push(restNote(def.rest, def.pot));
  if (carried.isPositive()) notes.push(carriedNote(carried));
  if (notes.length === 0) return part;
  return {
    ...part,
    explain: (i) => {
      const e = part.explain(i);
      if (e.rule === "notApplied" || e.rule === "notEligible") return e;
      return { ...e, text: { sv: e.text.sv + notes.map((n) => n.sv).join(""), en: e.text.en + notes.map((n) => n.en).join("") } };
    },
  };
}
