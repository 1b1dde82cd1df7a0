import type { SheetSnapshot } from "../../workbook/sheet/cell";
import { checkElementBudget } from "./sheetSize";
import { sheetSnapshot, stringItem } from "./readSheet";
import { REL_TYPES, isType } from "./relationships";
import { parseSheetXml, type SheetXml } from "./sheetXml";
import { Styles } from "./styles";
import { readWorkbookXml, type WorkbookXml } from "./workbookXml";
import { childrenOf, parseXml, XmlError } from "./xml";
import { XlsxPackage } from "./xlsxPackage";
import { WorkbookRefused } from "../../app/workbookRefused";
import { spreadsheetRoot } from "./partRoot";

/**
 * An .xlsx workbook opened for Fördela: its package, its sheets and what
 * reading their cells needs. Parts are parsed once, when first needed.
 */
export class XlsxWorkbook {
  readonly pkg: XlsxPackage;
  readonly book: WorkbookXml;
  readonly styles: Styles;
  readonly strings: string[];
  private readonly parsed = new Map<string, SheetXml>();

  /** From a file's bytes, or from a package already open (to read it again after a write). */
  constructor(source: Uint8Array | XlsxPackage) {
    this.pkg = source instanceof XlsxPackage ? source : new XlsxPackage(source);
    if (!(source instanceof XlsxPackage)) this.pkg.verifyAll();
    try {
      this.book = readWorkbookXml(this.pkg);
      const stylesRel = this.book.rels.find((r) => isType(r, REL_TYPES.styles));
      const sstRel = this.book.rels.find((r) => isType(r, REL_TYPES.sharedStrings));
      // Counted in the parts' bytes, before any is decoded or parsed.
      const counted = [...this.book.sheets.filter((s) => s.worksheet && s.part).map((s) => s.part as string), sstRel?.part, stylesRel?.part];
      checkElementBudget(counted.map((part) => (part ? this.pkg.read(part) : null)));
      this.styles = new Styles(stylesRel ? this.pkg.text(stylesRel.part) : null, stylesRel?.part);
      const sst = sstRel ? this.pkg.text(sstRel.part) : null;
      this.strings = sst && sstRel ? childrenOf(spreadsheetRoot(parseXml(sst), sstRel.part, "sst"), "si").map(stringItem) : [];
    } catch (e) {
      if (e instanceof XmlError) throw WorkbookRefused.of("file.damagedXml", { detail: e.message });
      throw e;
    }
  }

  /** The worksheets (not chart sheets), in tab order. */
  worksheetNames(): string[] {
    return this.book.sheets.filter((s) => s.worksheet && s.part && this.pkg.has(s.part)).map((s) => s.name);
  }

  sheetXml(name: string): SheetXml {
    const entry = this.book.sheets.find((s) => s.name === name && s.worksheet && s.part);
    if (!entry?.part) throw new Error(`no worksheet ${name}`);
    let sheet = this.parsed.get(entry.part);
    if (!sheet) {
      try {
        sheet = parseSheetXml(this.pkg.text(entry.part) ?? "", entry.part, entry.name);
      } catch (e) {
        throw e instanceof XmlError ? WorkbookRefused.of("file.damagedXml", { detail: e.message }) : e;
      }
      this.parsed.set(entry.part, sheet);
    }
    return sheet;
  }

  snapshot(name: string): SheetSnapshot {
    return sheetSnapshot(name, this.sheetXml(name), { sheet: name, strings: this.strings, styles: this.styles, date1904: this.book.date1904 });
  }
}

