import { msg, quoted } from "../../messages/message";
import { cellError, errorProblem, isBlank, type CellValue } from "../sheet/cell";
import { cleanText, isNoFigure } from "../sheet/cellText";
import type { Parsed } from "./parseNumber";

/** Words and marks for yes. "x" is a *kryss*: a mark made in a box, so a yes. */
const YES = new Set(["ja", "j", "yes", "y", "x", "sant", "true", "1", "✓", "✔", "☑", "✅", "🗸", "✔️", "☑️"]);
const NO = new Set(["nej", "n", "no", "falskt", "false", "0", "☐", "□"]);
/**
 * Cross marks: in a column whose yes is written otherwise (Ja, ✓), a cross is
 * its no (✓/✗); in a column of crosses and blanks it is a *kryss*, a yes. Read
 * only where the column says which (see {@link YesNoColumn}).
 */
const CROSS = new Set(["✗", "✘", "❌", "❎", "☒", "✖", "✖️", "⨯"]);
/** Marks, not words: a column of marks and blanks leaves a blank for no. */
const MARKS = new Set(["x", "✓", "✔", "☑", "✅", "🗸", "✔️", "☑️", ...CROSS]);

/** How a whole yes/no column is written, which decides what a blank and a cross are in it. */
export interface YesNoColumn {
  /** Some yes is written other than as a cross ("Ja", "✓", TRUE): a cross beside it is a no. */
  yesBesideCrosses: boolean;
  /** Every value is a mark (x, ✓, ✗) or blank: a blank is a no, not a missing entry. */
  marksOnly: boolean;
}

function key(value: CellValue): string {
  return cleanText(String(value)).toLocaleLowerCase("sv").replace(/[.!]$/, "");
}

/** What the cells of a yes/no column say about how it is written. */
export function yesNoColumn(values: readonly CellValue[]): YesNoColumn {
  const filled = values.filter((v) => !isBlank(v) && !cellError(v) && !(typeof v === "string" && isNoFigure(v)));
  const keys = filled.map((v) => (typeof v === "boolean" ? String(v) : key(v)));
  return { yesBesideCrosses: keys.some((k) => YES.has(k) && k !== "x"), marksOnly: keys.every((k) => MARKS.has(k)) };
}

/**
 * Ja/Nej, yes/no, x, TRUE/FALSE, 1/0, check marks (✓ ✔ ☑ ✅ yes; ☐ no), a dash
 * for no. A cross (✗ ✘ ☒) is a no only beside another form of yes in its column,
 * otherwise it is refused: it could be a *kryss* (yes) as well. An empty cell,
 * or the statistical ".." for "no figure", is null: what it means depends on the field.
 */
export function parseYesNoCell(value: CellValue, column?: YesNoColumn): Parsed<boolean | null> {
  const error = cellError(value);
  if (error) return { ok: false, problem: errorProblem(error) };
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === "boolean") return { ok: true, value };
  const t = key(value);
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t) || /^-{1,3}$/.test(t)) return { ok: true, value: false };
  if (isNoFigure(String(value))) return { ok: true, value: null };
  if (CROSS.has(t)) return column?.yesBesideCrosses ? { ok: true, value: false } : { ok: false, problem: msg("yesNo.crossAmbiguous", { text: quoted(String(value)) }) };
  return { ok: false, problem: msg("yesNo.invalid", { text: quoted(String(value)) }) };
}

/** Ja/Nej, x/empty, TRUE/FALSE, check marks; a dash is a no, and so is an empty cell. */
export function parseYesNo(value: CellValue, column?: YesNoColumn): Parsed<boolean> {
  const p = parseYesNoCell(value, column);
  return p.ok ? { ok: true, value: p.value ?? false } : p;
}
