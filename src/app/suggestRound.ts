import type { MessageCode } from "../messages/catalog";
import { presetFiles, presetIds, preset } from "../rounds/presets";
import type { SheetSnapshot } from "../workbook/sheet/cell";
import { prepareRound } from "../workbook/write/prepareRound";
import { findRoundSheet } from "../workbook/rules/roundSheet";
import type { RoundSource } from "./roundSource";

/** Errors that say the round does not fit the workbook at all, as against a cell to correct. */
const MISFIT = new Set<MessageCode>(["round.wrongYear", "column.missing", "monthly.noColumns", "monthly.missingMonths", "table.none", "table.closestFailed", "sheet.ambiguous", "sheet.noTable"]);

/**
 * The round a workbook is for: its own sheet of rules, or the one preset whose
 * table, columns and year fit it (a workbook with errors in its cells still
 * fits). Null when none or several fit: the user chooses, nothing is assumed.
 */
export function suggestRound(sheets: readonly SheetSnapshot[]): RoundSource | null {
  if (findRoundSheet(sheets)) return { workbook: true };
  const fits = presetIds().filter((id) => {
    const out = prepareRound({ sheets: [...sheets] }, { round: preset(id)!, definition: presetFiles[id], date: "", version: "" });
    return out.ok || !out.errors.some((e) => MISFIT.has(e.code));
  });
  return fits.length === 1 ? { preset: fits[0] } : null;
}
