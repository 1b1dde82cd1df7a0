import { msg, quoted } from "../../messages/message";
import { cellAddress, cellAt, cellError, errorProblem, formulaAt, isBlank, showCell, type SheetSnapshot } from "../sheet/cell";
import { isTotalLabel } from "./headers";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { codeInCell, isCodeColumn, type RegionCode } from "../values/regionCodes";
import { readRegionName, regionByCode, type Region } from "../values/regions";

export interface TableRow {
  row: number;
  region: Region;
}

type Kind = { kind: "region"; region: Region; written: RegionCode | null } | { kind: "blank" } | { kind: "total"; text: string } | { kind: "note"; text: string } | { kind: "orphan" } | { kind: "unknown"; text: string };

/** What one row under the header is, as an officer reads it; `codes`: the column is one of codes, so a lone "C" or 3 is one. */
function classify(sheet: SheetSnapshot, r: number, regionCol: number, inputCols: number[], codes: boolean): Kind {
  const v = cellAt(sheet, r, regionCol);
  const hasValues = inputCols.some((c) => !isBlank(cellAt(sheet, r, c)));
  if (isBlank(v)) {
    // An unlabelled sum row: its figures are sums of the column above.
    if (inputCols.some((c) => /^=\s*(SUM|SUMMA|SUBTOTAL|DELSUMMA)\s*\(/i.test(formulaAt(sheet, r, c) ?? ""))) return { kind: "total", text: "" };
    return hasValues ? { kind: "orphan" } : { kind: "blank" };
  }
  if (cellError(v)) return { kind: "unknown", text: "" };
  const text = String(v);
  if (typeof v === "string" && isTotalLabel(text)) return { kind: "total", text };
  const name = typeof v === "string" ? readRegionName(text) : null;
  if (name) return { kind: "region", region: name.region, written: name.written };
  // A code alone names its region: a NUTS or ISO code anywhere, a county letter or number in a column of codes.
  const code = codeInCell(v, codes);
  const byCode = code?.county ? regionByCode(code.county) : undefined;
  if (byCode) return { kind: "region", region: byCode, written: null };
  // Text without figures beside it is a note or a sub-heading; with figures it is meant as a region.
  return hasValues ? { kind: "unknown", text } : { kind: "note", text };
}

/**
 * The region rows under the header, to the table's real end: blank rows, a
 * sum row or a note row with region rows below them do not end it (they are
 * skipped, and a sum or note row inside the table is said). A region that
 * comes again after such a row starts another table, which is not read.
 */
export function regionRows(sheet: SheetSnapshot, headerRow: number, regionCol: number, inputCols: number[], errors: InputError[], warnings: Warning[], checks: readonly number[] = []): TableRow[] {
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  // What interrupts the table; a total row with figures above the first region is said too (is it a region's row?).
  let gap: { row: number; kind: "total" | "note" | "blank"; text: string; figures?: boolean } | null = null;
  let pending: InputError[] = [];
  const at = (r: number) => cellAddress(sheet.name, r, regionCol);
  const codes = isCodeColumn(sheet, headerRow, regionCol, (t) => readRegionName(t) !== null);
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const k = classify(sheet, r, regionCol, inputCols, codes);
    if (k.kind === "region") {
      if (gap && seen.has(k.region.code)) {
        warnings.push({ address: at(r), ...msg("table.secondTable", { region: k.region.name }) });
        break;
      }
      if (gap && gap.kind !== "blank" && (rows.length > 0 || gap.figures)) warnings.push({ address: at(gap.row), ...msg("table.rowSkipped", { text: quoted(gap.text) }) });
      const text = quoted(String(cellAt(sheet, r, regionCol)));
      if (k.written?.system === "county" && k.written.county !== k.region.code) errors.push(inputError(at(r), "region.codeMismatch", { text, code: k.written.written, region: k.region.name }));
      else if (k.written && k.written.county !== k.region.code) errors.push(inputError(at(r), "region.writtenCodeMismatch", { text, code: k.written.written, region: k.region.name }));
      errors.push(...checkCodes(sheet, r, regionCol, k.region, checks));
      rows.push({ row: r, region: k.region });
      seen.add(k.region.code);
      errors.push(...pending);
      pending = [];
      gap = null;
      continue;
    }
    if (k.kind === "orphan") {
      // Values without a region inside the table: a merged or emptied region cell, not a blank row.
      const e = inputError(at(r), "region.missingName");
      if (!gap) errors.push(e);
      else pending.push(e);
      gap ??= { row: r, kind: "blank", text: "" };
      continue;
    }
    if (k.kind === "unknown") {
      const v = cellAt(sheet, r, regionCol);
      const error = cellError(v);
      const e = error ? inputError(at(r), "region.nameError", { problem: errorProblem(error) }) : inputError(at(r), "region.unknown", { text: quoted(k.text) });
      // Under the table's end, a row of other working data; it is an error only if the table goes on below it.
      if (gap && rows.length > 0) pending.push(e);
      else errors.push(e);
      continue;
    }
    if (k.kind === "total" || k.kind === "note") {
      if (!gap || gap.kind === "blank") gap = { row: r, kind: k.kind, text: k.text, figures: inputCols.some((c) => !isBlank(cellAt(sheet, r, c))) };
      continue;
    }
    gap ??= { row: r, kind: "blank", text: "" };
  }
  if (gap?.kind === "total" && gap.figures && rows.length > 0 && !sumsAbove(sheet, gap.row, rows, inputCols)) {
    warnings.push({ address: at(gap.row), ...msg("table.totalNotSum", { text: quoted(gap.text) }) });
  }
  return rows;
}

/**
 * A code column beside the names ("Länskod", "NUTS"): each of its codes must
 * be the code of the region named in the same row. A blank is no claim; a
 * code of another region, or what is no code, is refused naming both cells.
 */
function checkCodes(sheet: SheetSnapshot, r: number, regionCol: number, region: Region, checks: readonly number[]): InputError[] {
  return checks.flatMap((c) => {
    const v = cellAt(sheet, r, c);
    if (isBlank(v) || c === regionCol) return [];
    const code = codeInCell(v, true);
    const at = cellAddress(sheet.name, r, c);
    const named = cellAddress(sheet.name, r, regionCol);
    if (!code?.county) return [inputError(at, "region.notACode", { value: showCell(v), cell: named, region: region.name })];
    if (code.county === region.code) return [];
    return [inputError(at, "region.codeContradicts", { code: code.written, other: regionByCode(code.county)!.name, cell: named, region: region.name })];
  });
}

/**
 * Whether a total row under the table holds the sums of the region rows: a
 * formula in each figure, or typed figures equal to the sums. One that does
 * not may be a region's row under a wrong name ("Riket" typed over "Norrbotten").
 */
function sumsAbove(sheet: SheetSnapshot, totalRow: number, rows: readonly TableRow[], inputCols: number[]): boolean {
  return inputCols.every((c) => {
    const v = cellAt(sheet, totalRow, c);
    if (isBlank(v) || formulaAt(sheet, totalRow, c) !== null || typeof v !== "number") return true;
    const sum = rows.reduce((s, r) => {
      const x = cellAt(sheet, r.row, c);
      return s + (typeof x === "number" ? x : 0);
    }, 0);
    // Typed totals of typed figures: equal to the cent is the officer's sum (drawing only, never money).
    return Math.abs(sum - v) < 0.005;
  });
}
