import { applyEdits, type Edit } from "./edits";
import { dialectNs, dialectOf } from "./namespaces";
import { REL_TYPES, isType, relsPathOf, type Relationship } from "./relationships";
import type { WorkbookXml } from "./workbookXml";
import { attr, child, childrenOf, escapeAttr, parseXml, prefixOf, startTag, type XmlElement } from "./xml";
import type { XlsxPackage } from "./xlsxPackage";

const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The package parts that change when a sheet is added or the calculation chain is dropped. */
export interface BookChanges {
  /** Add a worksheet part at the end of the tabs, under this name. */
  addSheet?: { name: string; part: string };
  /** Remove xl/calcChain.xml: Excel rebuilds it; an entry for a cell that lost its formula makes it repair the file. */
  dropCalcChain: boolean;
}

/** An unused worksheet part name beside the workbook part ("xl/worksheets/sheet4.xml" for "xl/workbook.xml"). */
export function newSheetPart(pkg: XlsxPackage, workbookPart = "xl/workbook.xml"): string {
  const folder = workbookPart.includes("/") ? workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1) : "";
  for (let n = 1; ; n++) if (!pkg.has(`${folder}worksheets/sheet${n}.xml`)) return `${folder}worksheets/sheet${n}.xml`;
}

function relativeTarget(from: string, part: string): string {
  const folder = from.split("/").slice(0, -1).join("/");
  return folder && part.startsWith(folder + "/") ? part.slice(folder.length + 1) : `/${part}`;
}

/** The prefix a root binds to the relationships namespace, or null. */
function relPrefix(root: XmlElement): string | null {
  const a = root.attrs.find((x) => x.name.startsWith("xmlns:") && x.value.endsWith("/relationships") && !x.value.includes("package"));
  return a ? a.name.slice(6) : null;
}

/** <calcPr> comes after these in CT_Workbook (ECMA-376 part 1, 18.2.27): insert it before the first that follows. */
const AFTER_CALCPR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

function workbookEdits(book: WorkbookXml, add: BookChanges["addSheet"], relId: string | null): Edit[] {
  const edits: Edit[] = [];
  const root = book.root;
  const calcPr = child(root, "calcPr");
  const p = prefixOf(root);
  if (calcPr) {
    if (attr(calcPr, "fullCalcOnLoad") !== "1") edits.push({ start: calcPr.start, end: calcPr.openEnd, text: startTag(calcPr, { fullCalcOnLoad: "1" }, calcPr.selfClosing) });
  } else {
    const next = root.children.find((c) => AFTER_CALCPR.includes(c.local));
    const at = next ? next.start : root.closeStart;
    edits.push({ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
  }
  if (add && relId) {
    const sheets = child(root, "sheets") as XmlElement;
    const sheetIds = book.sheets.map((s) => s.sheetId);
    const rp = relPrefix(root);
    const rAttr = rp ? `${rp}:id="${relId}"` : `xmlns:r="${dialectNs(dialectOf(root.ns)).rel}" r:id="${relId}"`;
    const el = `<${prefixOf(sheets)}sheet name="${escapeAttr(add.name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${rAttr}/>`;
    if (sheets.selfClosing) edits.push({ start: sheets.start, end: sheets.end, text: `${startTag(sheets, {}, false)}${el}</${sheets.name}>` });
    else edits.push({ start: sheets.closeStart, end: sheets.closeStart, text: el });
  }
  return edits;
}

function relsEdits(text: string, rels: readonly Relationship[], book: WorkbookXml, add: BookChanges["addSheet"], relId: string | null, drop: Relationship | undefined): string {
  const root = parseXml(text);
  const edits: Edit[] = [];
  if (drop) {
    const el = childrenOf(root, "Relationship").find((r) => attr(r, "Id") === drop.id);
    if (el) edits.push({ start: el.start, end: el.end, text: "" });
  }
  if (add && relId) {
    // The package's own dialect: Strict types where the workbook is Strict (ISO/IEC 29500-1 Strict, the purl.oclc.org URIs).
    const type = rels.find((r) => isType(r, REL_TYPES.worksheet))?.type ?? `${dialectNs(dialectOf(book.root.ns)).rel}/worksheet`;
    edits.push({ start: root.closeStart, end: root.closeStart, text: `<${prefixOf(root)}Relationship Id="${relId}" Type="${type}" Target="${relativeTarget(book.part, add.part)}"/>` });
  }
  return applyEdits(text, edits);
}

function contentTypes(text: string, add: string | null, drop: string | null): string {
  const root = parseXml(text);
  const edits: Edit[] = [];
  const overrides = childrenOf(root, "Override");
  if (drop) {
    const el = overrides.find((o) => (attr(o, "PartName") ?? "").toLowerCase() === `/${drop}`.toLowerCase());
    if (el) edits.push({ start: el.start, end: el.end, text: "" });
  }
  if (add && !overrides.some((o) => (attr(o, "PartName") ?? "").toLowerCase() === `/${add}`.toLowerCase())) {
    const ct = overrides.map((o) => attr(o, "ContentType") ?? "").find((c) => c.endsWith(".worksheet+xml")) ?? WORKSHEET_CT;
    edits.push({ start: root.closeStart, end: root.closeStart, text: `<${prefixOf(root)}Override PartName="/${add}" ContentType="${ct}"/>` });
  }
  return applyEdits(text, edits);
}

/** Registers a new sheet, asks for recalculation on load and drops the calculation chain, as asked. */
export function registerSheet(pkg: XlsxPackage, book: WorkbookXml, changes: BookChanges): void {
  const add = changes.addSheet;
  const chain = changes.dropCalcChain ? book.rels.find((r) => isType(r, REL_TYPES.calcChain)) : undefined;
  const used = new Set(book.rels.map((r) => r.id));
  let relId: string | null = null;
  if (add) for (let n = 1; relId === null; n++) if (!used.has(`rId${n}`)) relId = `rId${n}`;
  pkg.set(book.part, applyEdits(book.text, workbookEdits(book, add, relId)));
  const relsPath = relsPathOf(book.part);
  const relsText = pkg.text(relsPath);
  if (relsText !== null && (add || chain)) pkg.set(relsPath, relsEdits(relsText, book.rels, book, add, relId, chain));
  const ctText = pkg.text("[Content_Types].xml");
  if (ctText !== null && (add || chain)) pkg.set("[Content_Types].xml", contentTypes(ctText, add?.part ?? null, chain?.part ?? null));
  if (chain) pkg.remove(chain.part);
}
