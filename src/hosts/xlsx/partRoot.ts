import { SPREADSHEET_NS } from "./namespaces";
import type { XmlElement } from "./xml";
import { WorkbookRefused } from "../../app/workbookRefused";

/**
 * A SpreadsheetML part's root, checked to be what the part's place says (a
 * <worksheet>, <workbook>, <styleSheet> or <sst> in the main namespace of
 * either dialect): a part in another namespace is refused, not read as one.
 */
export function spreadsheetRoot(root: XmlElement, part: string, expected: string): XmlElement {
  if (root.local !== expected || !SPREADSHEET_NS.includes(root.ns)) throw WorkbookRefused.of("file.wrongRoot", { part, found: root.name, ns: root.ns || "–", expected });
  return root;
}
