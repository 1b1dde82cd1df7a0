import { isDateCode } from "../../workbook/sheet/dates";
import { attr, child, childrenOf, parseXml, prefixOf, startTag, type XmlElement } from "./xml";
import { WorkbookRefused } from "../../app/workbookRefused";
import { spreadsheetRoot } from "./partRoot";

/** Built-in number formats that Excel shows as dates (ECMA-376 part 1, 18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * What the reader needs of xl/styles.xml: which cell styles (cellXfs positions)
 * show dates. Positions count the styles as Excel reads them: an <xf> inside
 * an mc:AlternateContent (Hancom, Excel's own extensions) is the one branch Excel takes.
 */
export class Styles {
  readonly root: XmlElement | null;
  private readonly dateXfs = new Set<number>();
  readonly xfs: XmlElement[];

  constructor(readonly text: string | null, part = "xl/styles.xml") {
    this.root = text ? spreadsheetRoot(parseXml(text), part, "styleSheet") : null;
    const custom = new Map<number, string>();
    const numFmts = this.root && child(this.root, "numFmts");
    for (const f of numFmts ? childrenOf(numFmts, "numFmt") : []) custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
    const cellXfs = this.root && child(this.root, "cellXfs");
    this.xfs = cellXfs ? childrenOf(cellXfs, "xf") : [];
    this.xfs.forEach((xf, i) => {
      const id = Number(attr(xf, "numFmtId") ?? 0);
      const code = custom.get(id);
      if (code !== undefined ? isDateCode(code) : BUILTIN_DATES.has(id)) this.dateXfs.add(i);
    });
  }

  isDate(styleIndex: number): boolean {
    return this.dateXfs.has(styleIndex);
  }

  numFmtIdOf(styleIndex: number): number {
    const xf = this.xfs[styleIndex];
    return xf ? Number(attr(xf, "numFmtId") ?? 0) : 0;
  }
}

/** The thousands format `#,##0`: built-in, so no <numFmt> is needed (Swedish Excel shows 2 455 914). */
export const AMOUNT_NUMFMT_ID = 3;

/**
 * What a style sheet needs before any <xf> can be shown (ECMA-376 part 1,
 * 18.8.39 CT_Stylesheet, in its order): a font, the two fills Excel reserves
 * (none, gray125), a border and a cell style format. Only missing ones are
 * added, so an empty <styleSheet/> (some writers) becomes one Excel opens.
 */
const BASICS: [string, string][] = [
  ["fonts", `<font><sz val="11"/><name val="Calibri"/></font>`],
  ["fills", `<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`],
  ["borders", `<border><left/><right/><top/><bottom/><diagonal/></border>`],
  ["cellStyleXfs", `<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
];
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const DEFAULT_XF = `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;

/** A copy of an <xf> with the amount format, written so that it stands on its own in <cellXfs>. */
function amountCopy(text: string, source: XmlElement, cellXfs: XmlElement | undefined): string {
  // A copy from inside an mc:Choice may use prefixes declared there: keep only what needs none.
  const ownScope = !cellXfs || source.scope === cellXfs.scope;
  if (!ownScope) return startTag({ ...source, attrs: source.attrs.filter((a) => a.ns === "") }, { numFmtId: String(AMOUNT_NUMFMT_ID), applyNumberFormat: "1" }, true);
  const tag = startTag(source, { numFmtId: String(AMOUNT_NUMFMT_ID), applyNumberFormat: "1" });
  return source.selfClosing ? tag : tag + text.slice(source.openEnd, source.end);
}

/**
 * Gives cells the amount format while keeping their look: a copy of a cell's
 * style with numFmtId 3 is appended to <cellXfs> once per original style;
 * existing entries are never renumbered or rewritten (cells refer to them by position).
 */
export class AmountStyles {
  private readonly appended: string[] = [];
  private readonly memo = new Map<number, number>();
  /** The style sheet had no cell style at all: a default one goes first, at position 0. */
  private readonly bare: boolean;

  constructor(private readonly styles: Styles) {
    this.bare = styles.xfs.length === 0;
    if (this.bare) this.appended.push(this.own(DEFAULT_XF));
  }

  /** Markup of Fördela's own, with the prefix the style sheet gives SpreadsheetML (a copy of an existing <xf> keeps its own). */
  private own(xml: string): string {
    const p = this.styles.root ? prefixOf(this.styles.root) : "";
    return p ? xml.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`) : xml;
  }

  /** The style index to give a cell that had style `s`, so that it shows `#,##0`. */
  amountStyleFor(s: number): number {
    if (this.styles.numFmtIdOf(s) === AMOUNT_NUMFMT_ID && this.styles.xfs[s]) return s;
    const known = this.memo.get(s);
    if (known !== undefined) return known;
    if (this.styles.text === null || !this.styles.root) throw WorkbookRefused.of("file.noStyles");
    const source = this.styles.xfs[s] ?? this.styles.xfs[0];
    const text = this.styles.text;
    const copy = source ? amountCopy(text, source, child(this.styles.root, "cellXfs")) : this.own(`<xf numFmtId="${AMOUNT_NUMFMT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
    // A rerun finds the copy it appended last time instead of appending another.
    const existing = this.styles.xfs.findIndex((xf) => text.slice(xf.start, xf.end) === copy);
    const index = existing >= 0 ? existing : this.styles.xfs.length + this.appended.push(copy) - 1;
    this.memo.set(s, index);
    return index;
  }

  /** xl/styles.xml with the appended styles, or null when none was needed. */
  patched(): string | null {
    const root = this.styles.root;
    if (this.appended.length === (this.bare ? 1 : 0) || !root || this.styles.text === null) return null;
    const text = this.styles.text;
    const p = prefixOf(root);
    const inserts: { at: number; text: string }[] = [];
    const before = (name: string) => root.children.find((c) => c.ns === root.ns && ORDER.indexOf(c.local) > ORDER.indexOf(name))?.start ?? root.closeStart;
    if (this.bare) for (const [name, body] of BASICS) if (!child(root, name)) inserts.push({ at: before(name), text: this.own(`<${name} count="${name === "fills" ? 2 : 1}">${body}</${name}>`) });
    const cellXfs = child(root, "cellXfs");
    const count = String(this.styles.xfs.length + this.appended.length);
    const xfs = this.appended.join("");
    let out: string;
    if (cellXfs) {
      const open = startTag(cellXfs, { count }, false);
      const inner = cellXfs.selfClosing ? "" : text.slice(cellXfs.openEnd, cellXfs.closeStart);
      out = text.slice(0, cellXfs.start) + open + inner + xfs + `</${cellXfs.name}>` + text.slice(cellXfs.end);
    } else {
      inserts.push({ at: before("cellXfs"), text: `<${p}cellXfs count="${count}">${xfs}</${p}cellXfs>` });
      out = text;
    }
    if (root.selfClosing) {
      // <styleSheet/>: opened, so that what it needs can go inside.
      const body = inserts.map((x) => x.text).join("");
      return out.slice(0, root.start) + startTag(root, {}, false) + body + `</${root.name}>` + out.slice(root.end);
    }
    // In ascending order, ties kept in schema order, each piece of the text copied once.
    let result = "";
    let last = 0;
    for (const x of inserts.sort((a, b) => a.at - b.at)) {
      result += out.slice(last, x.at) + x.text;
      last = x.at;
    }
    return result + out.slice(last);
  }
}
