import type { ColumnDef } from "../../engine/types";
import { msg, quoted } from "../../messages/message";
import { cellAddress, columnLetter, type SheetSnapshot } from "../sheet/cell";
import { INPUT_FIELDS, headerText, type InputField } from "./headers";
import { inputError, type InputError } from "../sheet/inputError";
import { columnNamed } from "./mapColumns";
import type { HeaderColumn } from "./tableHeader";

/** The header a column is found by, with any group header above it. */
const fullHeader = (h: HeaderColumn) => `${h.group} ${h.own}`.trim();

/**
 * Where each column the round declares is: the column a mapping names (a
 * letter or the exact header), else the one header that contains one of its
 * phrases, the longest phrase deciding between declared columns. Two headers
 * for one column are refused with both named, as for the built-in inputs.
 */
export function findValueColumns(sheet: SheetSnapshot, headerRow: number, headers: readonly HeaderColumn[], declared: readonly ColumnDef[], request: Record<string, string | undefined>, errors: InputError[]): Record<string, number> {
  const found: Record<string, number> = {};
  const at = (col: number) => cellAddress(sheet.name, headerRow, col);
  for (const key of Object.keys(request)) {
    if (!INPUT_FIELDS.includes(key as InputField) && !declared.some((d) => d.id === key)) errors.push(inputError(at(0), "column.unknownKey", { key: `${key}=${request[key]}`, known: [...INPUT_FIELDS, ...declared.map((d) => d.id)].join(", ") }));
  }
  // Each header to the declared column whose phrase it contains, the longest phrase first.
  const best = new Map<number, { id: string; length: number }>();
  for (const d of declared) {
    for (const phrase of d.header.map(headerText)) {
      for (const h of headers) {
        if (!fullHeader(h).includes(phrase)) continue;
        const now = best.get(h.col);
        if (!now || phrase.length > now.length) best.set(h.col, { id: d.id, length: phrase.length });
      }
    }
  }
  for (const d of declared) {
    const wanted = request[d.id];
    if (wanted !== undefined) {
      const hit = columnNamed(headers, wanted);
      if (hit === null) errors.push(inputError(at(0), "column.notFound", { wanted: quoted(wanted), field: { sv: d.title, en: d.titleEn ?? d.title } }));
      else found[d.id] = hit;
      continue;
    }
    const cols = [...best].filter(([, b]) => b.id === d.id).map(([col]) => col);
    if (cols.length === 1) found[d.id] = cols[0];
    else if (cols.length > 1) {
      const hint = msg("hint.mapDeclared", { id: d.id, column: columnLetter(cols[cols.length - 1]), header: quoted(d.header[0]) });
      const columns = cols.map((c) => `${columnLetter(c)} ${quoted(headers.find((h) => h.col === c)?.raw ?? "")}`);
      errors.push(inputError(at(cols[1]), "column.declaredTwice", { columnId: d.id, title: { sv: d.title, en: d.titleEn ?? d.title }, columns, hint }));
    }
  }
  return found;
}
