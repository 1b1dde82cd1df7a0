import { parseSheetXml } from "../../src/hosts/xlsx/sheetXml";
import { SpillRoom } from "../../src/hosts/xlsx/spillRoom";
import { formulaRefs, MAX_COL, MAX_ROW } from "../../src/hosts/xlsx/formulaRefs";
import { tableArea, type TableDef } from "../../src/hosts/xlsx/structuredRefs";

describe("what a formula names", () => {
  const refs = (t: string) => formulaRefs(t).refs.map((r) => [r.sheet, r.lastSheet, r.external, r.r1, r.c1, r.r2, r.c2]);

  it("3-D references, plain and quoted: first and last sheet", () => {
    expect(refs("SUM(Sheet1:Sheet3!A1:B2)")).toEqual([["Sheet1", "Sheet3", false, 0, 0, 1, 1]]);
    expect(refs("'Jan 2024:Dec 2024'!B5")).toEqual([["Jan 2024", "Dec 2024", false, 4, 1, 4, 1]]);
  });

  it("references into other workbooks: by index, by name, by path; [0] is this workbook", () => {
    expect(refs("[1]Sheet1!A1+'[Book.xlsx]Sheet'!A1+'C:\\dir\\[Book.xlsx]Sheet'!A1+'[2]It''s'!A1").map((r) => r[2])).toEqual([true, true, true, true]);
    expect(refs("[0]Sheet1!B2")).toEqual([["Sheet1", null, false, 1, 1, 1, 1]]);
    expect(formulaRefs("[1]!Rate+[0]!Own").names.map((n) => [n.name, n.external])).toEqual([
      ["Rate", true],
      ["Own", false],
    ]);
  });

  it("a DDE link names no cell and no name", () => {
    const f = formulaRefs("cmd|' /C calc'!A0+Excel|'[Book.xlsx]Sheet1'!R1C1");
    expect([f.refs, f.names.filter((n) => !n.call), f.opaque]).toEqual([[], [], false]);
  });

  it("structured references, with and without the table's name, escapes kept whole", () => {
    expect(formulaRefs("Tab[[#This Row],[Belopp '[kr']]]+[@Belopp]+Tab[['#Antal]:[Region''s]]").tables).toEqual([
      { table: "Tab", spec: "[#This Row],[Belopp '[kr']]" },
      { table: null, spec: "@Belopp" },
      { table: "Tab", spec: "['#Antal]:[Region''s]" },
    ]);
  });

  it("INDIRECT, OFFSET and EVALUATE cannot be followed; LAMBDA parameters are no names", () => {
    expect(["INDIRECT(A1)", "_xlfn.OFFSET(A1,1,1)", "EVALUATE(A1)", "SUM(A1)"].map((t) => formulaRefs(t).opaque)).toEqual([true, true, true, false]);
    expect(formulaRefs("_xlfn.LET(_xlpm.x,A1,_xlpm.x*2)").names.filter((n) => !n.call)).toEqual([]);
  });
});

describe("the cells of a table a structured reference reads", () => {
  // A5:D9: header row 5, data 6–8, totals row 9; columns B to D are "Belopp [kr]", "#Antal", "Region's".
  const t: TableDef = { name: "Tab", sheet: "Blad", area: { r1: 4, c1: 0, r2: 8, c2: 3 }, headerRows: 1, totalsRows: 1, columns: ["Namn", "Belopp [kr]", "#Antal", "Region's"] };
  const at = (spec: string, row: number | null = null) => tableArea(t, spec, row);

  it.each([
    ["Belopp '[kr']", null, { r1: 5, c1: 1, r2: 7, c2: 1 }],
    ["[#Headers],[Belopp '[kr']]", null, { r1: 4, c1: 1, r2: 4, c2: 1 }],
    ["#Totals", null, { r1: 8, c1: 0, r2: 8, c2: 3 }],
    ["#All", null, { r1: 4, c1: 0, r2: 8, c2: 3 }],
    ["", null, { r1: 5, c1: 0, r2: 7, c2: 3 }],
    ["[#This Row],['#Antal]", 6, { r1: 6, c1: 2, r2: 6, c2: 2 }],
    ["@'#Antal", 6, { r1: 6, c1: 2, r2: 6, c2: 2 }],
    ["@[Region''s]", null, { r1: 5, c1: 3, r2: 7, c2: 3 }],
    ["[Namn]:[#Antal]", null, { r1: 5, c1: 0, r2: 7, c2: 2 }],
    ["[#Headers],[#Data],[Namn]", null, { r1: 4, c1: 0, r2: 7, c2: 0 }],
  ])("%s (row %s)", (spec, row, area) => {
    expect(at(spec, row)).toEqual(area);
  });

  it("a column the table does not have cannot be followed; no totals row reads nothing", () => {
    expect(at("Saknas")).toBeNull();
    const r = tableArea({ ...t, totalsRows: 0 }, "#Totals", null) as { r1: number; r2: number };
    expect(r.r2 < r.r1).toBe(true);
  });
});

describe("where a dynamic array may spill", () => {
  it("down its own columns past its results, right until a filled cell, each column no lower than the one before", () => {
    // B2 spills over B2:B3; C10 holds a value, D2 a value beside the anchor; E5 is an empty styled cell.
    const sheet = parseSheetXml(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" cm="1"><f t="array" ref="B2:B3">_xlfn.SEQUENCE(2)</f><v>1</v></c><c r="D2"><v>5</v></c></row><row r="3"><c r="B3"><v>2</v></c></row><row r="5"><c r="E5" s="1"/></row><row r="10"><c r="C10"><v>9</v></c></row></sheetData></worksheet>',
      "s",
    );
    expect(new SpillRoom(sheet).reach({ r1: 1, c1: 1, r2: 2, c2: 1 })).toEqual([
      { r1: 1, r2: MAX_ROW, c1: 1, c2: 1 },
      { r1: 1, r2: 8, c1: 2, c2: 2 },
    ]);
    // Without D2, on to the last column, no lower than row 9.
    const open = parseSheetXml('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2"><v>1</v></c></row><row r="10"><c r="C10"><v>9</v></c></row></sheetData></worksheet>', "s");
    expect(new SpillRoom(open).reach({ r1: 1, c1: 1, r2: 1, c2: 1 })).toEqual([
      { r1: 1, r2: MAX_ROW, c1: 1, c2: 1 },
      { r1: 1, r2: 8, c1: 2, c2: 2 },
      { r1: 1, r2: 8, c1: 3, c2: MAX_COL },
    ]);
  });
});
