import type { XlsxPackage } from "./xlsxPackage";
import { WorkbookRefused } from "./zipGuard";

/** Fördela reads tables of regions: a sheet far larger than that is refused before it is parsed. */
export const MAX_SHEET_ROWS = 20000;

/** Refuses a sheet whose <dimension> (or, without one, whose last row) lies beyond MAX_SHEET_ROWS. */
export function readSheetSize(pkg: XlsxPackage, part: string, maxRows = MAX_SHEET_ROWS): void {
  const text = pkg.text(part);
  if (text === null) return;
  const dim = /<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(text.slice(0, 4096));
  let rows = dim ? Number(dim[1] ?? 1) : 0;
  if (!dim) for (const m of text.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g)) rows = Math.max(rows, Number(m[1]));
  if (rows > maxRows) {
    throw WorkbookRefused.of("file.sheetTooLong", { part: part.replace(/^xl\/worksheets\//, ""), rows, limit: maxRows });
  }
}
