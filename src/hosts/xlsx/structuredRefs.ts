import { relationshipsOf, type Relationship } from "./relationships";
import { cellRef } from "./sheetXml";
import { attr, child, childrenOf, parseXml } from "./xml";
import type { XlsxPackage } from "./xlsxPackage";

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** An Excel table (ECMA-376 part 1, 18.5.1.2 table): where it stands and its columns, in order. */
export interface TableDef {
  name: string;
  sheet: string;
  area: Area;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

/** The tables of a worksheet part, from its relationships (type …/table) to xl/tables/tableN.xml. */
export function readTables(pkg: XlsxPackage, sheet: string, part: string, rels: Relationship[] = relationshipsOf(pkg, part)): TableDef[] {
  const out: TableDef[] = [];
  for (const rel of rels) {
    if (rel.external || !rel.type.endsWith("/table")) continue;
    const text = pkg.text(rel.part);
    if (text === null) continue;
    const root = parseXml(text);
    const [a, b] = (attr(root, "ref") ?? "").split(":").map(cellRef);
    const name = attr(root, "displayName") ?? attr(root, "name");
    if (!a || !name) continue;
    const end = b ?? a;
    const cols = child(root, "tableColumns");
    out.push({
      name,
      sheet,
      area: { r1: Math.min(a[0], end[0]), c1: Math.min(a[1], end[1]), r2: Math.max(a[0], end[0]), c2: Math.max(a[1], end[1]) },
      headerRows: Number(attr(root, "headerRowCount") ?? 1) || 0,
      totalsRows: Number(attr(root, "totalsRowCount") ?? 0) || 0,
      columns: cols ? childrenOf(cols, "tableColumn").map((c) => attr(c, "name") ?? "") : [],
    });
  }
  return out;
}

const SPECIALS = ["#ALL", "#DATA", "#HEADERS", "#TOTALS", "#THIS ROW"] as const;
type Special = (typeof SPECIALS)[number];

/** The items of a spec: `[#Headers],[Amount]:[Total]` → ["#Headers", "Amount:Total"], names unescaped ('[ '] '# '' → [ ] # '). */
function items(spec: string): string[] {
  const s = spec.trim();
  if (s.startsWith("@[")) return ["@", ...items(s.slice(1))]; // `Tab[@[Col 1]]`: this row, a name needing brackets
  if (!s.startsWith("[")) return [unescape(s)];
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    if (ch === "'") {
      if (depth > 0) cur += s[k + 1] ?? "";
      k++;
    } else if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (depth > 0) cur += ch;
    else if (ch === ",") (out.push(cur), (cur = ""));
    else if (ch === ":") cur += "\u0000"; // a column span
  }
  out.push(cur);
  return out.map((x) => x.trim());
}

function unescape(s: string): string {
  return s.replace(/'(.)/g, "$1");
}

/**
 * The cells a structured reference reads (18.17.6.3 and Excel's grammar):
 * rows from its specials (#Data when none; `@` is #This Row), columns from
 * the named ones (a span `[A]:[B]` takes all between), or null when a column
 * is not the table's. `row` is the formula's row (for #This Row), or null to
 * take every data row (a name used from anywhere).
 */
export function tableArea(t: TableDef, spec: string, row: number | null): Area | null {
  const dataTop = t.area.r1 + t.headerRows;
  const dataBottom = t.area.r2 - t.totalsRows;
  const rows: Area[] = [];
  const cols: number[] = [];
  for (let item of items(spec)) {
    if (item.startsWith("@")) {
      rows.push(thisRow(dataTop, dataBottom, row));
      item = item.slice(1).trim();
      if (item === "") continue;
    }
    const special = item.toUpperCase().replace(/\s+/g, " ") as Special;
    if (SPECIALS.includes(special)) {
      if (special === "#ALL") rows.push({ ...t.area });
      else if (special === "#DATA") rows.push({ ...t.area, r1: dataTop, r2: dataBottom });
      else if (special === "#HEADERS") rows.push({ ...t.area, r1: t.area.r1, r2: dataTop - 1 });
      else if (special === "#TOTALS") rows.push({ ...t.area, r1: dataBottom + 1, r2: t.area.r2 });
      else rows.push(thisRow(dataTop, dataBottom, row));
      continue;
    }
    if (item === "") continue;
    for (const name of item.split("\u0000")) {
      const k = t.columns.findIndex((c) => c.toUpperCase() === name.trim().toUpperCase());
      if (k < 0) return null;
      cols.push(t.area.c1 + k);
    }
  }
  const span = rows.length ? rows : [{ ...t.area, r1: dataTop, r2: dataBottom }];
  const r1 = Math.min(...span.map((a) => a.r1));
  const r2 = Math.max(...span.map((a) => a.r2));
  if (r2 < r1) return { r1: -1, c1: -1, r2: -2, c2: -2 }; // an empty part (no totals row): reads nothing
  return { r1, r2, c1: cols.length ? Math.min(...cols) : t.area.c1, c2: cols.length ? Math.max(...cols) : t.area.c2 };
}

function thisRow(top: number, bottom: number, row: number | null): Area {
  const inside = row !== null && row >= top && row <= bottom;
  return { r1: inside ? row : top, r2: inside ? row : bottom, c1: 0, c2: 0 };
}
