import { sameSheetName, type SheetSnapshot } from "../workbook/cell";
import { inputError, type InputError } from "../workbook/inputError";
import type { WritePlan } from "../workbook/planWrite";

/**
 * What would make the write fail half-way, found before anything is queued.
 * In Excel a batch is not a transaction: an operation that fails (a protected
 * sheet, a sheet added to a workbook whose structure is protected) leaves what
 * was queued before it written. So every sheet the write touches is checked:
 * the table's sheet, the record sheet if it exists (names compared as Excel
 * compares them, case aside), and the structure where the record sheet is new.
 */
export function writeRefusals(read: { sheets: readonly SheetSnapshot[]; plan: WritePlan; record: { sheet: string } }, structureLocked: boolean): InputError[] {
  const table = read.sheets.find((s) => s.name === read.plan.sheet);
  const record = read.sheets.find((s) => sameSheetName(s.name, read.record.sheet));
  const refusals: InputError[] = [];
  for (const s of [table, record]) if (s?.protected) refusals.push(inputError(`'${s.name}'`, "write.protected"));
  if (!record && structureLocked) refusals.push(inputError(`'${read.record.sheet}'`, "write.structureLocked", { sheet: read.record.sheet }));
  return refusals;
}
