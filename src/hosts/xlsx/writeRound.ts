import type { WritePlan } from "../../workbook/write/planWrite";
import type { RecordCell, OwnSheet } from "../../workbook/sheet/ownSheet";
import { applyEdits, type Edit } from "./edits";
import { patchSheet } from "./patchSheet";
import { recordSheetXml } from "./recordPart";
import { newSheetPart, registerSheet } from "./registerSheet";
import { workbookInputs } from "./formulaInputs";
import { staleResults } from "./staleResults";
import { withUnknownInputsNote } from "./unknownInputsNote";
import { AmountStyles } from "./styles";
import { readWorkbookXml, sameSheetName, type SheetEntry, type WorkbookXml } from "./workbookXml";
import type { XlsxWorkbook } from "./xlsxWorkbook";
import { WorkbookRefused } from "../../app/workbookRefused";

/**
 * Writes a round into the package by patching it: the allocation cells of the
 * table's sheet, one appended cell style, the record sheet (its own part), its
 * registration, the request to recalculate on load, and the stored results of
 * formulas that read the written cells. Every other part, and every other
 * element of the changed parts, stays as it was. Everything that can be
 * refused is refused before the first part is changed.
 */
export function writeRound(wb: XlsxWorkbook, plan: WritePlan, record: OwnSheet, extra: readonly OwnSheet[] = []): void {
  const styles = new AmountStyles(wb.styles);
  const table = wb.sheetXml(plan.sheet);
  const patch = patchSheet(table, plan.sheet, plan.cells.map((c) => ({ row: c.row, col: c.col, value: c.value, amount: c.numFmt !== undefined })), styles);

  const existing = ownSheet(wb, record.sheet);
  if (existing && sameSheetName(existing.name, plan.sheet)) throw WorkbookRefused.of("file.tableIsRecord", { sheet: plan.sheet });
  // Fördela's own sheets are written in the workbook's namespace: Strict stays Strict.
  const ns = wb.book.root.ns;
  const tables = extra.map((t) => {
    const at = ownSheet(wb, t.sheet);
    if (at && sameSheetName(at.name, plan.sheet)) throw WorkbookRefused.of("file.tableIsOwnSheet", { sheet: plan.sheet });
    return { t, existing: at, text: recordSheetXml(t.rows, styles.amountStyleFor(0), t.layout, ns) };
  });

  // Fördela's own sheets are replaced whole: a formula reading them reads written cells too.
  const own = [existing?.name, ...tables.map((x) => x.existing?.name)].filter((n): n is string => n !== undefined);
  const others = wb.worksheetNames().filter((n) => !own.includes(n));
  const written = new Map([[plan.sheet, new Set(plan.cells.map((c) => `${c.row}:${c.col}`))]]);
  const stale = staleResults(others.map((name) => ({ name, xml: wb.sheetXml(name) })), workbookInputs(wb), written, own);
  const recordText = recordSheetXml(withUnknownInputsNote(record.rows, stale.unknown), styles.amountStyleFor(0), undefined, ns);
  const parts = new Map<string, string>();
  const partOf = (name: string) => wb.book.sheets.find((s) => s.name === name)?.part as string;
  parts.set(partOf(plan.sheet), applyEdits(table.text, [...patch.edits, ...(stale.edits.get(plan.sheet) ?? [])]));
  for (const [name, edits] of stale.edits) if (name !== plan.sheet && edits.length) parts.set(partOf(name), applyEdits(wb.sheetXml(name).text, edits as Edit[]));
  const stylesText = patchedStyles(wb, styles);

  // Nothing above changed the package; from here on nothing is refused.
  for (const [part, text] of parts) wb.pkg.set(part, text);
  let book = placeSheet(wb, wb.book, stylesText, existing, record.sheet, recordText, patch.formulasReplaced);
  for (const x of tables) book = placeSheet(wb, book, null, x.existing, x.t.sheet, x.text, false);
}

/** The sheet of that name (compared as Excel compares names) if it is a worksheet Fördela may replace. */
function ownSheet(wb: XlsxWorkbook, name: string): SheetEntry | undefined {
  const existing = wb.book.sheets.find((s) => sameSheetName(s.name, name));
  if (existing && (!existing.worksheet || !existing.part)) throw WorkbookRefused.of("file.chartSheetNamed", { sheet: existing.name });
  return existing;
}

function patchedStyles(wb: XlsxWorkbook, styles: AmountStyles): string | null {
  const text = styles.patched();
  if (text !== null && !wb.book.rels.some((r) => r.type.endsWith("/styles"))) throw WorkbookRefused.of("file.noStyles");
  return text;
}

/** Puts one sheet in place and registers it; gives the workbook part as it is now, for the next sheet to be registered against. */
function placeSheet(wb: XlsxWorkbook, book: WorkbookXml, stylesText: string | null, existing: SheetEntry | undefined, name: string, text: string, dropCalcChain: boolean): WorkbookXml {
  const stylesRel = book.rels.find((r) => r.type.endsWith("/styles"));
  if (stylesText !== null && stylesRel) wb.pkg.set(stylesRel.part, stylesText);
  // The flow refuses this before anything is planned (writeRefusals); a last guard for any other caller.
  if (!existing && book.structureLocked) throw WorkbookRefused.of("write.structureLocked", { sheet: name });
  const part = existing?.part ?? newSheetPart(wb.pkg, book.part);
  wb.pkg.set(part, text);
  registerSheet(wb.pkg, book, { addSheet: existing ? undefined : { name, part }, dropCalcChain });
  return existing ? book : readWorkbookXml(wb.pkg);
}

/** Adds a sheet of Fördela's own (or replaces it, keeping its place among the tabs). */
export function writeOwnSheet(wb: XlsxWorkbook, name: string, rows: RecordCell[][]): void {
  const styles = new AmountStyles(wb.styles);
  const existing = ownSheet(wb, name);
  const text = recordSheetXml(rows, styles.amountStyleFor(0), undefined, wb.book.root.ns);
  placeSheet(wb, wb.book, patchedStyles(wb, styles), existing, name, text, false);
}
