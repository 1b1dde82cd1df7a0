import { NS } from "./namespaces";
import type { Scope, XmlAttr, XmlElement } from "./xmlNode";

/**
 * A small, strict XML parser for the parts of an .xlsx, keeping where every
 * element starts and ends in the text. Why our own: patching a part means
 * changing a few spans and copying the rest as it was, which needs offsets
 * that DOM and most SAX parsers (fast-xml-parser among them) do not give,
 * and the web page must stay small. It handles what XML 1.0 allows in these
 * parts: the declaration and processing instructions, comments, CDATA, a
 * DOCTYPE without an internal subset, attributes in either quote, character
 * and the five predefined entity references. Names are resolved to their
 * namespace URIs (Namespaces in XML 1.0). It refuses what is not well-formed
 * (an unclosed or mismatched tag, an attribute given twice, an unbound
 * prefix, a character XML does not allow) rather than guessing, and runs in
 * time linear in the text.
 */
export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Char in XML 1.0 (section 2.2): a reference to anything else is not well-formed. */
function xmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`an unterminated reference ${whole.slice(0, 12)}`);
    const num = /^#x([0-9a-fA-F]{1,6})$|^#([0-9]{1,7})$/.exec(ref);
    if (num) {
      const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
      if (!xmlChar(cp)) throw new XmlError(`a reference to a character XML does not allow: ${whole}`);
      return String.fromCodePoint(cp);
    }
    const named = ENTITIES[ref];
    if (named === undefined) throw new XmlError(`unknown entity ${whole.slice(0, 40)}`);
    return named;
  });
}



const NAME = /[^\s/>=<]+/y;
const ATTR = /\s+([^\s/>=<]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
const NO_IGNORABLE: ReadonlySet<string> = new Set();
// Not frozen: a child scope shadows "" on top of it, which a frozen prototype forbids.
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Record<string, string>, { xml: NS.xml, "": "" });

function skipTo(xml: string, from: number, token: string, what: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlError(`unterminated ${what} at ${from}`);
  return at + token.length;
}

/** The bindings an element declares (xmlns, xmlns:p), on top of its parent's; the parent's own object when it declares none. */
function scopeOf(attrs: XmlAttr[], parent: Scope): Scope {
  const decls = attrs.filter((a) => a.name === "xmlns" || a.name.startsWith("xmlns:"));
  if (!decls.length) return parent;
  const scope = Object.create(parent) as Record<string, string>;
  for (const a of decls) {
    const prefix = a.name === "xmlns" ? "" : a.name.slice(6);
    if (prefix === "xmlns" || (prefix === "xml") !== (a.value === NS.xml) || (prefix !== "" && a.value === "")) throw new XmlError(`a namespace declaration XML does not allow: ${a.name}="${a.value}"`);
    scope[prefix] = a.value;
  }
  return scope;
}

function resolve(scope: Scope, prefix: string, name: string): string {
  const uri = scope[prefix];
  if (uri === undefined) throw new XmlError(`the prefix of <${name}> is not bound to a namespace`);
  return uri;
}

function ignorableOf(attrs: XmlAttr[], scope: Scope, parent: ReadonlySet<string>): ReadonlySet<string> {
  const ign = attrs.find((a) => a.ns === NS.mc && a.local === "Ignorable");
  if (!ign) return parent;
  const set = new Set(parent);
  for (const p of ign.value.split(/\s+/).filter(Boolean)) set.add(resolve(scope, p, `mc:Ignorable ${p}`));
  return set;
}

/** Shared by every element without attributes or children: most cells' <v> have neither. */
const NONE: never[] = [];

/** A duplicate among a tag's attributes, by qualified name or by namespace and local name. */
function duplicateAttr(attrs: XmlAttr[]): string | null {
  for (let a = 1; a < attrs.length; a++) {
    for (let b = 0; b < a; b++) if (attrs[a].name === attrs[b].name || (attrs[a].local === attrs[b].local && attrs[a].ns === attrs[b].ns)) return attrs[a].name;
  }
  return null;
}

/**
 * One string per distinct name: a sheet repeats "c", "v", "r" and "s" hundreds of
 * thousands of times, and a copy of each would be garbage to collect.
 */
function interned(names: Map<string, string>, name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size < 4096) names.set(name, name);
  return name;
}

/** Reads a start tag at `i` (after `<`): the element, not yet placed in the tree. */
function startElement(xml: string, i: number, parent: XmlElement | undefined, names: Map<string, string>): XmlElement {
  NAME.lastIndex = i + 1;
  const found = NAME.exec(xml);
  if (!found) throw new XmlError(`a tag without a name at ${i}`);
  const m = [interned(names, found[0])];
  let attrs: XmlAttr[] = NONE;
  let at = NAME.lastIndex;
  for (;;) {
    ATTR.lastIndex = at;
    const a = ATTR.exec(xml);
    if (!a) break;
    const raw = a[3] ?? a[4];
    if (attrs === NONE) attrs = [];
    const name = interned(names, a[1]);
    attrs.push({ name, local: name, ns: "", raw, value: raw.includes("&") ? decodeEntities(raw) : raw });
    if (attrs.length > 256) throw new XmlError(`more than 256 attributes in <${m[0]}> at ${i}`);
    at = ATTR.lastIndex;
  }
  while (at < xml.length && /\s/.test(xml[at])) at++;
  const selfClosing = xml.startsWith("/>", at);
  if (!selfClosing && xml[at] !== ">") throw new XmlError(`malformed tag <${m[0]}> at ${i}`);
  const scope = scopeOf(attrs, parent?.scope ?? ROOT_SCOPE);
  for (const a of attrs) {
    const colon = a.name.indexOf(":");
    if (colon < 0) continue;
    const prefix = a.name.slice(0, colon);
    a.local = a.name.slice(colon + 1);
    a.ns = prefix === "xmlns" ? NS.xmlns : resolve(scope, prefix, a.name);
  }
  if (attrs.length > 1) {
    const twice = duplicateAttr(attrs);
    if (twice) throw new XmlError(`the attribute ${twice} is given twice in <${m[0]}> at ${i}`);
  }
  const colon = m[0].indexOf(":");
  const end = selfClosing ? at + 2 : at + 1;
  return {
    name: m[0],
    local: colon < 0 ? m[0] : m[0].slice(colon + 1),
    ns: resolve(scope, colon < 0 ? "" : m[0].slice(0, colon), m[0]),
    attrs,
    start: i,
    openEnd: end,
    closeStart: selfClosing ? end : 0,
    end: selfClosing ? end : 0,
    selfClosing,
    children: NONE,
    text: "",
    scope,
    ignorable: attrs === NONE ? (parent?.ignorable ?? NO_IGNORABLE) : ignorableOf(attrs, scope, parent?.ignorable ?? NO_IGNORABLE),
    alternates: false,
  };
}

/** Parses a whole part; returns its root element. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let doctype = false;
  const names = new Map<string, string>();
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1].text += decodeEntities(text);
      else if (text.trim() !== "") throw new XmlError(`text outside the root element at ${i}`);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<?", i)) i = skipTo(xml, i, "?>", "processing instruction");
    else if (xml.startsWith("<!--", i)) i = skipTo(xml, i, "-->", "comment");
    else if (xml.startsWith("<![CDATA[", i)) {
      const end = skipTo(xml, i, "]]>", "CDATA section");
      if (!stack.length) throw new XmlError(`CDATA outside the root element at ${i}`);
      stack[stack.length - 1].text += xml.slice(i + 9, end - 3);
      i = end;
    } else if (xml.startsWith("<!DOCTYPE", i) && !root && !doctype) {
      const end = skipTo(xml, i, ">", "declaration");
      // Only the declaration's own text is looked at, and there is one: the scan stays linear.
      if (xml.slice(i, end).includes("[")) throw new XmlError("a DOCTYPE with an internal subset is not expected in a workbook");
      doctype = true;
      i = end;
    } else if (xml[i + 1] === "!") {
      throw new XmlError(`a markup declaration at ${i} where XML allows none`);
    } else if (xml[i + 1] === "/") {
      const close = xml.indexOf(">", i);
      if (close < 0) throw new XmlError(`unterminated end tag at ${i}`);
      const name = xml.slice(i + 2, close).trimEnd();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`</${name.slice(0, 40)}> at ${i} does not close <${open?.name ?? "nothing"}>`);
      open.closeStart = i;
      open.end = close + 1;
      i = close + 1;
    } else {
      const parent = stack[stack.length - 1];
      const el = startElement(xml, i, parent, names);
      if (parent) {
        if (parent.children === NONE) parent.children = [el];
        else parent.children.push(el);
        if (el.ns === NS.mc && el.local === "AlternateContent") parent.alternates = true;
      } else if (root) throw new XmlError("more than one root element");
      else root = el;
      if (!el.selfClosing) stack.push(el);
      i = el.openEnd;
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

export type { Scope, XmlAttr, XmlElement } from "./xmlNode";
export { escapeAttr, escapeText } from "./xmlEscape";
export { attr, child, childElements, childrenOf, foreignChildren, prefixOf, startTag } from "./xmlTree";
