import { withUnknownInputsNote } from "../../src/hosts/xlsx/unknownInputsNote";
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";
import { RECORD_MARKER, readRecord } from "../../src/workbook/write/recordSheet";
import { type RecordCell } from "../../src/workbook/sheet/ownSheet";
import { cellIn, formulaBook, writeCells } from "../helpers/formulaBook";

const v = (ref: string, formula: string, value: number | string) => `<c r="${ref}"${typeof value === "string" ? ' t="str"' : ""}><f>${formula.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</f><v>${value}</v></c>`;
const n = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
const s = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join("")}</row>`;

/** Written: Blad!A2 (2 → 20) and Blad!B7, a data cell of the table Tab (20 → 25). */
const BLAD = [
  row(1, n("A1", 1), n("E1", 7)),
  row(2, n("A2", 2)),
  row(3, n("A3", 3)),
  row(5, s("A5", "Region"), s("B5", "Belopp"), s("C5", "Dubbel")),
  ...[6, 7, 8].map((r, i) => row(r, s(`A${r}`, `R${r}`), n(`B${r}`, 10 * (i + 1)), v(`C${r}`, "Tab[[#This Row],[Belopp]]*2", 20 * (i + 1)))),
  row(9, v("B9", "SUBTOTAL(109,Tab[Belopp])", 60), v("C9", "SUBTOTAL(109,[Dubbel])", 120)),
].join("");
// ECMA-376 part 1, 18.5.1.2 table: ref, totalsRowCount, tableColumns.
const TAB = '<table name="Tab" displayName="Tab" ref="A5:C9" totalsRowCount="1"><tableColumns count="3"><tableColumn id="1" name="Region"/><tableColumn id="2" name="Belopp"/><tableColumn id="3" name="Dubbel"/></tableColumns></table>';

/** Each formula of the sheet Calc, and whether its stored result must go. */
const CALC: [string, string, boolean][] = [
  ["A1", "SUM(Belopp)", true],
  ["A2", "Annat+1", false],
  ["A3", "SUM(Dubbelt)", true], // a name over a name
  ["A4", "SUM(Tab[Belopp])", true],
  ["A5", "COUNTA(Tab[Region])", false],
  ["A6", "SUM(Jan:Mar!A2)", true], // Blad stands between Jan and Mar
  ["A7", "SUM(Mar:Apr!A2)", false],
  ["A8", "SUM('Jan:Mar'!A2)", true],
  ["A9", "Tab[[#Headers],[Belopp]]", false],
  ["A10", "SUM(Tab[#Totals])", true], // the totals row's SUBTOTALs read the written cell
  ["A11", "[1]Blad!A2", false], // another workbook
  ["A12", "'[Annan.xlsx]Blad'!A2", false],
  ["A13", "[1]!Kurs", false],
  ["A14", "Lokal+0", true], // Calc's own Lokal (Blad!$A$2), not the workbook's (Blad!$E$1)
  ["A15", "Moms*2", false], // a constant
  ["A16", 'INDIRECT("Blad!E1")', true], // cannot be known
  ["A17", "Saknas!A1", true], // no such sheet
  ["A18", "Okand+1", true], // no such name
  ["A19", "SUM(Tab)", true],
  ["A20", "SUM(Tab[[Region]:[Belopp]])", true],
  ["A21", "SUM(Tab[[Dubbel]])", true],
  ["A22", "A21+1", true],
  ["A23", "SUM(Tab[#All])", true],
  ["A24", "cmd|' /C calc'!A0", false], // DDE
  ["A25", "Lokal2+0", false], // a name of Mar's, but no: it is the workbook's (Blad!$E$1) seen from here
];

const SPILLS = [
  // A dynamic array (cm: cell metadata, 18.3.1.4 c; t="array" ref, 18.3.1.40 f): the cells it spills into hold only <v>.
  row(1, '<c r="C1" cm="1"><f t="array" ref="C1:C3">_xlfn.SEQUENCE(Blad!A2)</f><v>1</v></c>', v("D1", "SUM(C3)", 3), '<c r="E1" cm="1"><f t="array" ref="E1:E2">_xlfn.SEQUENCE(Blad!A3)</f><v>1</v></c>', v("F1", "E2*2", 4), '<c r="G1"><f t="array" ref="G1:G2">Blad!A1:A2*2</f><v>2</v></c>'),
  row(2, n("C2", 2), n("E2", 2), n("G2", 4)),
  row(3, n("C3", 3)),
  // C8: below the spill, empty now, filled if SEQUENCE(Blad!A2) grows (2 → 20); B8 left of it; E8 beyond D1, which blocks it on the right.
  row(9, v("B9", "B8+0", 0), v("C9", "C8+0", 0), v("E9", "E8+0", 0)),
].join("");

/** One-variable data tables (18.3.1.40 f, t="dataTable": results in ref; input cell r1; the formula in the row above, values in the column left). */
const DT = [
  row(1, v("B1", "C1*Blad!A2", 2), n("C1", 1), v("E1", "C1*10", 10)),
  row(2, n("A2", 1), '<c r="B2"><f t="dataTable" ref="B2:B4" dt2D="0" dtr="0" r1="C1"/><v>2</v></c>', n("D2", 1), '<c r="E2"><f t="dataTable" ref="E2:E4" dt2D="0" dtr="0" r1="C1"/><v>10</v></c>'),
  row(3, n("A3", 2), n("B3", 4), n("D3", 2), n("E3", 20)),
  row(4, n("A4", 3), n("B4", 6), n("D4", 3), n("E4", 30)),
].join("");

const NAMES = [
  '<definedName name="Belopp">Blad!$B$6:$B$8</definedName>',
  '<definedName name="Annat">Blad!$E$1</definedName>',
  '<definedName name="Dubbelt">Belopp*2</definedName>',
  '<definedName name="Lokal" localSheetId="4">Blad!$A$2</definedName>',
  '<definedName name="Lokal">Blad!$E$1</definedName>',
  '<definedName name="Lokal2">Blad!$E$1</definedName>',
  '<definedName name="Lokal2" localSheetId="2">Blad!$A$2</definedName>',
  '<definedName name="Moms">0.25</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="1">Blad!$A$1:$C$9</definedName>',
].join("");

async function written() {
  const calc = CALC.map(([ref, formula], i) => row(i + 1, v(ref, formula, i)));
  const book = formulaBook(
    [
      { name: "Jan", cells: row(2, n("A2", 5)) },
      { name: "Blad", cells: BLAD, tables: [TAB] },
      { name: "Mar", cells: row(1, v("A1", "Lokal2*1", 7)) + row(2, n("A2", 5)) },
      { name: "Apr", cells: row(2, n("A2", 5)) },
      { name: "Calc", cells: calc.join("") },
      { name: "Spill", cells: SPILLS },
      { name: "DT", cells: DT },
    ],
    NAMES,
  );
  return writeCells(book, "Blad", [
    { row: 1, col: 0, value: 20 },
    { row: 6, col: 1, value: 25 },
  ]);
}

const kept = (c: string) => /<v>/.test(c);

describe("stored results after a write: removed where a written cell is read, kept elsewhere", () => {
  let part: (p: string) => string;
  beforeAll(async () => {
    part = await written();
  });

  it.each(CALC)("Calc!%s =%s: removed %s", (ref, _formula, removed) => {
    const c = cellIn(part("xl/worksheets/sheet5.xml"), ref);
    expect(c).toContain("<f>");
    expect(kept(c)).toBe(!removed);
  });

  it("follows #This Row within the table, and the totals row", () => {
    const xml = part("xl/worksheets/sheet2.xml");
    expect(["C6", "C7", "C8", "B9", "C9"].map((r) => kept(cellIn(xml, r)))).toEqual([true, false, true, false, false]);
  });

  it("a workbook-scoped name is the one seen from a sheet without its own", () => {
    expect(kept(cellIn(part("xl/worksheets/sheet3.xml"), "A1"))).toBe(false); // Mar has its own Lokal2 = Blad!$A$2
  });

  it("a stale dynamic array or array formula loses the results in every cell of its range, and so does what reads them or where it may spill", () => {
    const xml = part("xl/worksheets/sheet6.xml");
    expect(["C1", "C2", "C3", "D1", "G1", "G2", "C9"].map((r) => kept(cellIn(xml, r)))).toEqual([false, false, false, false, false, false, false]);
    expect([kept(cellIn(xml, "B9")), kept(cellIn(xml, "E9"))]).toEqual([true, true]);
    expect(["E1", "E2", "F1"].map((r) => cellIn(xml, r))).toEqual(['<c r="E1" cm="1"><f t="array" ref="E1:E2">_xlfn.SEQUENCE(Blad!A3)</f><v>1</v></c>', '<c r="E2"><v>2</v></c>', '<c r="F1"><f>E2*2</f><v>4</v></c>']);
  });

  it("a data table whose formula reads a written cell loses its results; another keeps them", () => {
    const xml = part("xl/worksheets/sheet7.xml");
    expect(["B1", "B2", "B3", "B4"].map((r) => kept(cellIn(xml, r)))).toEqual([false, false, false, false]);
    expect(["E1", "E2", "E3", "E4"].map((r) => kept(cellIn(xml, r)))).toEqual([true, true, true, true]);
  });

  it("says in the record which formulas could not be followed, before the list of written cells", () => {
    const record = part("xl/worksheets/sheet8.xml");
    const at = (t: string) => record.indexOf(t);
    expect(at("Formler som inte gick att följa / Formulas that could not be followed")).toBeGreaterThan(0);
    expect(record).toContain("3 formler hämtar");
    expect(record).toContain("3 formulas read their values");
    for (const a of ["Calc!A16", "Calc!A17", "Calc!A18"]) expect(at(`<t>${a}</t>`)).toBeGreaterThan(0);
    expect(at("Calc!A18")).toBeLessThan(at("Skrivna celler / Cells written"));
  });

  it("keeps Excel's request to recalculate on load", () => {
    expect(part("xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });
});

describe("stored results: names holding a LAMBDA, and hostile formulas", () => {
  it("follows a defined name called as a function (a LAMBDA), and leaves functions alone", async () => {
    const book = formulaBook(
      [
        { name: "Blad", cells: row(1, n("A1", 1)) + row(2, n("A2", 2)) },
        { name: "Calc", cells: row(1, v("A1", "Plus(1)", 3)) + row(2, v("A2", "SUM(Blad!A2)", 2)) + row(3, v("A3", "_xlfn.XLOOKUP(1,Blad!A1,Blad!A1)", 1)) },
      ],
      '<definedName name="Plus">_xlfn.LAMBDA(_xlpm.x,_xlpm.x+Blad!$A$1)</definedName>',
    );
    const part = await writeCells(book, "Blad", [{ row: 0, col: 0, value: 5 }]);
    const calc = part("xl/worksheets/sheet2.xml");
    expect(["A1", "A2", "A3"].map((r) => kept(cellIn(calc, r)))).toEqual([false, true, false]);
  });

  it("a cell sharing a formula whose first cell is missing cannot be followed: its result goes, noted; a shared formula is followed cell by cell", async () => {
    const shared = '<c r="A2"><f t="shared" ref="A2:A3" si="0">Blad!A1*2</f><v>2</v></c>';
    const book = formulaBook([
      { name: "Blad", cells: row(1, n("A1", 1), n("B1", 1)) },
      { name: "Calc", cells: row(1, '<c r="A1"><f t="shared" si="7"/><v>1</v></c>') + row(2, shared) + row(3, '<c r="A3"><f t="shared" si="0"/><v>2</v></c>') },
    ]);
    const part = await writeCells(book, "Blad", [{ row: 1, col: 0, value: 5 }]);
    const calc = part("xl/worksheets/sheet2.xml");
    // A2 reads Blad!A1; A3, the same formula a row down, reads Blad!A2, the cell written.
    expect(["A1", "A2", "A3"].map((r) => kept(cellIn(calc, r)))).toEqual([false, true, false]);
    expect(part("xl/worksheets/sheet3.xml")).toContain("<t>Calc!A1</t>");
  });

  it("a chain of 10 000 names is not followed to its end, nor a formula longer than Excel writes: both noted, no stack overflow", async () => {
    const names = Array.from({ length: 10_000 }, (_, k) => `<definedName name="Namn_${k}">${k === 9999 ? "Blad!$A$1" : `Namn_${k + 1}+1`}</definedName>`).join("");
    const long = `Blad!A2${"+1".repeat(10_000)}`;
    const book = formulaBook([{ name: "Blad", cells: row(1, n("A1", 1)) + row(2, n("A2", 2)) }, { name: "Calc", cells: row(1, v("A1", "Namn_0", 3)) + row(2, v("A2", long, 2)) + row(3, v("A3", "Namn_9990", 2)) }], names);
    const part = await writeCells(book, "Blad", [{ row: 0, col: 0, value: 5 }]);
    const calc = part("xl/worksheets/sheet2.xml");
    expect(["A1", "A2", "A3"].map((r) => kept(cellIn(calc, r)))).toEqual([false, false, false]);
    const record = part("xl/worksheets/sheet3.xml");
    expect(record).toContain("<t>Calc!A1</t>");
    expect(record).toContain("<t>Calc!A2</t>");
    expect(record).not.toContain("<t>Calc!A3</t>"); // ten names deep: followed
  });

  it("an array formula over the whole sheet: checked against the written cells, and its stale results dropped from the cells present only", async () => {
    const whole = '<c r="A1"><f t="array" ref="A1:XFD1048576">Blad!A1:A9*2</f><v>2</v></c>';
    const book = formulaBook([
      { name: "Blad", cells: row(1, n("A1", 1), '<c r="C1"><f t="array" ref="C1:XFD1048576">A1*2</f><v>2</v></c>') + row(5, n("A5", 0)) },
      { name: "Calc", cells: row(1, whole) + row(5000, n("XFD5000", 9)) },
    ]);
    const t = Date.now();
    const part = await writeCells(book, "Blad", [{ row: 4, col: 0, value: 5 }]);
    process.stdout.write(`a write beside two arrays over the whole sheet: ${Date.now() - t} ms\n`);
    const calc = part("xl/worksheets/sheet2.xml");
    expect([kept(cellIn(calc, "A1")), kept(cellIn(calc, "XFD5000"))]).toEqual([false, false]);
    await expect(writeCells(book, "Blad", [{ row: 4, col: 3, value: 5 }])).rejects.toThrow(/C1:XFD1048576/);
  });
});

describe("the record's note and Fördela's own sheets", () => {
  it("a formula reading Fördela's own sheet, which a write replaces whole, loses its stored result", async () => {
    const book = formulaBook([
      { name: "Blad", cells: row(1, n("A1", 1)) },
      { name: "Calc", cells: row(1, v("A1", "'Fördela test'!B2", 5)) + row(2, v("A2", "Blad!B9", 0)) },
      { name: "Fördela test", cells: row(2, n("B2", 5)) },
    ]);
    const part = await writeCells(book, "Blad", [{ row: 0, col: 0, value: 5 }]);
    const calc = part("xl/worksheets/sheet2.xml");
    expect([kept(cellIn(calc, "A1")), kept(cellIn(calc, "A2"))]).toEqual([false, true]);
  });

  it("goes before the written cells, which a later run still reads back whole", () => {
    const rows = buildRows();
    const noted = withUnknownInputsNote(rows, ["Calc!A9", "'Blad 2'!C3"]);
    const snapshot = (r: RecordCell[][]) => ({ name: "Fördela at-2024", values: r.map((x) => x.map((c) => c ?? null)) }) as unknown as SheetSnapshot;
    expect([...readRecord(snapshot(noted))]).toEqual([...readRecord(snapshot(rows))]);
    expect(readRecord(snapshot(noted)).size).toBe(2);
    expect(noted.map((r) => r[0])).toContain("'Blad 2'!C3");
    expect(withUnknownInputsNote(rows, [])).toEqual(rows);
  });
});

function buildRows(): RecordCell[][] {
  return [["Fördela – beräkning / computation record"], ["Varningar / Warnings"], ["–"], [], [RECORD_MARKER], ["Cell", "Skrivet / Written", "Före / Before"], ["Blad!H5", 100, null], ["Blad!H6", 200, 3]];
}
