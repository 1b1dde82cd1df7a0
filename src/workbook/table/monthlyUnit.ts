import { cleanText } from "../sheet/cellText";
import type { SheetSnapshot } from "../sheet/cell";
import { yearsIn } from "./years";

/**
 * What a measure's figures are, by the words an officer reads beside them:
 * per 100 available beds (the round's rates), or counts of patients or
 * events. The decision compares rates; a count of overcrowded patients is not
 * one, however the sheet is named.
 */
export type Unit = "rate" | "count" | "unknown";

/** "per 100 disponibla vårdplatser", "per 100 vpl", "/100", "%", "andel", "rate": a rate. SKR's own name for it begins "Antal … per 100": the "per 100" decides. */
const RATE = /\bper ?(100|hundra|hundred)\b|\/ ?100\b|%|\bprocent|\bpercent|\bandel|\brate\b|\bkvot\b/;
/** "antal", "number of", "count", "st", "patienter": a count. */
const COUNT = /\bantal\b|\bnumber of\b|\bcount\b|\bst\b|\bpatienter\b|\bpatients\b/;

export function unitOf(text: string): Unit {
  const t = cleanText(text).toLocaleLowerCase("sv");
  if (RATE.test(t)) return "rate";
  if (COUNT.test(t)) return "count";
  return "unknown";
}

/** Where a unit was read: the cell (or sheet name) and its text, for messages. */
export interface UnitSaid {
  unit: Unit;
  address: string;
  text: string;
}

/** The texts above a sheet's header row: its title and notes. */
export function titleTexts(sheet: SheetSnapshot, headerRow: number): string[] {
  return [...new Set(sheet.values.slice(0, headerRow).flat().filter((v): v is string => typeof v === "string" && v.trim() !== ""))];
}

/**
 * A sheet's unit: said in its title rows or in its name (a title naming a rate
 * wins over a name naming a count: "Antal" in a tab is often cut short). It is
 * named at the header row's first cell (a title is often merged across the
 * sheet), with the text that said it.
 */
export function sheetUnit(sheet: SheetSnapshot, headerRow: number, headerCell: string): UnitSaid {
  const said = [...titleTexts(sheet, headerRow), sheet.name].map((text) => ({ unit: unitOf(text), address: headerCell, text }));
  return said.find((c) => c.unit === "rate") ?? said.find((c) => c.unit === "count") ?? { unit: "unknown", address: headerCell, text: sheet.name };
}

/** The one year a sheet's name or title names ("Överbeläggningar 2023"), for headers naming a month only; null for none or several. */
export function sheetYear(sheet: SheetSnapshot, headerRow: number): string | null {
  const years = new Set([sheet.name, ...titleTexts(sheet, headerRow)].flatMap((t) => yearsIn(t).years));
  return years.size === 1 ? [...years][0] : null;
}
