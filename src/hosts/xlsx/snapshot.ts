import type ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot } from "../../workbook/cell";

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) return valueOf((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in v) return String((v as { text: unknown }).text);
  return null;
}

/** A worksheet as the plain 2-D arrays the workbook logic reads, as Office.js would give them. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const vals: CellValue[] = [];
    const forms: (string | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // Office.js gives a merged range's value in its top-left cell only; so do we.
      const hidden = cell.isMerged && cell.master.address !== cell.address;
      vals[c - 1] = hidden ? null : valueOf(cell.value);
      forms[c - 1] = cell.formula ? `=${cell.formula}` : null;
    });
    values[r - 1] = Array.from(vals, (v) => v ?? null);
    formulas[r - 1] = Array.from(forms, (f) => f ?? null);
  });
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r - 1);
  });
  const model = ws.model as unknown as { merges?: string[] };
  const isProtected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  return { name: ws.name, values: Array.from(values, (r) => r ?? []), formulas: Array.from(formulas, (r) => r ?? []), merges: model.merges ?? [], hiddenRows, protected: isProtected };
}

