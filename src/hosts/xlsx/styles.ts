import { isDateCode } from "../../workbook/dates";
import { attr, child, childrenOf, parseXml, startTag, type XmlElement } from "./xml";

/** Built-in number formats that Excel shows as dates (ECMA-376 part 1, 18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);


/** What the reader needs of xl/styles.xml: which cell styles (cellXfs positions) show dates. */
export class Styles {
  readonly root: XmlElement | null;
  private readonly dateXfs = new Set<number>();
  readonly xfs: XmlElement[];

  constructor(readonly text: string | null) {
    this.root = text ? parseXml(text) : null;
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
 * Gives cells the amount format while keeping their look: a copy of a cell's
 * style with numFmtId 3 is appended to <cellXfs> once per original style;
 * existing entries are never renumbered or rewritten (cells refer to them by position).
 */
export class AmountStyles {
  private readonly appended: string[] = [];
  private readonly memo = new Map<number, number>();

  constructor(private readonly styles: Styles) {}

  /** The style index to give a cell that had style `s`, so that it shows `#,##0`. */
  amountStyleFor(s: number): number {
    if (this.styles.numFmtIdOf(s) === AMOUNT_NUMFMT_ID && this.styles.xfs[s]) return s;
    const known = this.memo.get(s);
    if (known !== undefined) return known;
    const source = this.styles.xfs[s] ?? this.styles.xfs[0];
    if (!source || this.styles.text === null) throw new Error("the workbook has no cell styles to copy");
    const text = this.styles.text;
    const tag = startTag(source, { numFmtId: String(AMOUNT_NUMFMT_ID), applyNumberFormat: "1" });
    const copy = source.selfClosing ? tag : tag + text.slice(source.openEnd, source.end);
    // A rerun finds the copy it appended last time instead of appending another.
    const existing = this.styles.xfs.findIndex((xf) => text.slice(xf.start, xf.end) === copy);
    const index = existing >= 0 ? existing : this.styles.xfs.length + this.appended.push(copy) - 1;
    this.memo.set(s, index);
    return index;
  }

  /** xl/styles.xml with the appended styles, or null when none was needed. */
  patched(): string | null {
    if (this.appended.length === 0 || !this.styles.root || this.styles.text === null) return null;
    const text = this.styles.text;
    const cellXfs = child(this.styles.root, "cellXfs") as XmlElement;
    const count = String(this.styles.xfs.length + this.appended.length);
    const open = startTag(cellXfs, { count }, false);
    const inner = cellXfs.selfClosing ? "" : text.slice(cellXfs.openEnd, cellXfs.closeStart);
    const close = `</${cellXfs.name}>`;
    return text.slice(0, cellXfs.start) + open + inner + this.appended.join("") + close + text.slice(cellXfs.end);
  }
}
