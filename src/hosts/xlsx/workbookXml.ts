import { REL_TYPES, isType, relationshipsOf, workbookPartOf, type Relationship } from "./relationships";
import { REL_NS } from "./namespaces";
import { WorkbookRefused } from "../../app/workbookRefused";
import { attr, child, childrenOf, parseXml, type XmlElement } from "./xml";
import type { XlsxPackage } from "./xlsxPackage";
import { spreadsheetRoot } from "./partRoot";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The part holding it ("xl/worksheets/sheet2.xml"); null when the relationship is missing. */
  part: string | null;
  /** A worksheet (not a chart sheet or a dialog sheet). */
  worksheet: boolean;
  el: XmlElement;
}

/** xl/workbook.xml and its relationships: the sheets in tab order and where each part is. */
export interface WorkbookXml {
  part: string;
  text: string;
  root: XmlElement;
  rels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
  /** <workbookProtection lockStructure="1">: no sheet may be added, as in Excel (ECMA-376 part 1, 18.2.29). */
  structureLocked: boolean;
}

export function readWorkbookXml(pkg: XlsxPackage): WorkbookXml {
  const part = workbookPartOf(pkg);
  if (/\.bin$/i.test(part) || (!pkg.has(part) && pkg.has("xl/workbook.bin"))) throw WorkbookRefused.of("file.xlsb");
  const text = pkg.text(part);
  if (text === null) throw WorkbookRefused.of("file.notWorkbook");
  const root = spreadsheetRoot(parseXml(text), part, "workbook");
  const rels = relationshipsOf(pkg, part);
  const sheetsEl = child(root, "sheets");
  const sheets = (sheetsEl ? childrenOf(sheetsEl, "sheet") : []).map((el) => {
    const relId = attr(el, "id", REL_NS) ?? "";
    const rel = rels.find((r) => r.id === relId);
    return { name: attr(el, "name") ?? "", sheetId: Number(attr(el, "sheetId") ?? 0), relId, part: rel && !rel.external ? rel.part : null, worksheet: Boolean(rel && isType(rel, REL_TYPES.worksheet)), el };
  });
  const pr = child(root, "workbookPr");
  const d = pr ? attr(pr, "date1904") : undefined;
  const protection = child(root, "workbookProtection");
  const lock = protection ? attr(protection, "lockStructure") : undefined;
  return { part, text, root, rels, sheets, date1904: d === "1" || d === "true", structureLocked: lock === "1" || lock === "true" };
}

export { sameSheetName } from "../../workbook/sheet/cell";
