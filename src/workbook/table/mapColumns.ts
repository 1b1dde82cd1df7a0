import { msg, quoted, type Msg } from "../../messages/message";
import { cellAddress, columnIndex, columnLetter, type SheetSnapshot } from "../sheet/cell";
import { FIELD_LABELS, INPUT_FIELDS, headerText, type InputField } from "./headers";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import type { HeaderColumn } from "./tableHeader";
import { yearsIn } from "./years";

export type ColumnMap = Partial<Record<InputField, number>>;

/** The user's mapping: a field to a column letter ("D") or a header text. */
export type MappingRequest = Partial<Record<InputField, string>> & Partial<Record<string, string>>;

/** What decides between look-alike columns: the round's population date, and the year it is for. */
export interface ColumnRule {
  year: string | null;
  populationDate: string | null;
}

function label(h: HeaderColumn): string {
  return `${columnLetter(h.col)} ${quoted(h.raw)}`;
}

/** How to name a column: `--map population=D` on the command line, the column drop-down in Excel and on the page. */
export function mapHint(field: InputField, col?: number): Msg {
  return msg("hint.map", { field, column: col === undefined ? { sv: "KOLUMN", en: "COLUMN" } : columnLetter(col), label: FIELD_LABELS[field] });
}

/**
 * Of several columns that could hold one input, the one a rule an officer can
 * check picks: for the population, the one naming the round's population date
 * (then its year); for the others, the one naming the round's year. The rule
 * and the columns left out are said in a warning; when no rule decides, null.
 */
function pick(field: InputField, cols: HeaderColumn[], rule: ColumnRule): { chosen: HeaderColumn; why: Msg } | null {
  // A column's own header first: a group header above several columns ("Fördelning 2024") names the same year for each of them.
  for (const text of [(h: HeaderColumn) => h.own, (h: HeaderColumn) => `${h.group} ${h.own}`]) {
    const named = cols.map((h) => ({ h, y: yearsIn(text(h)) }));
    const tries: [HeaderColumn[], Msg][] = [];
    if (field === "population" && rule.populationDate) {
      const date = rule.populationDate;
      tries.push([named.filter((n) => n.y.dates.includes(date)).map((n) => n.h), msg("why.populationDate", { date })]);
      tries.push([named.filter((n) => [...n.y.years, ...n.y.populationYears].includes(date.slice(0, 4))).map((n) => n.h), msg("why.populationYear", { year: date.slice(0, 4) })]);
    } else if (rule.year) {
      const year = rule.year;
      tries.push([named.filter((n) => n.y.years.includes(year)).map((n) => n.h), msg("why.roundYear", { year })]);
    }
    for (const [hits, why] of tries) if (hits.length === 1) return { chosen: hits[0], why };
  }
  return null;
}

/** The column a mapping names: by letter ("D"), or by its exact header (with or without the group header above it). */
export function columnNamed(headers: readonly HeaderColumn[], wanted: string): number | null {
  const letter = columnIndex(wanted.trim());
  if (letter !== null) return letter;
  const target = headerText(wanted);
  return headers.find((h) => h.own === target || `${h.group} ${h.own}`.trim() === target)?.col ?? null;
}

function resolveRequest(sheet: SheetSnapshot, headerRow: number, headers: HeaderColumn[], field: InputField, wanted: string, errors: InputError[]): number | null {
  const hit = columnNamed(headers, wanted);
  if (hit !== null) return hit;
  errors.push(inputError(cellAddress(sheet.name, headerRow, 0), "column.notFound", { wanted: quoted(wanted), field: FIELD_LABELS[field] }));
  return null;
}

/** Where each input field is, from the header phrases, the user's mapping, and the round's rule for look-alikes. */
export function mapColumns(sheet: SheetSnapshot, headerRow: number, headers: HeaderColumn[], request: MappingRequest, rule: ColumnRule, errors: InputError[], warnings: Warning[]): ColumnMap {
  const taken = new Set(Object.values(request).map((w) => columnIndex(String(w).trim())));
  const columns: ColumnMap = {};
  for (const field of INPUT_FIELDS) {
    const wanted = request[field];
    if (wanted !== undefined) {
      const col = resolveRequest(sheet, headerRow, headers, field, wanted, errors);
      if (col !== null) columns[field] = col;
      continue;
    }
    const cols = headers.filter((h) => h.field === field && !taken.has(h.col));
    if (cols.length === 1) columns[field] = cols[0].col;
    if (cols.length < 2) continue;
    const picked = pick(field, cols, rule);
    const others = cols.filter((h) => h !== picked?.chosen).map(label);
    if (picked) {
      columns[field] = picked.chosen.col;
      warnings.push({ address: cellAddress(sheet.name, headerRow, picked.chosen.col), ...msg("column.chosen", { field: FIELD_LABELS[field], chosen: label(picked.chosen), why: picked.why, others, hint: mapHint(field, cols.find((h) => h !== picked.chosen)!.col) }) });
    } else {
      errors.push(inputError(cellAddress(sheet.name, headerRow, cols[1].col), "column.ambiguous", { fieldId: field, n: cols.length, field: FIELD_LABELS[field], columns: cols.map(label), hint: mapHint(field, cols[cols.length - 1].col) }));
    }
  }
  dropTotalCount(sheet, headerRow, headers, request, columns, warnings);
  return columns;
}

const TOTAL_WORD = /\b(totalt|total|summa|sum|sammanlagt|sammantaget|tillsammans)\b/;

/**
 * A count column that says it is a total ("Totalt antal AT", "Antal AT
 * summa") beside the filled and started posts is their sum: the count is the
 * larger of the two, so the total is not read (unless a mapping names it).
 */
function dropTotalCount(sheet: SheetSnapshot, headerRow: number, headers: HeaderColumn[], request: MappingRequest, columns: ColumnMap, warnings: Warning[]): void {
  const col = columns.count;
  const parts = [columns.filled, columns.started].filter((c): c is number => c !== undefined);
  const h = headers.find((x) => x.col === col);
  if (col === undefined || request.count !== undefined || parts.length === 0 || !h || !TOTAL_WORD.test(`${h.group} ${h.own}`)) return;
  delete columns.count;
  const columnsRead = parts.map((c) => label(headers.find((x) => x.col === c) as HeaderColumn));
  warnings.push({ address: cellAddress(sheet.name, headerRow, col), ...msg("column.totalSkipped", { column: columnLetter(col), header: quoted(h.raw), field: FIELD_LABELS.count, columns: columnsRead }) });
}
