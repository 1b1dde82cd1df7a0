import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { cellIn, partsOf, writtenBytes } from "../helpers/formulaBook";
import { shownByLibreOffice, sofficePath } from "../helpers/libreoffice";
import { tempDir } from "../helpers/workbooks";

const soffice = sofficePath();
const maybe = soffice ? describe : describe.skip;
const FIXTURES = path.join(__dirname, "..", "fixtures", "xlsx", "formulas");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const CALC = "xl/worksheets/sheet5.xml";
const BLAD = "xl/worksheets/sheet2.xml";

/** A stored result in a cell's element: the <v> element, not an empty one. */
const hasResult = (c: string) => /<v>[^<]/.test(c);

// scripts/make-formula-fixtures.py: openpyxl wrote the formulas, LibreOffice computed and stored their results.
describe("a workbook from LibreOffice with names, a table, 3-D references and arrays: Blad!B3 written (20 → 25)", () => {
  let before: (p: string) => string;
  let after: (p: string) => string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    before = partsOf(fixture("formulas-libreoffice.xlsx"));
    bytes = await writtenBytes(fixture("formulas-libreoffice.xlsx"), "Blad", [{ row: 2, col: 1, value: 25 }]);
    after = partsOf(bytes);
  });

  it("removes the stored result of each formula reading B3, through a name, a scoped name, a table, an array, a chain", () => {
    // A1 SUM(Belopp), A3 SUM(Dubbelt), A4 SUM(Tab[Belopp]), A8 SUM(Tab[Dubbel]) via Blad!C3, A9 INDIRECT, A10 Calc's Lokal, A12 A8+A2; B1:B3 the array Blad!B2:B4*10.
    for (const ref of ["A1", "A3", "A4", "A8", "A9", "A10", "A12", "B1", "B2", "B3"]) expect([ref, hasResult(cellIn(after(CALC), ref))]).toEqual([ref, false]);
    expect(hasResult(cellIn(after(BLAD), "C3"))).toBe(false);
  });

  it("keeps, byte for byte, the stored result of each formula that does not read it", () => {
    // A2 Annat (Blad!E1), A5 COUNTA(Tab[Region]), A6 Jan:Mar!A1 (Blad!A1), A7 Mar:Apr!A1, A11 the header, C1:C2 an array of the regions.
    for (const ref of ["A2", "A5", "A6", "A7", "A11", "C1", "C2"]) {
      expect(hasResult(cellIn(before(CALC), ref))).toBe(true);
      expect([ref, cellIn(after(CALC), ref)]).toEqual([ref, cellIn(before(CALC), ref)]);
    }
    for (const ref of ["C2", "C4"]) expect(cellIn(after(BLAD), ref)).toBe(cellIn(before(BLAD), ref));
  });

  it("lists INDIRECT's cell in the record sheet", () => {
    const record = after("xl/worksheets/sheet6.xml");
    expect(record).toContain("<t>Calc!A9</t>");
    expect(record).toContain("1 formel hämtar");
  });

  it("opens in openpyxl", () => {
    const file = path.join(tempDir(), "skriven.xlsx");
    writeFileSync(file, bytes);
    const out = execFileSync("/usr/bin/python3", ["-c", "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(wb['Calc']['A1'].value, wb['Blad']['B3'].value)", file], { encoding: "utf8" });
    expect(out.trim()).toBe("=SUM(Belopp) 25");
  });

  maybe("in LibreOffice", () => {
    it("a stale stored result would show (the comparison can fail)", () => {
      // The fixture with Calc!A1's result changed by hand from 60 to 999: shown as stored, 60 once recalculated.
      const parts = unzipSync(fixture("formulas-libreoffice.xlsx"));
      parts[CALC] = Buffer.from(Buffer.from(parts[CALC]).toString().replace("<f aca=\"false\">SUM(Belopp)</f><v>60</v>", "<f aca=\"false\">SUM(Belopp)</f><v>999</v>"));
      const file = path.join(tempDir(), "inaktuell.xlsx");
      writeFileSync(file, zipSync(parts));
      expect(shownByLibreOffice(soffice as string, file).get("Calc")?.[0][0]).toBe("999");
      expect(shownByLibreOffice(soffice as string, file, { recalculate: true }).get("Calc")?.[0][0]).toBe("60");
    }, 120000);

    it("shows for every formula what a full recalculation shows", () => {
      const file = path.join(tempDir(), "skriven.xlsx");
      writeFileSync(file, bytes);
      const shown = shownByLibreOffice(soffice as string, file);
      const recalculated = shownByLibreOffice(soffice as string, file, { recalculate: true });
      expect(shown.get("Calc")?.[0][0]).toBe("65");
      expect([...shown.keys()].sort()).toEqual([...recalculated.keys()].sort());
      for (const [sheet, rows] of shown) expect([sheet, rows]).toEqual([sheet, recalculated.get(sheet)]);
    }, 120000);
  });
});

describe("a link to another workbook (LibreOffice's export: xl/externalLinks, [1]Sheet1!A1): Blad!A1 written", () => {
  it("keeps the linked formula's stored result and removes the one that reads Blad!A1", async () => {
    const before = partsOf(fixture("external-link-libreoffice.xlsx"));
    expect(before("xl/externalLinks/externalLink1.xml")).toContain("externalBook");
    const bytes = await writtenBytes(fixture("external-link-libreoffice.xlsx"), "Blad", [{ row: 0, col: 0, value: 5 }]);
    const after = partsOf(bytes);
    const calc = "xl/worksheets/sheet2.xml";
    expect(cellIn(before(calc), "A1")).toContain("[1]Sheet1!A1*2");
    expect(cellIn(after(calc), "A1")).toBe(cellIn(before(calc), "A1"));
    expect(hasResult(cellIn(after(calc), "B1"))).toBe(false);
    expect(after("xl/externalLinks/externalLink1.xml")).toBe(before("xl/externalLinks/externalLink1.xml"));
    if (soffice) {
      const file = path.join(tempDir(), "lank.xlsx");
      writeFileSync(file, bytes);
      expect(shownByLibreOffice(soffice, file).get("Calc")?.[0][1]).toBe("15");
    }
  }, 120000);
});
