import type { RoundDef } from "../../engine/types";
import { msg, type Msg } from "../../messages/message";
import { cellAt, showCell, type CellValue, type SheetSnapshot } from "../sheet/cell";
import type { FoundTable } from "../table/findTable";
import type { InputField } from "../table/headers";
import { inputError, type InputError } from "../sheet/inputError";
import { parseYesNoCell, yesNoColumn, type YesNoColumn } from "../values/parseYesNo";
import type { Region } from "../values/regions";

export type YesNoFields = Partial<Record<InputField, YesNoColumn>>;

const YES_NO_FIELDS: InputField[] = ["applied", "forecast", "goodLevel"];

/** How each yes/no column of the table is written, from all its region rows. */
export function yesNoColumns(sheet: SheetSnapshot, table: Pick<FoundTable, "rows" | "columns">): YesNoFields {
  const out: YesNoFields = {};
  for (const field of YES_NO_FIELDS) {
    const col = table.columns[field];
    if (col !== undefined) out[field] = yesNoColumn(table.rows.map((r) => cellAt(sheet, r.row, col)));
  }
  return out;
}

/** One yes/no cell: its value (null for empty), or the problem with it. */
export function readYesNoCell(value: CellValue, column: YesNoColumn | undefined): { value: boolean | null; problem: Msg | null } {
  const p = parseYesNoCell(value, column);
  return p.ok ? { value: p.value, problem: null } : { value: null, problem: p.problem };
}

/**
 * A yes/no a region that takes part must answer (a forecast; a good level where
 * the round has no list): empty is a no only in a column of marks and blanks
 * (x, ✓), where a blank is how a no is written; in a column of Ja/Nej it is an
 * entry not made, and which it should be decides money.
 */
export function answered(value: boolean | null, takesPart: boolean, column: YesNoColumn | undefined): { value: boolean | null; problem: Msg | null } {
  if (value !== null) return { value, problem: null };
  if (column?.marksOnly) return { value: false, problem: null };
  return { value: null, problem: takesPart ? msg("yesNo.emptyTakesPart") : null };
}

/**
 * The good level of a region by the round's list (the decision's), which a
 * workbook confirms but never changes: an empty cell is the list's answer, and
 * a cell that says otherwise is refused, naming the cell, as a contradiction
 * that decides which block pays. Without a list the cell decides.
 */
export function goodLevelOf(x: { round: RoundDef; region: Region; address: string | null; raw: CellValue; read: boolean | null }): { listed: boolean | null; error: InputError | null } {
  const list = x.round.goodLevel;
  if (!list) return { listed: null, error: null };
  const listed = list.includes(x.region.code);
  if (x.read === null || x.read === listed || x.address === null) return { listed, error: null };
  const where = x.round.decision ? { sv: "beslutets lista", en: "the decision's list" } : { sv: "omgångens lista", en: "the round's list" };
  const level = listed ? { sv: "på god nivå", en: "at the good level" } : { sv: "under god nivå", en: "below the good level" };
  return { listed, error: inputError(x.address, "goodLevel.contradicts", { region: x.region.name, list: where, level, value: showCell(x.raw) }) };
}
