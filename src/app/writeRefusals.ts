import { sameSheetName, type SheetSnapshot } from "../workbook/sheet/cell";
import { inputError, type InputError } from "../workbook/sheet/inputError";
import type { WritePlan } from "../workbook/write/planWrite";

/**
 * What would make the write fail half-way, found before anything is queued.
 * In Excel a batch is not a transaction: an operation that fails (a protected
 * sheet, a sheet added to a workbook whose structure is protected) leaves what
 * was queued before it written. So every sheet the write touches is checked:
 * the table's sheet, the record sheet if it exists (names compared as Excel
 * compares them, case aside), and the structure where the record sheet is new.
 */
export function writeRefusals(read: { sheets: readonly SheetSnapshot[]; plan: WritePlan; record: { sheet: string } }, structureLocked: boolean, ownSheets: readonly string[] = []): InputError[] {
  const table = read.sheets.find((s) => s.name === read.plan.sheet);
  const refusals: InputError[] = [];
  if (table?.protected) refusals.push(inputError(`'${table.name}'`, "write.protected"));
  // The record sheet and any other sheet of Fördela's own (the decision's tables).
  return [...refusals, ...ownSheetRefusals(read.sheets, [read.record.sheet, ...ownSheets], structureLocked)];
}

/** What would stop whole sheets of Fördela's own being written: a protected one, or a new one where the structure is locked. */
export function ownSheetRefusals(sheets: readonly SheetSnapshot[], names: readonly string[], structureLocked: boolean): InputError[] {
  return names.flatMap((name) => {
    const own = sheets.find((s) => sameSheetName(s.name, name));
    if (own?.protected) return [inputError(`'${own.name}'`, "write.protected")];
    return !own && structureLocked ? [inputError(`'${name}'`, "write.structureLocked", { sheet: name })] : [];
  });
}
