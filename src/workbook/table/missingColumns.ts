import type { RoundDef } from "../../engine/types";
import { msg, quoted, type Msg } from "../../messages/message";
import { cellAddress } from "../sheet/cell";
import type { FoundTable } from "./findTable";
import { FIELD_LABELS, type InputField } from "./headers";
import { inputError, type InputError } from "../sheet/inputError";
import { mapHint } from "./mapColumns";
import type { RoundNeeds } from "./roundNeeds";

/** The columns a round needs that the table does not have, each said with why the round needs it. */
export function missingColumns(table: FoundTable, round: RoundDef, needs: RoundNeeds, sheetName: string): InputError[] {
  const cols = table.columns;
  const header = cellAddress(sheetName, table.headerRow, 0);
  const errors: InputError[] = [];
  const need = (field: InputField, why: Msg) => {
    // Several columns that could be it are not a missing column: that error is said already.
    const ambiguous = table.errors.some((e) => e.code === "column.ambiguous" && e.params.fieldId === field);
    if (cols[field] === undefined && !ambiguous) errors.push(inputError(header, "column.missing", { field: FIELD_LABELS[field], why, hint: mapHint(field) }));
  };
  need("population", msg("why.everyRound"));
  if (needs.count !== "no" && cols.count === undefined && cols.filled === undefined && cols.started === undefined) need("count", msg("why.count"));
  if (needs.planned) need("planned", msg("why.planned"));
  if (needs.forecast) need("forecast", msg("why.forecast"));
  if (needs.goodLevel && !round.goodLevel) need("goodLevel", msg("why.goodLevel"));
  for (const d of round.columns ?? []) {
    const ambiguous = table.errors.some((e) => e.code === "column.declaredTwice" && e.params.columnId === d.id);
    if (table.values[d.id] === undefined && !ambiguous) errors.push(inputError(header, "column.declaredMissing", { header: quoted(d.header[0]), title: { sv: d.title, en: d.titleEn ?? d.title } }));
  }
  return errors;
}
