import { formatKronor, formatNumber } from "../engine/format";
import type { Rational } from "../engine/rational";
import { t, type Lang } from "./i18n";

/** A difference with its sign first, in the language's form: "+346 467 kr", "−12 kr", "+2", "ingen skillnad". */
function signed(d: Rational, lang: Lang, form: (v: Rational, lang: Lang) => string): string {
  if (d.isZero()) return t(lang, "noChange");
  return d.isPositive() ? `+${form(d, lang)}` : form(d, lang);
}

/** A difference in kronor: the what-if answer, the overwrite dialog, Granska. */
export const signedKronor = (d: Rational, lang: Lang): string => signed(d, lang, formatKronor);

/** A difference of a count (the increase): the overwrite dialog. */
export const signedNumber = (d: Rational, lang: Lang): string => signed(d, lang, (v, l) => formatNumber(v, l));
