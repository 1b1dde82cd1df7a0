import { msg, quoted } from "../messages/message";
import { cellError, errorProblem, isBlank, type CellValue } from "./cell";
import { cleanText } from "./cellText";
import type { Parsed } from "./parseNumber";

const YES = new Set(["ja", "j", "yes", "y", "x", "sant", "true", "1"]);
const NO = new Set(["nej", "n", "no", "falskt", "false", "0", "-", "--"]);

/** Ja/Nej, yes/no, x/empty, TRUE/FALSE; a dash is a no. An empty cell is a no. */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  const error = cellError(value);
  if (error) return { ok: false, problem: errorProblem(error) };
  if (isBlank(value)) return { ok: true, value: false };
  if (typeof value === "boolean") return { ok: true, value };
  const t = cleanText(String(value)).toLocaleLowerCase("sv").replace(/[.!]$/, "");
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return { ok: false, problem: msg("yesNo.invalid", { text: quoted(String(value)) }) };
}
