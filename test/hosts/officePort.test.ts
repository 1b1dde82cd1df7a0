import ExcelJS from "exceljs";
import path from "node:path";
import { computeRound, previewRound, type FlowRequest } from "../../src/app/roundFlow";
import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { readCsv } from "../helpers/csv";
import { FakeExcel } from "../helpers/fakeExcel";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { READ_TRIPS, WRITE_TRIPS } from "../helpers/officeTrips";
import { EXAMPLE, SHEET, load, runCli, tempDir } from "../helpers/workbooks";
import { readFileSync } from "node:fs";
import { matchRegion } from "../../src/workbook/values/regions";

const req: FlowRequest = { source: { preset: "at-2024" }, date: "2026-11-24T00:00:00.000Z", version: "fordela test" };

async function officeOn(fake: FakeExcel): Promise<OfficePort> {
  const port = new OfficePort(officeRun(fake.host()));
  fake.syncs = 0;
  return port;
}

describe("the Office host behind the port, on a stand-in Excel", () => {
  it("reads the same cell values as the .xlsx host", async () => {
    const port = await officeOn(await excelFromXlsx(EXAMPLE));
    const [office] = await port.read({ alsoSheets: [] });
    const [file] = await new XlsxPort(readFileSync(EXAMPLE)).read({ alsoSheets: [] });
    expect(office.name).toBe(SHEET);
    // Office.js gives a rectangle; exceljs stops at each row's last cell.
    const trim = (row: unknown[]) => row.slice(0, 1 + Math.max(-1, ...row.map((v, i) => (v === null || v === undefined ? -1 : i))));
    for (let r = 3; r < 25; r++) expect(trim(office.values[r])).toEqual(trim(file.values[r]));
    expect(office.formulas![25][7]).toBe("=SUM(H5:H25)");
  });

  it("computes the 2024 round in one read and one write", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const port = await officeOn(fake);
    const done = await computeRound(port, req, false);
    expect(done.ok).toBe(true);
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    const published = new Map(readCsv("at-2024-outcome.csv").map((r) => [matchRegion(r.region)!.code, r]));
    for (let r = 4; r <= 24; r++) {
      const code = matchRegion(String(fake.cell(SHEET, r, 0)!.value))!.code;
      const total = fake.cell(SHEET, r, 9)!;
      expect(Math.abs((total.value as number) - Number(published.get(code)!.total))).toBeLessThanOrEqual(1);
      expect(total.numFmt).toBe("#,##0");
    }
    expect(fake.cell(SHEET, 25, 7)!.formula).toBe("=SUM(H5:H25)");
    expect(fake.cell(SHEET, 27, 0)!.value).toMatch(/^Planerat antal/);
    expect(fake.order).toEqual([SHEET, "Fördela at-2024"]);
  });

  it("writes what the .xlsx host writes, cell for cell", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    await computeRound(await officeOn(fake), req, false);
    const out = path.join(tempDir(), "cli.xlsx");
    await runCli("compute", EXAMPLE, "--round", "at-2024", "--out", out);
    const ws = (await load(out)).getWorksheet(SHEET)!;
    for (let r = 5; r <= 25; r++) for (let c = 7; c <= 10; c++) expect(fake.cell(SHEET, r - 1, c - 1)?.value || null).toEqual(ws.getCell(r, c).value || null);
  });

  it("reads a sheet of 2 000 rows in one more round trip (its cells in two requests), and keeps every row", async () => {
    // The officer's table, then 1 979 rows of other working data under the notes.
    const fake = await excelFromXlsx(EXAMPLE);
    const sheet = fake.sheets.get(SHEET)!;
    for (let r = 30; r < 2000 + 9; r++) sheet.set(`${r},0`, { value: `anteckning ${r}`, numFmt: "General" }), sheet.set(`${r},3`, { value: r, numFmt: "General" });
    const port = await officeOn(fake);
    const done = await computeRound(port, req, false);
    expect(done.ok).toBe(true);
    expect(fake.syncs).toBe(READ_TRIPS + 1 + WRITE_TRIPS);
    expect(fake.cell(SHEET, 1500, 0)!.value).toBe("anteckning 1500");
  });

  it("reads a 2 000-row table of bad input once, and writes nothing", async () => {
    const fake = new FakeExcel();
    const cells: [number, number, { value: unknown; numFmt: string }][] = [
      [0, 0, { value: "Region", numFmt: "General" }], [0, 1, { value: "Folkmängd", numFmt: "General" }], [0, 2, { value: "Planerade", numFmt: "General" }], [0, 3, { value: "Tillsatta", numFmt: "General" }],
    ];
    for (let r = 1; r <= 2000; r++) cells.push([r, 0, { value: "Region Gotland", numFmt: "General" }], [r, 1, { value: 61093, numFmt: "General" }], [r, 2, { value: 16, numFmt: "General" }], [r, 3, { value: 12, numFmt: "General" }]);
    fake.addSheet("Stor", cells);
    const port = await officeOn(fake);
    const done = await computeRound(port, req, false);
    expect(done.ok).toBe(false);
    expect(fake.syncs).toBe(READ_TRIPS);
    expect(done.preview.ok || done.preview.errors.length).toBe(1999); // Gotland appears twice, 1 999 times
    expect(fake.order).toEqual(["Stor"]);
  });

  it("running again asks nothing, in the same round trips", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const port = await officeOn(fake);
    await computeRound(port, req, false);
    const before = fake.cell(SHEET, 4, 9)!.value;
    fake.syncs = 0;
    const again = await computeRound(port, req, false);
    expect(again.ok).toBe(true);
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    expect(fake.cell(SHEET, 4, 9)!.value).toBe(before);
  });

  it("stops before a cell it did not write, after one read; writes when the user agrees", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.sheets.get(SHEET)!.set("4,7", { value: "manuellt", numFmt: "General" });
    const port = await officeOn(fake);
    const asked = await computeRound(port, req, false);
    expect(asked.ok).toBe(false);
    expect("conflicts" in asked && asked.conflicts.map((c) => c.address)).toEqual(["'Fördelning 2024'!H5"]);
    expect(fake.syncs).toBe(READ_TRIPS);
    expect(fake.cell(SHEET, 4, 7)!.value).toBe("manuellt");
    fake.syncs = 0;
    const agreed = await computeRound(port, req, true);
    expect(agreed.ok).toBe(true);
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    expect(typeof fake.cell(SHEET, 4, 7)!.value).toBe("number");
  });

  it("writes text on the record sheet as text, never as a formula", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const port = await officeOn(fake);
    const file = { id: "egen", title: "=HYPERLINK(\"http://example.invalid\",\"klicka\")", blocks: [{ id: "block1", kind: "proportional", pot: 1000, weight: "population" }] };
    const done = await computeRound(port, { ...req, source: { file, name: "egen.json" } }, false);
    expect(done.ok).toBe(true);
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS); // a round from a file is known before reading, like a preset
    const record = fake.sheets.get("Fördela egen")!;
    const injected = [...record.values()].filter((c) => String(c.value).startsWith("=HYPERLINK"));
    expect(injected.length).toBeGreaterThan(0);
    for (const c of injected) expect([c.formula, c.numFmt]).toEqual([undefined, "@"]);
    expect([...record.values()].some((c) => c.formula)).toBe(false);
  });

  it("learns the sheet names again when a sheet was renamed since", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.addSheet("Överbeläggningar");
    const port = await officeOn(fake);
    fake.sheets.delete("Överbeläggningar");
    fake.order = fake.order.filter((n) => n !== "Överbeläggningar");
    const preview = await previewRound(port, { ...req, source: { preset: "beds-2024" } });
    expect(preview.ok).toBe(false); // the at-2024 sheet has no monthly columns: an input error, not a crash
  });

  it("selects the cell an error names", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const port = await officeOn(fake);
    await port.select("'Fördelning 2024'!D14");
    expect(fake.selected).toBe("Fördelning 2024!13,3");
  });
});

// Keep ExcelJS imported for the helper's types in this file's compile unit.
void ExcelJS;
