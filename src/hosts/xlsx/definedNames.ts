import { attr, child, childrenOf, type XmlElement } from "./xml";

/**
 * A defined name of xl/workbook.xml (ECMA-376 part 1, 18.2.5 definedName):
 * its formula, and its scope: the workbook, or one sheet (localSheetId, the
 * sheet's position in <sheets>). Built-in names (`_xlnm.Print_Area`) are
 * names like any other.
 */
export interface DefinedName {
  name: string;
  /** Index in <sheets> of the sheet it belongs to, or null for the whole workbook. */
  scope: number | null;
  formula: string;
}

export function readDefinedNames(workbook: XmlElement): DefinedName[] {
  const list = child(workbook, "definedNames");
  if (!list) return [];
  return childrenOf(list, "definedName").map((el) => {
    const id = attr(el, "localSheetId");
    return { name: attr(el, "name") ?? "", scope: id !== undefined && /^\d+$/.test(id) ? Number(id) : null, formula: el.text.trim().replace(/^=/, "") };
  });
}

/** Names compare without case, as Excel compares them. */
export const nameKey = (name: string): string => name.toLocaleUpperCase("sv");

/** Finds a name as a formula on the sheet at `sheetIndex` sees it: its own sheet's first, then the workbook's. */
export class NameTable {
  private readonly byKey = new Map<string, number>();

  constructor(readonly names: readonly DefinedName[]) {
    names.forEach((n, i) => this.byKey.set(`${n.scope ?? ""}|${nameKey(n.name)}`, i));
  }

  /** The index of the name in `names`, or -1. */
  find(name: string, sheetIndex: number | null): number {
    const key = nameKey(name);
    if (sheetIndex !== null) {
      const local = this.byKey.get(`${sheetIndex}|${key}`);
      if (local !== undefined) return local;
    }
    return this.byKey.get(`|${key}`) ?? -1;
  }
}
