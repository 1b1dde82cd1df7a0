import { msg, quoted, type Localized } from "../../messages/message";
import { cellAddress, columnLetter, type SheetSnapshot } from "../sheet/cell";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { mapHint } from "./mapColumns";
import { isCodeColumn } from "../values/regionCodes";
import { regionRows } from "./regionRows";
import { readRegionName, regionByCode } from "../values/regions";
import type { HeaderColumn } from "./tableHeader";

/** Where the regions are: the column of names (or codes) the rows are read by, and code columns that check it. */
export interface RegionColumns {
  /** The headers, with every region-like column but the chosen one set aside. */
  headers: HeaderColumn[];
  /** Columns of codes beside the region column ("Länskod", "NUTS"): each row's code must be its region's. */
  checks: number[];
  errors: InputError[];
  warnings: Warning[];
}

// A header that names a code of the county: "Länskod", "Kod", "NUTS-kod", "Länsbokstav", "Region code".
const CODE_HEADER = /kod|code|nuts|bokstav|länsn(umme)?r|\bnr\b.*län|\biso\b/;
// A header that is the region and nothing more: "Region", "Län", "Regionnamn", "Region/län".
const PLAIN_HEADER = /^(region(er|en|namn|ens namn)?|län(et)?|county|namn|name|\s|\/|\(|\))+$/;
const NO_REGION: Localized = { sv: "ingen region", en: "no region" };

interface Profile {
  h: HeaderColumn;
  /** Row → the region's code it names. */
  rows: Map<number, string>;
  once: boolean;
}

function label(h: HeaderColumn): string {
  return `${columnLetter(h.col)} ${quoted(h.raw)}`;
}

/** The rows a column names regions in, and whether it lists each region once and nothing that is not one. */
function profile(sheet: SheetSnapshot, headerRow: number, h: HeaderColumn, figures: number[]): Profile {
  const errors: InputError[] = [];
  const rows = regionRows(sheet, headerRow, h.col, figures, errors, []);
  const codes = new Set(rows.map((r) => r.region.code));
  return { h, rows: new Map(rows.map((r) => [r.row, r.region.code])), once: rows.length > 0 && errors.length === 0 && codes.size === rows.length };
}

function sameRows(a: Profile, b: Profile): boolean {
  return a.rows.size === b.rows.size && [...a.rows].every(([row, code]) => b.rows.get(row) === code);
}

/**
 * The region column of a table with more than one column that names regions
 * or their codes. Code columns check the names. Of several columns of names
 * (a contact person's region, a "Län" beside the "Region"), the one a rule an
 * officer can check picks: it alone lists each region once, or it alone names
 * regions, or all name the same region in every row, or it alone is headed
 * just as the region. The choice is said naming both; when no rule decides,
 * both are named and nothing is read.
 */
export function regionColumns(sheet: SheetSnapshot, headerRow: number, headers: HeaderColumn[], requested: boolean, figures: number[]): RegionColumns {
  const none: RegionColumns = { headers, checks: [], errors: [], warnings: [] };
  const isName = (t: string) => readRegionName(t) !== null;
  const codeCols = headers.filter((h) => (h.field === "region" || (h.field === null && CODE_HEADER.test(h.own))) && isCodeColumn(sheet, headerRow, h.col, isName));
  const nameCols = headers.filter((h) => h.field === "region" && !codeCols.includes(h));
  // Codes alone: the first column of codes is the region column, the others check it.
  const region = requested ? null : (nameCols.length === 0 ? codeCols.find((h) => h.field === "region") : undefined);
  const checks = codeCols.filter((h) => h !== region).map((h) => h.col);
  const only = (keep: HeaderColumn) => headers.map((h) => (h.field === "region" && h !== keep ? { ...h, field: null } : h));
  if (requested) return { ...none, checks };
  if (region) return { ...none, headers: only(region), checks };
  if (nameCols.length === 0) return none;
  if (nameCols.length === 1) return { ...none, headers: only(nameCols[0]), checks };

  const all = nameCols.map((h) => profile(sheet, headerRow, h, figures));
  const once = all.filter((p) => p.once);
  const named = all.filter((p) => p.rows.size > 0);
  const chosen = (p: Profile, why: Parameters<typeof msg>[0]): RegionColumns => {
    const others = all.filter((o) => o !== p);
    const warning: Warning = { address: cellAddress(sheet.name, headerRow, p.h.col), ...msg("region.columnChosen", { chosen: label(p.h), why: msg(why), others: others.map((o) => label(o.h)), hint: mapHint("region", others[0].h.col) }) };
    return { headers: only(p.h), checks, errors: [], warnings: [warning] };
  };
  if (once.length === 1) return chosen(once[0], "why.listsEachOnce");
  if (once.length === 0 && named.length === 1) return chosen(named[0], "why.onlyRegions");
  if (once.length > 1 && once.every((p) => sameRows(once[0], p))) return chosen(once[0], "why.sameRegions");
  const plain = once.filter((p) => PLAIN_HEADER.test(p.h.own));
  if (plain.length === 1) return chosen(plain[0], "why.plainHeader");
  // Nothing decides: the table is still found (by the column naming most regions), but not read.
  const widest = [...all].sort((a, b) => b.rows.size - a.rows.size)[0];
  const hint = mapHint("region", all.find((p) => p !== widest)!.h.col);
  if (once.length > 1) {
    const [a, b] = once;
    const row = [...new Set([...a.rows.keys(), ...b.rows.keys()])].sort((x, y) => x - y).find((r) => a.rows.get(r) !== b.rows.get(r)) as number;
    const nameOf = (p: Profile) => regionByCode(p.rows.get(row) ?? "")?.name ?? NO_REGION;
    const error = inputError(cellAddress(sheet.name, row, b.h.col), "region.columnsDisagree", { n: once.length, columns: once.map((p) => label(p.h)), cell: cellAddress(sheet.name, row, a.h.col), region: nameOf(a), other: nameOf(b), hint });
    return { headers: only(widest.h), checks, errors: [error], warnings: [] };
  }
  const second = all.find((p) => p !== widest)!;
  const error = inputError(cellAddress(sheet.name, headerRow, second.h.col), "region.columnsUndecided", { n: all.length, columns: all.map((p) => label(p.h)), hint });
  return { headers: only(widest.h), checks, errors: [error], warnings: [] };
}
