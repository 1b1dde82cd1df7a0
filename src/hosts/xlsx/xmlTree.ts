import { NS, understoodByExcel } from "./namespaces";
import type { XmlElement } from "./xmlNode";
import { escapeAttr } from "./xmlEscape";

/**
 * Reading a parsed part: children and attributes by namespace URI and local
 * name, through Markup Compatibility's AlternateContent, and start tags
 * rewritten with some attributes changed. The parser is xml.ts.
 */
/** The branch of an mc:AlternateContent that Excel takes (ISO/IEC 29500-3, 10.2): the first Choice it understands, else the Fallback. */
function chosenBranch(alt: XmlElement): XmlElement | undefined {
  for (const c of alt.children) {
    if (c.ns !== NS.mc) continue;
    if (c.local === "Fallback") return c;
    if (c.local !== "Choice") continue;
    const requires = (c.attrs.find((a) => a.local === "Requires" && a.ns === "")?.value ?? "").split(/\s+/).filter(Boolean);
    if (requires.every((p) => understoodByExcel(c.scope[p] ?? ""))) return c;
  }
  return undefined;
}

/**
 * The element's children as a consumer of Markup Compatibility sees them:
 * each mc:AlternateContent replaced by the children of the branch chosen.
 */
export function childElements(el: XmlElement): readonly XmlElement[] {
  if (!el.alternates) return el.children;
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.ns === NS.mc && c.local === "AlternateContent") {
      const branch = chosenBranch(c);
      if (branch) out.push(...childElements(branch));
    } else out.push(c);
  }
  return out;
}

/**
 * An unprefixed attribute (the only kind SpreadsheetML's own attributes are),
 * or, with `ns`, the attribute of that namespace whatever its prefix.
 */
export function attr(el: XmlElement, local: string, ns: string | readonly string[] = ""): string | undefined {
  const match = typeof ns === "string" ? (u: string) => u === ns : (u: string) => ns.includes(u);
  return el.attrs.find((a) => a.local === local && match(a.ns))?.value;
}

/** The first child of that local name in the element's own namespace (or `ns`). */
export function child(el: XmlElement, local: string, ns = el.ns): XmlElement | undefined {
  return childElements(el).find((c) => c.local === local && c.ns === ns);
}

export function childrenOf(el: XmlElement, local: string, ns = el.ns): XmlElement[] {
  return childElements(el).filter((c) => c.local === local && c.ns === ns);
}

/**
 * Children that are neither in the element's own namespace nor declared
 * ignorable: Markup Compatibility makes such content an error (ISO/IEC
 * 29500-3, 8.1), and Excel refuses the file, so Fördela does too where it reads.
 */
export function foreignChildren(el: XmlElement): XmlElement[] {
  return childElements(el).filter((c) => c.ns !== el.ns && !el.ignorable.has(c.ns) && !c.ignorable.has(c.ns));
}

/** The prefix (with its colon) that `el`'s own name uses: new children are written with it. */
export function prefixOf(el: XmlElement): string {
  return el.name.slice(0, el.name.length - el.local.length);
}

/**
 * The element's start tag, rewritten with some attributes set (a string) or
 * removed (null); every other attribute keeps its text and place. Keys are
 * unprefixed attribute names, or qualified names as written ("r:id").
 */
export function startTag(el: XmlElement, changes: Record<string, string | null>, selfClose = el.selfClosing): string {
  const parts: string[] = [];
  const done = new Set<string>();
  for (const a of el.attrs) {
    const key = a.name in changes ? a.name : null;
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
