import { XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import type { WritePlan } from "../../src/workbook/write/planWrite";
import { zip } from "../helpers/zip";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const f = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });

function book(sheetData: string, extra = ""): Uint8Array {
  return zip([
    f("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
    f("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets><definedNames/></workbook>`),
    f("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'),
    f("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" fontId="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>`),
    f("xl/calcChain.xml", `<?xml version="1.0"?><calcChain ${NS}><c r="C1" i="1"/></calcChain>`),
    f("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1:C3"/><sheetData>${sheetData}</sheetData>${extra}</worksheet>`),
  ]);
}

const plan = (cells: WritePlan["cells"]): WritePlan => ({ sheet: "Blad", columns: [], cells, overwrites: [] });
const record = { sheet: "Fördela test", rows: [["Fördela"], ["Belopp", 5]] };

async function write(bytes: Uint8Array, cells: WritePlan["cells"]) {
  const port = new XlsxPort(bytes);
  await port.write(plan(cells), record);
  const out = unzipSync(port.bytes());
  const text = (p: string) => (out[p] ? Buffer.from(out[p]).toString() : undefined);
  for (const [name, data] of Object.entries(out)) if (name.endsWith(".xml") || name.endsWith(".rels")) expect({ name, valid: XMLValidator.validate(Buffer.from(data).toString()) }).toEqual({ name, valid: true });
  const [sheet] = await new XlsxPort(port.bytes()).read({ alsoSheets: [] });
  return { text, sheet, port };
}

describe("patching a worksheet", () => {
  it("inserts cells and rows in order, keeps a cell's look with the amount format, widens the dimension", async () => {
    const { text, sheet } = await write(book('<row r="1"><c r="A1"><v>1</v></c><c r="C1" s="1"><v>3</v></c></row><row r="3"/>'), [
      { row: 0, col: 1, value: 2, numFmt: "#,##0" },
      { row: 0, col: 2, value: 30, numFmt: "#,##0" },
      { row: 1, col: 0, value: "ny rad" },
      { row: 2, col: 3, value: 4 },
      { row: 5, col: 0, value: 6 },
    ]);
    expect(sheet.values.slice(0, 6)).toEqual([[1, 2, 30], ["ny rad"], [null, null, null, 4], [], [], [6]]);
    const xml = text("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain('<dimension ref="A1:D6"/>');
    expect(xml).toMatch(/<c r="B1" s="2"><v>2<\/v><\/c><c r="C1" s="3"><v>30<\/v><\/c>/);
    const styles = text("xl/styles.xml")!;
    // Copies of xf 0 and xf 1 with numFmtId 3 appended; the originals untouched.
    expect(styles).toContain('<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="0" fontId="1"><alignment horizontal="right"/></xf><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="3" fontId="1" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs>');
  });

  it("names the cells of a row written without r when it inserts one before them", async () => {
    const { sheet } = await write(book("<row><c><v>1</v></c><c/><c><v>3</v></c></row>"), [{ row: 0, col: 1, value: 2 }]);
    expect(sheet.values[0]).toEqual([1, 2, 3]);
  });

  it("writes out in full a shared formula whose first cell it replaces, and drops the calculation chain", async () => {
    const { text, sheet } = await write(book('<row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>5</v></c><c r="C2"><f t="shared" si="0"/><v>10</v></c></row>'), [{ row: 0, col: 2, value: 99 }]);
    expect(sheet.formulas![1][2]).toBe("=A2*2");
    expect(sheet.values[0][2]).toBe(99);
    expect(text("xl/calcChain.xml")).toBeUndefined();
    expect(text("[Content_Types].xml")).not.toContain("calcChain");
    expect(text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });

  it("drops the stored result of formulas that read written cells, and only those", async () => {
    const { text } = await write(book('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>SUM(A1:A2)</f><v>1</v></c><c r="C1"><f>B1*2</f><v>2</v></c><c r="D1"><f>E9</f><v>7</v></c></row>'), [{ row: 1, col: 0, value: 5 }]);
    const xml = text("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain('<c r="B1"><f>SUM(A1:A2)</f></c>');
    expect(xml).toContain('<c r="C1"><f>B1*2</f></c>'); // through B1
    expect(xml).toContain('<c r="D1"><f>E9</f><v>7</v></c>');
    expect(text("xl/workbook.xml")).toMatch(/<calcPr fullCalcOnLoad="1"\/><definedNames\/>|<definedNames\/><calcPr fullCalcOnLoad="1"\/>/);
  });

  it("refuses to write part of an array formula, and changes nothing", async () => {
    const bytes = book('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>4</v></c></row>');
    const port = new XlsxPort(bytes);
    await expect(port.write(plan([{ row: 1, col: 0, value: 1 }]), record)).rejects.toThrow(/array formula over A1:A2/);
    expect(port.changedParts()).toEqual([]);
  });

  it("replaces its own record sheet, matching the name as Excel does (ignoring case), keeping its tab", async () => {
    const port = new XlsxPort(book('<row r="1"><c r="A1"><v>1</v></c></row>'));
    await port.write(plan([{ row: 0, col: 1, value: 2 }]), record);
    await port.write(plan([{ row: 0, col: 1, value: 3 }]), { sheet: "FÖRDELA TEST", rows: [["igen"]] });
    const out = unzipSync(port.bytes());
    const book2 = Buffer.from(out["xl/workbook.xml"]).toString();
    expect(book2.match(/<sheet /g)).toHaveLength(2);
    const names = (await port.read({ alsoSheets: [] })).map((s) => s.name);
    expect(names).toEqual(["Blad", "Fördela test"]);
  });
});
