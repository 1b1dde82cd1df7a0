import { unzipSync } from "fflate";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import type { WritePlan } from "../../src/workbook/write/planWrite";
import { zip } from "./zip";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const f = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });

export interface SheetSpec {
  name: string;
  /** The <sheetData> content. */
  cells: string;
  /** Tables on this sheet: the whole <table> element of each (18.5.1.2). */
  tables?: string[];
}

/** A hand-made workbook: sheets in tab order, defined names (<definedName> elements), tables. */
export function formulaBook(sheets: SheetSpec[], names = ""): Uint8Array {
  const parts = [
    f("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'),
    f("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    f("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}</workbook>`),
    f("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    f("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`),
  ];
  let tableNo = 0;
  sheets.forEach((s, i) => {
    const rels = (s.tables ?? []).map((t) => {
      tableNo++;
      parts.push(f(`xl/tables/table${tableNo}.xml`, `<?xml version="1.0"?>${t.replace("<table ", `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableNo}" `)}`));
      return `<Relationship Id="rT${tableNo}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`;
    });
    if (rels.length) parts.push(f(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`));
    parts.push(f(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.cells}</sheetData></worksheet>`));
  });
  return zip(parts);
}

export const RECORD = "Fördela test";

/** Writes numbers into cells of one sheet, as a round does; gives each part's text after the write. */
export async function writeCells(bytes: Uint8Array, sheet: string, cells: { row: number; col: number; value: number }[]): Promise<(part: string) => string> {
  return partsOf(await writtenBytes(bytes, sheet, cells));
}

/** The workbook's bytes after the write. */
export async function writtenBytes(bytes: Uint8Array, sheet: string, cells: { row: number; col: number; value: number }[]): Promise<Uint8Array> {
  const port = new XlsxPort(bytes);
  const plan: WritePlan = { sheet, columns: [], cells: cells.map((c) => ({ ...c, numFmt: "#,##0" })), overwrites: [] };
  await port.write(plan, { sheet: RECORD, rows: [["Fördela"], [], ["Skrivna celler / Cells written"], ["Cell"]] });
  return port.bytes();
}

/** Each part's text. */
export function partsOf(bytes: Uint8Array): (part: string) => string {
  const out = unzipSync(bytes);
  return (part: string) => (out[part] ? Buffer.from(out[part]).toString() : "");
}

/** The <c> element of a cell in a part's text. */
export function cellIn(xml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"(?:\\s[^>]*)?(?:/>|>.*?</c>)`).exec(xml);
  return m ? m[0] : "";
}
