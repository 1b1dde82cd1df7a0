import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { EXAMPLE_WORKBOOK } from "./repoRoot";
import { zip } from "./zip";

/**
 * An officer's table added as ONE MORE sheet to a package another program saved, the way an
 * officer pastes her table into a workbook she was given: a new worksheet part with inline
 * strings, its content-type Override, a relationship and a `<sheet>` in the workbook part, all in
 * the package's own namespaces (a Strict package stays Strict). Every other part keeps its bytes.
 * Plain expressions and fflate, never the product's own reader or writer.
 */

export const OFFICER_SHEET = "Fördelning 2024";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
// ECMA-376 Part 1 §12.3.24 (Transitional) and ISO/IEC 29500-1 Strict §12.3.24: the same part, two relationship URIs.
const WORKSHEET_REL = { transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", strict: "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" };
const REL_NS = { transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships", strict: "http://purl.oclc.org/ooxml/officeDocument/relationships" };

export type Parts = Map<string, Buffer>;

/** The parts of a package in their stored order (fflate, not the code under test). */
export function unpack(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")).map(([k, v]) => [k, Buffer.from(v)]));
}

export function pack(parts: Parts): Buffer {
  return zip([...parts].map(([name, data]) => ({ name, data })));
}

const text = (parts: Parts, name: string): string => parts.get(name)?.toString("utf8") ?? "";
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)?.slice(2).find((v) => v !== undefined);

/** The workbook part, found as Excel finds it: the root relationship of type officeDocument (OPC, ECMA-376 Part 2 §9.3). */
export function workbookPart(parts: Parts): string {
  const rel = [...text(parts, "_rels/.rels").matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => (attr(t, "Type") ?? "").endsWith("/officeDocument"));
  if (!rel) throw new Error("no officeDocument relationship in _rels/.rels");
  return (attr(rel, "Target") as string).replace(/^\//, "");
}

export const relsOf = (part: string): string => part.replace(/([^/]*)$/, "_rels/$1.rels");
const folderOf = (part: string): string => part.replace(/[^/]*$/, "");

/** The officer's table: rows 1–29 of the bundled AT 2024 workbook, shared strings made inline and styles dropped (they index another package's styles). */
export function officerRows(): string {
  const p = unpack(readFileSync(EXAMPLE_WORKBOOK));
  const strings = [...text(p, "xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  return text(p, "xl/worksheets/sheet1.xml")
    .replace(/^[\s\S]*<sheetData>|<\/sheetData>[\s\S]*$/g, "")
    .replace(/ (spans|x14ac:dyDescent|s|customFormat)="[^"]*"/g, "")
    .replace(/<c r="([A-Z]+\d+)" t="s"><v>(\d+)<\/v><\/c>/g, (_, ref: string, i: string) => `<c r="${ref}" t="inlineStr"><is>${strings[Number(i)]}</is></c>`);
}

export interface Dialect {
  strict: boolean;
  /** The SpreadsheetML namespace of the workbook part's root. */
  main: string;
}

export function dialectOf(workbookXml: string): Dialect {
  const root = /<(?:(\w+):)?workbook\b[^>]*>/.exec(workbookXml);
  if (!root) throw new Error("no workbook element");
  const main = attr(root[0], root[1] ? `xmlns:${root[1]}` : "xmlns") as string;
  return { strict: main.startsWith("http://purl.oclc.org/ooxml/"), main };
}

const officerSheetBody = (): string => `<sheetData>${officerRows()}</sheetData><mergeCells count="1"><mergeCell ref="A1:J1"/></mergeCells>`;

const unused = (taken: (n: number) => boolean): number => {
  let n = 1;
  while (taken(n)) n++;
  return n;
};

/** The package with the officer's sheet appended after its last sheet. */
export function withOfficerSheet(bytes: Uint8Array, sheetName = OFFICER_SHEET): Buffer {
  return pack(withSheet(unpack(bytes), sheetName, officerSheetBody()));
}

/** The parts with one more worksheet appended after the last sheet: `body` is what goes inside its `<worksheet>` (in the package's main namespace). */
export function withSheet(parts: Parts, sheetName: string, body: string): Parts {
  const book = workbookPart(parts);
  const bookXml = text(parts, book);
  const d = dialectOf(bookXml);
  const dialect = d.strict ? "strict" : "transitional";
  const relsName = relsOf(book);
  const rels = text(parts, relsName);

  const lower = new Set([...parts.keys()].map((k) => k.toLowerCase()));
  const n = unused((i) => lower.has(`${folderOf(book)}worksheets/sheet${i}.xml`.toLowerCase()));
  const partName = `${folderOf(book)}worksheets/sheet${n}.xml`;
  const ids = new Set([...rels.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
  const rId = `rId${unused((i) => ids.has(`rId${i}`))}`;
  const sheetId = Math.max(0, ...[...bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => Number(attr(m[0], "sheetId") ?? 0))) + 1;
  // The relationship type as the package already writes it for its worksheets (its own dialect), or the standard's.
  const existing = [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => attr(m[0], "Type")).find((t) => t?.endsWith("/worksheet"));
  const relType = existing ?? WORKSHEET_REL[dialect];

  const relPrefix = /<(\w+:)?Relationships\b/.exec(rels)?.[1] ?? "";
  parts.set(relsName, Buffer.from(rels.replace(new RegExp(`</${relPrefix}Relationships>`), `<${relPrefix}Relationship Id="${rId}" Type="${relType}" Target="worksheets/sheet${n}.xml"/>$&`)));

  const sheetsTag = /<(\w+:)?sheets\b[^>]*>/.exec(bookXml);
  if (!sheetsTag) throw new Error("no sheets element");
  const pfx = sheetsTag[1] ?? "";
  const rNs = REL_NS[dialect];
  const rPrefix = [...bookXml.matchAll(/xmlns:(\w+)="([^"]+)"/g)].find((m) => m[2] === rNs)?.[1];
  const idAttr = rPrefix ? `${rPrefix}:id="${rId}"` : `xmlns:fr="${rNs}" fr:id="${rId}"`;
  parts.set(book, Buffer.from(bookXml.replace(new RegExp(`</${pfx}sheets>`), `<${pfx}sheet name="${sheetName}" sheetId="${sheetId}" ${idAttr}/>$&`)));

  const types = text(parts, "[Content_Types].xml");
  const typesPrefix = /<(\w+:)?Types\b/.exec(types)?.[1] ?? "";
  parts.set("[Content_Types].xml", Buffer.from(types.replace(new RegExp(`</${typesPrefix}Types>`), `<${typesPrefix}Override PartName="/${partName}" ContentType="${WORKSHEET_TYPE}"/>$&`)));
  parts.set(partName, Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${d.main}">${body}</worksheet>`));
  return parts;
}

/** The part name the officer sheet got (the last worksheet relationship added). */
export function officerPart(parts: Parts, sheetName = OFFICER_SHEET): string {
  const book = workbookPart(parts);
  const bookXml = text(parts, book);
  const tag = [...bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "name") === sheetName);
  if (!tag) throw new Error(`no sheet ${sheetName}`);
  const rid = /\s\w+:id="([^"]+)"/.exec(tag)![1];
  const rel = [...text(parts, relsOf(book)).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "Id") === rid)!;
  const target = attr(rel, "Target") as string;
  return target.startsWith("/") ? target.slice(1) : folderOf(book) + target;
}
