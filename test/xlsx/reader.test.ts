import { render } from "../../src/messages/message";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formulaRefs, shiftFormula } from "../../src/hosts/xlsx/formulaRefs";
import { serialToIso } from "../../src/workbook/sheet/dates";
import { parseXml, XmlError } from "../../src/hosts/xlsx/xml";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { NOT_COMPUTED } from "../../src/workbook/sheet/cell";
import { parseNumber } from "../../src/workbook/values/parseNumber";
import { zip } from "../helpers/zip";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const f = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });

/** A hand-made package with the cell forms of ECMA-376 part 1, 18.3.1.4 (one of each). */
function book(sheetData: string, extra = "", date1904 = false): Uint8Array {
  return zip([
    f("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'),
    f("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    f("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    f("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/blad.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    f("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${NS}><si><t>Region</t></si><si><r><t>Väs</t></r><r><rPr><b/></rPr><t xml:space="preserve">tra Götaland</t></r><rPh><t>ignored</t></rPh></si><si><t>A_x000D_B &amp; _x005F_x0041_</t></si></sst>`),
    f("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`),
    f("xl/worksheets/blad.xml", `<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetData}</sheetData>${extra}</worksheet>`),
  ]);
}

async function read(bytes: Uint8Array) {
  const [sheet] = await new XlsxPort(bytes).read({ alsoSheets: [] });
  return sheet;
}

describe("the .xlsx reader", () => {
  it("reads shared strings (rich text joined, phonetic runs left out), inline strings, OOXML escapes", async () => {
    const s = await read(book('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Gotland</t></is></c><c r="D1" t="s"><v>2</v></c></row>'));
    expect(s.values[0]).toEqual(["Region", "Västra Götaland", "Gotland", "A\rB & _x0041_"]);
  });

  it("reads numbers, booleans, errors and formula results, and reports a formula never computed", async () => {
    const s = await read(book('<row r="2"><c r="A2"><v>2455914</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"><f>A2*2</f><v>4911828</v></c><c r="E2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="F2"><f>A2+1</f></c></row>'));
    expect(s.values[1]).toEqual([2455914, true, { error: "#N/A" }, 4911828, "xy", { error: NOT_COMPUTED }]);
    expect(s.formulas![1][3]).toBe("=A2*2");
    const p = parseNumber(s.values[1][5]);
    expect(p.ok).toBe(false);
    expect(!p.ok && render(p.problem, "en")).toMatch(/never computed/);
  });

  it("gives each cell of a shared formula its own text, moved as Excel moves it", async () => {
    const s = await read(book('<row r="5"><c r="D5"><f t="shared" ref="D5:D7" si="0">B5+$C$1</f><v>1</v></c></row><row r="6"><c r="D6"><f t="shared" si="0"/><v>2</v></c></row><row r="7"><c r="D7"><f t="shared" si="0"/><v>3</v></c></row>'));
    expect([s.formulas![4][3], s.formulas![5][3], s.formulas![6][3]]).toEqual(["=B5+$C$1", "=B6+$C$1", "=B7+$C$1"]);
    expect([s.values[4][3], s.values[5][3], s.values[6][3]]).toEqual([1, 2, 3]);
  });

  it("reads dates by their format, in the 1900 and the 1904 date systems", async () => {
    const cells = '<row r="1"><c r="A1" s="1"><v>45323</v></c><c r="B1" s="2"><v>45323</v></c><c r="C1"><v>45323</v></c></row>';
    expect((await read(book(cells))).values[0]).toEqual(["2024-02-01", "2024-02-01", 45323]);
    expect((await read(book(cells, "", true))).values[0]).toEqual(["2028-02-02", "2028-02-02", 45323]);
    expect([serialToIso(1, false), serialToIso(59, false), serialToIso(60, false), serialToIso(61, false)]).toEqual(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"]);
  });

  it("counts cells and rows written without r by position, and reads merges, hidden rows and protection", async () => {
    const s = await read(book('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row hidden="1"><c r="B2"><v>3</v></c></row>', '<sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'));
    expect(s.values[0]).toEqual(["a", null]); // B1 hides under the merge, as Office.js gives it
    expect(s.values[1]).toEqual([null, 3]);
    expect(s.hiddenRows).toEqual([1]);
    expect(s.protected).toBe(true);
    expect(s.merges).toEqual(["A1:B1"]);
  });

  it("gives the same table for each feature's openpyxl and LibreOffice workbook", async () => {
    const dir = path.join(__dirname, "..", "fixtures", "xlsx");
    for (const name of readdirSync(dir).filter((n) => n.endsWith("-openpyxl.xlsx"))) {
      const [a] = await new XlsxPort(readFileSync(path.join(dir, name))).read({ alsoSheets: [] });
      const [b] = await new XlsxPort(readFileSync(path.join(dir, name.replace("openpyxl", "libreoffice")))).read({ alsoSheets: [] });
      for (let r = 3; r < 25; r++) expect(b.values[r].slice(0, 7)).toEqual(a.values[r].slice(0, 7));
    }
  });
});

describe("the XML parser", () => {
  it("keeps offsets and decodes entities, CDATA and attributes in either quote", () => {
    const text = `<?xml version="1.0"?><!-- note --><a x='1 &lt; 2' y="&#x41;"><b>t&amp;<![CDATA[<raw>]]></b><c/></a>`;
    const a = parseXml(text);
    expect(a.attrs.map((x) => x.value)).toEqual(["1 < 2", "A"]);
    expect(a.children[0].text).toBe("t&<raw>");
    expect(text.slice(a.children[1].start, a.children[1].end)).toBe("<c/>");
    expect(text.slice(a.children[0].start, a.children[0].end)).toBe("<b>t&amp;<![CDATA[<raw>]]></b>");
  });

  it("refuses what is not well-formed", () => {
    expect(() => parseXml("<a><b></a>")).toThrow(XmlError);
    expect(() => parseXml("<a>")).toThrow(XmlError);
    expect(() => parseXml("<a>&bogus;</a>")).toThrow(XmlError);
  });
});

describe("formula references", () => {
  it("finds cells, ranges, whole columns and rows, quoted sheets, and skips strings and functions", () => {
    const r = formulaRefs(`SUM('Fördelning 2024'!$H$5:H25)+B:C+3:4+LOG10(A1)+"Z9"`);
    expect(r.opaque).toBe(false);
    expect(r.refs.map((x) => [x.sheet, x.r1, x.c1, x.r2, x.c2])).toEqual([
      ["Fördelning 2024", 4, 7, 24, 7],
      [null, 0, 1, 1048575, 2],
      [null, 2, 0, 3, 16383],
      [null, 0, 0, 0, 0],
    ]);
  });

  it("lists defined names and table references, and calls INDIRECT opaque", () => {
    expect(formulaRefs("SUM(Totalt_belopp)-Total_pott").names.filter((n) => !n.call).map((n) => n.name)).toEqual(["Totalt_belopp", "Total_pott"]);
    expect(formulaRefs("SUM(Tabell1[Totalt])").tables).toEqual([{ table: "Tabell1", spec: "Totalt" }]);
    expect(formulaRefs('INDIRECT("H5")').opaque).toBe(true);
    expect(formulaRefs("TRUE+A1").opaque).toBe(false);
  });

  it("moves relative parts and keeps absolute ones", () => {
    expect(shiftFormula("B5+$C$1+C$2+$D3+SUM(E5:E6)", 2, 1)).toBe("C7+$C$1+D$2+$D5+SUM(F7:F8)");
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});

describe("a workbook whose formulas were never computed (written by a script)", () => {
  it("is refused at each such input cell, by the command line, and nothing is written", async () => {
    const { EXAMPLE, runCli, tempDir } = await import("../helpers/workbooks");
    const { unzipSync } = await import("fflate");
    const { writeFileSync } = await import("node:fs");
    const raw = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
    const sheet = Buffer.from(raw["xl/worksheets/sheet1.xml"]).toString().replace('<c r="B5" s="3"><v>2455914</v></c>', '<c r="B5" s="3"><f>2455000+914</f></c>');
    const file = path.join(tempDir(), "skript.xlsx");
    writeFileSync(file, zip(Object.entries({ ...raw, "xl/worksheets/sheet1.xml": Buffer.from(sheet) }).map(([name, data]) => ({ name, data: Buffer.from(data) }))));
    const before = readFileSync(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--write");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("'Fördelning 2024'!B5: population of Stockholm is a formula whose result was never computed");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
