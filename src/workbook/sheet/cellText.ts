/**
 * What officers' cells hold besides the text they see: zero-width spaces,
 * soft hyphens, byte-order and direction marks (pasted from web pages and PDF
 * reports), every kind of space, and a dozen dashes and minus signs. An
 * officer reads all of them as the plain character, so Fördela does too.
 */
// eslint-disable-next-line no-misleading-character-class -- each invisible mark on its own, combining ones included, is the point
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** Hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus sign, small and full-width forms. */
export const DASHES = /[\u002d\u2010-\u2015\u2043\u2212\u2796\ufe58\ufe63\uff0d]/g;

/** The text without invisible characters, each run of spaces one space, every dash "-". */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").replace(DASHES, "-").trim();
}

/**
 * A cell that says "no figure" as officers and statistical tables mark it: a dash
 * ("–", "-", "--"), or the statistical dots: ".." (SCB's *uppgift saknas*), "…" and
 * "." (*uppgift kan inte förekomma*). Read as an empty cell: fine where no figure
 * is needed, missing where one is.
 */
export function isNoFigure(text: string): boolean {
  return /^(-{1,3}|\.{1,3}|\u2026)$/.test(cleanText(text).replace(/ /g, ""));
}

/** The same test under its older name, for callers not yet moved to {@link isNoFigure}. */
export const isDashOnly = isNoFigure;
