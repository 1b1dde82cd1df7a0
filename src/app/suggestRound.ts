import type { MessageCode } from "../messages/catalog";
import { presetFiles, presetIds, preset } from "../rounds/presets";
import type { SheetSnapshot } from "../workbook/cell";
import { prepareRound, type Prepared } from "../workbook/prepareRound";
import { findRoundSheet } from "../workbook/roundSheet";
import type { RoundSource } from "./roundSource";

/** Errors that say the round does not fit the workbook at all, as against a cell to correct. */
const MISFIT = new Set<MessageCode>(["round.wrongYear", "column.missing", "monthly.noColumns", "monthly.missingMonths", "table.none", "table.closestFailed", "sheet.ambiguous", "sheet.noTable"]);

/** A preset tried on a workbook: whether it fits, and what preparing it found (its table, its errors). */
export interface Tried {
  id: string;
  fits: boolean;
  out: Prepared;
}

/** Every preset tried on the workbook (a workbook with errors in its cells still fits). */
export function triedPresets(sheets: readonly SheetSnapshot[]): Tried[] {
  return presetIds().map((id) => {
    const out = prepareRound({ sheets: [...sheets] }, { round: preset(id)!, definition: presetFiles[id], date: "", version: "" });
    return { id, out, fits: out.ok || !out.errors.some((e) => MISFIT.has(e.code)) };
  });
}

/** The one preset that fits, or null when none or several do. */
export function suggestionOf(tried: readonly Tried[]): RoundSource | null {
  const fits = tried.filter((t) => t.fits);
  return fits.length === 1 ? { preset: fits[0].id } : null;
}

/**
 * The round a workbook is for: its own sheet of rules, or the one preset whose
 * table, columns and year fit it. Null when none or several fit: the user
 * chooses, nothing is assumed.
 */
export function suggestRound(sheets: readonly SheetSnapshot[]): RoundSource | null {
  if (findRoundSheet(sheets)) return { workbook: true };
  return suggestionOf(triedPresets(sheets));
}
