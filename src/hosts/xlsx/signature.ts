import { applyEdits, type Edit } from "./edits";
import { relationshipsOf, relsPathOf } from "./relationships";
import { attr, childrenOf, parseXml } from "./xml";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * A package's digital signature (ECMA-376 part 2, 12: the root relationship
 * to the Digital Signature Origin part, which relates to each signature part).
 * A signature holds for the parts as they were: any write breaks it. A signed
 * VBA project (xl/vbaProjectSignature.bin) is another thing: it signs the
 * macros only, which Fördela never touches.
 */
const ORIGIN_TYPE = "/digital-signature/origin";

export function signatureOrigin(pkg: XlsxPackage): string | null {
  const rel = relationshipsOf(pkg, "").find((r) => r.type.endsWith(ORIGIN_TYPE) && !r.external);
  return rel ? rel.part : null;
}

/**
 * Takes the signature out of the package, so that no program shows a broken
 * one: the origin's root relationship, the origin and every signature part it
 * relates to, their relationships and content-type overrides.
 */
export function removeSignature(pkg: XlsxPackage): void {
  const origin = signatureOrigin(pkg);
  if (!origin) return;
  const parts = [origin, ...relationshipsOf(pkg, origin).filter((r) => !r.external).map((r) => r.part)];
  const rootRels = pkg.text("_rels/.rels") as string;
  const rels = parseXml(rootRels);
  const edits: Edit[] = childrenOf(rels, "Relationship")
    .filter((r) => (attr(r, "Type") ?? "").endsWith(ORIGIN_TYPE))
    .map((r) => ({ start: r.start, end: r.end, text: "" }));
  pkg.set("_rels/.rels", applyEdits(rootRels, edits));
  const ct = pkg.text("[Content_Types].xml");
  if (ct !== null) {
    const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
    const overrides = childrenOf(parseXml(ct), "Override").filter((o) => names.has((attr(o, "PartName") ?? "").toLowerCase()));
    pkg.set("[Content_Types].xml", applyEdits(ct, overrides.map((o) => ({ start: o.start, end: o.end, text: "" }))));
  }
  for (const part of parts) {
    pkg.remove(part);
    if (pkg.has(relsPathOf(part))) pkg.remove(relsPathOf(part));
  }
}
