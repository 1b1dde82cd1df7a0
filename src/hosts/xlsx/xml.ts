/**
 * A small, strict XML parser for the parts of an .xlsx, keeping where every
 * element starts and ends in the text. Why our own: patching a part means
 * changing a few spans and copying the rest as it was, which needs offsets
 * that DOM and most SAX parsers (fast-xml-parser among them) do not give,
 * and the web page must stay small. It handles what XML 1.0 allows in these
 * parts: the declaration and processing instructions, comments, CDATA, a
 * DOCTYPE without an internal subset, attributes in either quote, character
 * and the five predefined entity references. It refuses what is not
 * well-formed (an unclosed or mismatched tag) rather than guessing.
 */
export interface XmlAttr {
  name: string;
  /** As written between the quotes (entities not decoded). */
  raw: string;
  value: string;
}

export interface XmlElement {
  /** The qualified name as written ("x:row"). */
  name: string;
  /** The name without its prefix ("row"): parts by other writers use other prefixes. */
  local: string;
  attrs: XmlAttr[];
  /** Offsets in the text: `<` of the start tag, after its `>`, `<` of the end tag, after the end. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
  /** Decoded character data directly inside the element (CDATA included). */
  text: string;
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    const named = ENTITIES[ref];
    if (named === undefined) throw new XmlError(`unknown entity ${whole}`);
    return named;
  });
}

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

const NAME = /[^\s/>=]+/y;
const ATTR = /\s*([^\s/>=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

function skipTo(xml: string, from: number, token: string, what: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlError(`unterminated ${what} at ${from}`);
  return at + token.length;
}

/** Parses a whole part; returns its root element. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && stack.length) stack[stack.length - 1].text += decodeEntities(xml.slice(i, textEnd));
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<?", i)) i = skipTo(xml, i, "?>", "processing instruction");
    else if (xml.startsWith("<!--", i)) i = skipTo(xml, i, "-->", "comment");
    else if (xml.startsWith("<![CDATA[", i)) {
      const end = skipTo(xml, i, "]]>", "CDATA section");
      if (stack.length) stack[stack.length - 1].text += xml.slice(i + 9, end - 3);
      i = end;
    } else if (xml.startsWith("<!", i)) {
      if (xml.indexOf("[", i) >= 0 && xml.indexOf("[", i) < xml.indexOf(">", i)) throw new XmlError("a DOCTYPE with an internal subset is not expected in a workbook");
      i = skipTo(xml, i, ">", "declaration");
    } else if (xml[i + 1] === "/") {
      const close = xml.indexOf(">", i);
      if (close < 0) throw new XmlError(`unterminated end tag at ${i}`);
      const name = xml.slice(i + 2, close).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`</${name}> at ${i} does not close <${open?.name ?? "nothing"}>`);
      open.closeStart = i;
      open.end = close + 1;
      i = close + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(xml);
      if (!m) throw new XmlError(`a tag without a name at ${i}`);
      const el: XmlElement = { name: m[0], local: localName(m[0]), attrs: [], start: i, openEnd: 0, closeStart: 0, end: 0, selfClosing: false, children: [], text: "" };
      let at = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = at;
        const a = ATTR.exec(xml);
        if (!a) break;
        const raw = a[3] ?? a[4];
        el.attrs.push({ name: a[1], raw, value: decodeEntities(raw) });
        at = ATTR.lastIndex;
      }
      while (at < n && /\s/.test(xml[at])) at++;
      if (xml.startsWith("/>", at)) {
        el.selfClosing = true;
        el.openEnd = el.closeStart = el.end = at + 2;
      } else if (xml[at] === ">") el.openEnd = at + 1;
      else throw new XmlError(`malformed tag <${el.name}> at ${i}`);
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new XmlError("more than one root element");
      else root = el;
      if (!el.selfClosing) stack.push(el);
      i = el.openEnd;
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

export function attr(el: XmlElement, local: string): string | undefined {
  return el.attrs.find((a) => localName(a.name) === local)?.value;
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

export function childrenOf(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

/** The prefix (with its colon) that `el`'s own name uses: new children are written with it. */
export function prefixOf(el: XmlElement): string {
  return el.name.slice(0, el.name.length - el.local.length);
}

/**
 * The element's start tag, rewritten with some attributes set (a string) or
 * removed (null); every other attribute keeps its text and place.
 */
export function startTag(el: XmlElement, changes: Record<string, string | null>, selfClose = el.selfClosing): string {
  const parts: string[] = [];
  const done = new Set<string>();
  for (const a of el.attrs) {
    const key = a.name in changes ? a.name : localName(a.name) in changes && !a.name.includes(":") ? localName(a.name) : null;
    if (key === null) parts.push(`${a.name}="${a.raw.replace(/"/g, "&quot;")}"`);
    else {
      done.add(key);
      const v = changes[key];
      if (v !== null) parts.push(`${a.name}="${escapeAttr(v)}"`);
    }
  }
  for (const [k, v] of Object.entries(changes)) if (!done.has(k) && v !== null) parts.push(`${k}="${escapeAttr(v)}"`);
  return `<${el.name}${parts.map((p) => " " + p).join("")}${selfClose ? "/>" : ">"}`;
}
