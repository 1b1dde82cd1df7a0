/**
 * What real Excel does that a kinder stand-in would hide: a batch is not a
 * transaction, protection and structure protection refuse, sheet names match
 * without case, a cell being edited blocks every call, dates are serial numbers.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { computeRound, type FlowRequest } from "../../src/app/roundFlow";
import { OfficePort, officeRun, type ExcelRun } from "../../src/hosts/office/officePort";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { FakeExcel } from "../helpers/fakeExcel";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { READ_TRIPS } from "../helpers/officeTrips";
import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { RECORD_TITLE } from "../../src/workbook/sheet/ownSheet";

const req: FlowRequest = { source: { preset: "at-2024" }, date: "2026-11-24T00:00:00.000Z", version: "fordela test" };
const RECORD = "Fördela at-2024";
/** A record sheet an earlier run wrote begins with its title: that is how Fördela knows it as its own. */
const EARLIER_RECORD: [number, number, { value: string; numFmt: string }][] = [[0, 0, { value: RECORD_TITLE, numFmt: "General" }]];

async function officeOn(fake: FakeExcel): Promise<OfficePort> {
  const port = new OfficePort(officeRun(fake.host()));
  fake.syncs = 0;
  return port;
}

/** Every allocation cell of the table (H5:J25), as it stands. */
const amounts = (fake: FakeExcel) => Array.from({ length: 21 }, (_, i) => [7, 8, 9].map((c) => fake.cell(SHEET, 4 + i, c)?.value ?? null));

describe("the Office host refuses before it writes anything", () => {
  it("an officer's own sheet named like the record sheet: refused at the read, never replaced", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.addSheet("FÖRDELA AT-2024", [[0, 0, { value: "Mina anteckningar", numFmt: "General" }]]);
    const done = await computeRound(await officeOn(fake), req, false);
    expect("errors" in done && done.errors.map((e) => [e.code, e.address])).toEqual([["record.notOurs", "'FÖRDELA AT-2024'"]]);
    expect(fake.cell("FÖRDELA AT-2024", 0, 0)?.value).toBe("Mina anteckningar");
    expect(amounts(fake).flat().every((v) => v === null)).toBe(true);
  });

  it("a protected record sheet: refused at the read, no amount written", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.addSheet(RECORD, EARLIER_RECORD);
    fake.protectedSheets.add(RECORD);
    const before = amounts(fake);
    const done = await computeRound(await officeOn(fake), req, false);
    expect(done.ok).toBe(false);
    expect("errors" in done && done.errors.map((e) => [e.code, e.address])).toEqual([["write.protected", `'${RECORD}'`]]);
    expect(fake.syncs).toBe(READ_TRIPS);
    expect(amounts(fake)).toEqual(before);
  });

  it("a workbook whose structure is protected, where the record sheet must be added: refused, no amount written", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.structureProtected = true;
    const done = await computeRound(await officeOn(fake), req, false);
    expect("errors" in done && done.errors.map((e) => e.code)).toEqual(["write.structureLocked"]);
    expect(amounts(fake).flat().every((v) => v === null)).toBe(true);
    expect(fake.order).toEqual([SHEET]);
  });

  it("structure protection does not stop a round whose record sheet is there already", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.addSheet(RECORD, EARLIER_RECORD);
    fake.structureProtected = true;
    const done = await computeRound(await officeOn(fake), req, false);
    expect(done.ok).toBe(true);
  });

  it("a record sheet whose name differs only in case is the record sheet (Excel has one name for both)", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.addSheet("FÖRDELA AT-2024", [...EARLIER_RECORD, [1, 0, { value: "gammalt protokoll", numFmt: "General" }]]);
    const done = await computeRound(await officeOn(fake), req, false);
    expect(done.ok).toBe(true);
    expect(fake.order).toEqual([SHEET, "FÖRDELA AT-2024"]);
    expect(fake.cell("FÖRDELA AT-2024", 1, 0)?.value).not.toBe("gammalt protokoll");
    expect(typeof fake.cell(SHEET, 4, 9)?.value).toBe("number");
  });

  it("writes the record sheet before the amounts: a failure half-way leaves no amount without its record", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const port = await officeOn(fake);
    // Protected after the read, before the write: the write batch fails at the table, after the record was queued and done.
    const write = port.write.bind(port);
    port.write = async (plan, record) => {
      fake.protectedSheets.add(SHEET);
      return write(plan, record);
    };
    await expect(computeRound(port, req, false)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.order).toEqual([SHEET, RECORD]);
    expect(amounts(fake).flat().every((v) => v === null)).toBe(true);
  });
});

describe("the Office host while the user is editing a cell", () => {
  it("waits for the edit to end (delayForCellEdit), where a plain Excel.run fails", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.startEdit();
    await expect(new OfficePort(fake.run as unknown as ExcelRun).read({ alsoSheets: [] })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const port = new OfficePort(officeRun(fake.host()));
    const names = port.read({ alsoSheets: [] }).then((read) => read.map((s) => s.name));
    let settled = false;
    void names.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    fake.endEdit();
    expect(await names).toEqual([SHEET]);
  });
});

describe("month headers typed as dates", () => {
  const fixtures = path.join(__dirname, "..", "fixtures", "months");
  const beds: FlowRequest = { ...req, source: { preset: "beds-2024" } };
  const bedsExample = path.join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx");

  async function totals(port: XlsxPort | OfficePort): Promise<number[]> {
    const done = await computeRound(port, beds, true);
    if (!done.preview.ok) throw new Error(done.preview.errors.map((e) => e.code).join(", "));
    return done.preview.result.regions.map((r) => r.total.toNumber());
  }

  it.each(["openpyxl", "libreoffice"])("are months in an .xlsx file (%s), in Excel (serial numbers with a date format) alike", async (maker) => {
    const file = path.join(fixtures, `month-dates-${maker}.xlsx`);
    const want = await totals(new XlsxPort(readFileSync(bedsExample)));
    expect(await totals(new XlsxPort(readFileSync(file)))).toEqual(want);
    const fake = await excelFromXlsx(file);
    expect(typeof fake.cell("Överbeläggningar", 2, 1)?.value).toBe("number");
    expect(await totals(await officeOn(fake))).toEqual(want);
  });

  it("count from 1904 in a workbook saved that way, in the .xlsx host and in Excel alike (Excel's DATE tells the port)", async () => {
    const file = path.join(fixtures, "month-dates-1904-openpyxl.xlsx");
    const want = await totals(new XlsxPort(readFileSync(bedsExample)));
    expect(await totals(new XlsxPort(readFileSync(file)))).toEqual(want);
    const fake = await excelFromXlsx(file);
    expect(fake.date1904).toBe(true);
    expect(await totals(await officeOn(fake))).toEqual(want);
    // Read as if counted from 1900, the same serials are months four years and a day early: not the same round.
    fake.date1904 = false;
    await expect(totals(await officeOn(fake))).rejects.toThrow(/month/);
  });
});
