import { nameKey, NameTable, readDefinedNames, type DefinedName } from "./definedNames";
import { formulaRefs, MAX_COL, MAX_ROW, type FormulaRefs, type Ref } from "./formulaRefs";
import { readTables, tableArea, type Area, type TableDef } from "./structuredRefs";
import type { XlsxWorkbook } from "./xlsxWorkbook";
import { XmlError } from "./xml";

/** Cells on one sheet (its name upper-cased, as sheet names compare). */
export interface SheetArea extends Area {
  sheet: string;
}

/** What a formula reads; `unknown` when that cannot be known (INDIRECT, a missing sheet or name, a name that loops). */
export interface Inputs {
  areas: SheetArea[];
  unknown: boolean;
}

const MAX_FORMULA = 16_384;
/** Names within names deeper than this are taken as not knowable (and the stack stays small). */
const MAX_NESTING = 64;

export const sheetKey = (name: string): string => name.toLocaleUpperCase("sv");

/**
 * Resolves what a formula reads through the workbook's defined names, tables
 * and sheet order. A name's formula is resolved once per sheet that uses it;
 * a relative part of a reference in a name (meant relative to the cell that
 * uses it, and wrapping round the sheet) is taken as the whole row or column span.
 */
export class FormulaInputs {
  private readonly tabs: string[];
  private readonly tabIndex = new Map<string, number>();
  private readonly keys = new Map<string, string>();
  private readonly names: NameTable;
  private readonly tables = new Map<string, TableDef>();
  private readonly bySheet = new Map<string, TableDef[]>();
  private readonly resolved = new Map<string, Inputs>();
  private readonly resolving = new Set<string>();

  /** `sheets`: every sheet in tab order (chart sheets too: localSheetId and 3-D spans count them). */
  constructor(sheets: readonly string[], names: readonly DefinedName[], tables: readonly TableDef[]) {
    this.tabs = sheets.map(sheetKey);
    this.tabs.forEach((k, i) => this.tabIndex.has(k) || this.tabIndex.set(k, i));
    this.names = new NameTable(names);
    for (const t of tables) {
      this.tables.set(nameKey(t.name), t);
      const key = this.key(t.sheet);
      this.bySheet.set(key, [...(this.bySheet.get(key) ?? []), t]);
    }
  }

  /** What the formula `text` in the cell (`row`, `col`) of `sheet` reads. */
  of(text: string, sheet: string, row: number, col: number): Inputs {
    // Excel keeps a formula to 8 192 characters: a far longer one was not written by a spreadsheet program.
    if (text.length > MAX_FORMULA) return { areas: [], unknown: true };
    return this.resolve(formulaRefs(text), this.key(sheet), { row, col }, false);
  }

  /** A sheet name's key, computed once per name (upper-casing in a locale is slow, and formulas name few sheets). */
  private key(name: string): string {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = sheetKey(name);
      if (this.keys.size < 10_000) this.keys.set(name, k);
    }
    return k;
  }

  private tab(key: string): number {
    return this.tabIndex.get(key) ?? -1;
  }

  private resolve(f: FormulaRefs, sheet: string, cell: { row: number; col: number } | null, inName: boolean, depth = 0): Inputs {
    const out: Inputs = { areas: [], unknown: f.opaque };
    for (const r of f.refs) if (!r.external) this.addRef(out, r, sheet, inName);
    for (const t of f.tables) {
      const table = t.table === null ? this.tableAt(sheet, cell) : this.tables.get(nameKey(t.table));
      const area = table && tableArea(table, t.spec, cell?.row ?? null);
      if (!table || !area) out.unknown = true;
      else if (area.r2 >= area.r1) out.areas.push({ sheet: this.key(table.sheet), ...area });
    }
    for (const n of f.names) {
      if (n.external) continue;
      const table = n.sheet === null && this.names.find(n.name, this.tab(sheet)) < 0 ? this.tables.get(nameKey(n.name)) : undefined;
      if (table) {
        // A table's name alone is its data rows (Table1 = Table1[#Data]).
        out.areas.push({ sheet: this.key(table.sheet), ...(tableArea(table, "", null) as Area) });
        continue;
      }
      const scope = n.sheet === null ? this.tab(sheet) : this.tab(this.key(n.sheet));
      if (n.call && this.names.find(n.name, scope < 0 ? null : scope) < 0) continue; // a function, not a name
      const got = this.name(n.name, scope, n.sheet === null ? sheet : this.key(n.sheet), depth + 1);
      out.areas.push(...got.areas);
      out.unknown ||= got.unknown;
    }
    return out;
  }

  private addRef(out: Inputs, r: Ref, sheet: string, inName: boolean): void {
    const first = r.sheet === null ? sheet : this.key(r.sheet);
    let from = this.tab(first);
    let to = r.lastSheet === null ? from : this.tab(this.key(r.lastSheet));
    if (from < 0 || to < 0) {
      out.unknown = true;
      return;
    }
    if (to < from) [from, to] = [to, from];
    const area: Area = { r1: r.r1, c1: r.c1, r2: r.r2, c2: r.c2 };
    if (inName && r.parts.some((p) => p.kind === "row" && !p.abs)) [area.r1, area.r2] = [0, MAX_ROW];
    if (inName && r.parts.some((p) => p.kind === "col" && !p.abs)) [area.c1, area.c2] = [0, MAX_COL];
    for (let k = from; k <= to; k++) out.areas.push({ sheet: this.tabs[k], ...area });
  }

  /** A name's inputs, resolved once for each sheet it is used from; a name that leads back to itself cannot be known. */
  private name(name: string, scope: number, usedFrom: string, depth: number): Inputs {
    const at = this.names.find(name, scope < 0 ? null : scope);
    if (at < 0 || depth > MAX_NESTING) return { areas: [], unknown: true };
    const key = `${at}|${usedFrom}`;
    const done = this.resolved.get(key);
    if (done) return done;
    if (this.resolving.has(key)) return { areas: [], unknown: true };
    this.resolving.add(key);
    const got = this.resolve(formulaRefs(this.names.names[at].formula), usedFrom, null, true, depth);
    this.resolving.delete(key);
    this.resolved.set(key, got);
    return got;
  }

  /** The table holding the cell (a structured reference without a table name is to its own table). */
  private tableAt(sheet: string, cell: { row: number; col: number } | null): TableDef | undefined {
    if (!cell) return undefined;
    for (const t of this.bySheet.get(sheet) ?? []) {
      const a = t.area;
      if (cell.row >= a.r1 && cell.row <= a.r2 && cell.col >= a.c1 && cell.col <= a.c2) return t;
    }
    return undefined;
  }
}

/** The resolver for a workbook: its sheets in tab order, its defined names, and every worksheet's tables. */
export function workbookInputs(wb: XlsxWorkbook): FormulaInputs {
  const tables: TableDef[] = [];
  for (const s of wb.book.sheets) {
    if (!s.worksheet || !s.part || !wb.pkg.has(s.part)) continue;
    try {
      tables.push(...readTables(wb.pkg, s.name, s.part));
    } catch (e) {
      // A damaged table part: a reference to it cannot be followed (and its formulas lose their results).
      if (!(e instanceof XmlError)) throw e;
    }
  }
  return new FormulaInputs(wb.book.sheets.map((s) => s.name), readDefinedNames(wb.book.root), tables);
}
