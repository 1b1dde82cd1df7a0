import { attr, childrenOf, parseXml } from "./xml";
import type { XlsxPackage } from "./xlsxPackage";

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, resolved to a package path ("xl/worksheets/sheet2.xml"); the raw target when external. */
  part: string;
  external: boolean;
}

export const REL_TYPES = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
  calcChain: "/calcChain",
};

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels" */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target relative to the folder of `source` (or absolute, "/xl/…"), as a package path. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The relationships of a part (none when it has no rels part). */
export function relationshipsOf(pkg: XlsxPackage, part: string): Relationship[] {
  const text = pkg.text(relsPathOf(part));
  if (text === null) return [];
  return childrenOf(parseXml(text), "Relationship").map((r) => {
    const external = attr(r, "TargetMode") === "External";
    const target = attr(r, "Target") ?? "";
    return { id: attr(r, "Id") ?? "", type: attr(r, "Type") ?? "", part: external ? target : resolveTarget(part, target), external };
  });
}

export function isType(rel: Relationship, suffix: string): boolean {
  return rel.type.endsWith(suffix);
}

/** The workbook part, from the package's root relationships ("xl/workbook.xml" almost always). */
export function workbookPartOf(pkg: XlsxPackage): string {
  const main = relationshipsOf(pkg, "").find((r) => isType(r, REL_TYPES.officeDocument) && !r.external);
  return main ? main.part : "xl/workbook.xml";
}
