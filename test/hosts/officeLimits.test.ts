/**
 * Excel's documented limits, enforced by the stand-in (each cited in
 * test/helpers/fakeCells.ts) and respected by the port: 5 MB per request and
 * response, 512 merged areas in a range, 32 767 characters a cell.
 */
import { computeRound, type FlowRequest } from "../../src/app/roundFlow";
import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { render } from "../../src/messages/message";
import { columnLetter } from "../../src/workbook/sheet/cell";
import { CELL_TEXT_LIMIT, PAYLOAD_LIMIT } from "../helpers/fakeCells";
import type { FakeContext, FakeExcel } from "../helpers/fakeExcel";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { EXAMPLE, SHEET } from "../helpers/workbooks";

const req: FlowRequest = { source: { preset: "at-2024" }, date: "2026-12-06T00:00:00.000Z", version: "fordela test" };
const port = (fake: FakeExcel) => new OfficePort(officeRun(fake.host()));
const inBatch = <T>(fake: FakeExcel, batch: (context: FakeContext) => Promise<T>) => fake.run(batch);
const note = (n: number) => `Anteckning ${n}: `.padEnd(4000, "x");

/** Notes below the officer's table: 2 000 rows of 4 000 characters, 8 MB in all. */
function addLongNotes(fake: FakeExcel): void {
  const sheet = fake.sheets.get(SHEET)!;
  for (let r = 40; r < 2040; r++) sheet.set(`${r},0`, { value: note(r), numFmt: "General" });
}

describe("the stand-in holds Excel's limits", () => {
  it("refuses a response over 5 MB whole, with nothing loaded", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    addLongNotes(fake);
    const [error, values] = await inBatch(fake, async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(0, 0, 2040, 10);
      range.load(["values", "formulas"]);
      const e = await context.sync().then(() => null, (x) => x);
      let v: unknown;
      try {
        v = range.values;
      } catch (x) {
        v = x;
      }
      return [e, v];
    });
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(values).toBeInstanceOf(Error); // the values never arrived
  });

  it("refuses a request over 5 MB before anything is written", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const big = Array.from({ length: 200 }, () => ["y".repeat(30000)]);
    const error = await inBatch(fake, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(100, 0, 200, 1).values = big;
      return context.sync().then(() => null, (e) => e);
    });
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell(SHEET, 100, 0)).toBeUndefined();
  });

  it("refuses a text over 32 767 characters, and merged areas of a range holding more than 512", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.merges.set(SHEET, Array.from({ length: 513 }, (_, i) => `A${100 + i * 2}:B${100 + i * 2}`));
    const [tooLong, merged] = await inBatch(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      ws.getRangeByIndexes(50, 0, 1, 1).values = [["z".repeat(CELL_TEXT_LIMIT + 1)]];
      const a = await context.sync().then(() => null, (e) => e);
      ws.getRangeByIndexes(0, 0, 2000, 5).getMergedAreasOrNullObject().load("address");
      const b = await context.sync().then(() => null, (e) => e);
      return [a, b];
    });
    expect(tooLong).toMatchObject({ code: "InvalidArgument" });
    expect(merged).toMatchObject({ code: "InvalidOperation" });
  });
});

describe("the port within Excel's limits", () => {
  it("reads a sheet of 8 MB in parts under 5 MB each, computes the round and leaves the notes as they were", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    addLongNotes(fake);
    const done = await computeRound(port(fake), req, false);
    expect(done.ok).toBe(true);
    expect(fake.refusedPayloads).toBeGreaterThan(0); // the first parts were too large, and were halved
    expect(fake.largestPayload).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(fake.largestPayload).toBeGreaterThan(PAYLOAD_LIMIT / 4); // the parts were large, not one cell at a time
    expect(fake.cell(SHEET, 1500, 0)!.value).toBe(note(1500));
    expect(typeof fake.cell(SHEET, 4, 9)!.value).toBe("number");
  });

  it("finds merged cells in halves of the table where the whole has more than 512, and warns of none missing", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const notes = Array.from({ length: 600 }, (_, i) => `A${40 + i}:C${40 + i}`);
    fake.merges.set(SHEET, [...(fake.merges.get(SHEET) ?? []), ...notes]);
    for (let i = 0; i < 600; i++) fake.sheets.get(SHEET)!.set(`${39 + i},0`, { value: `not ${i}`, numFmt: "General" });
    const done = await computeRound(port(fake), req, false);
    expect(done.ok).toBe(true);
    expect(done.preview.warnings.map((w) => w.code)).not.toContain("sheet.mergesUnread");
  });

  it("where Excel will not give merged areas at all, computes and says what is missing", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    // One row with 600 merged pairs: no half of it is small enough.
    const pairs = Array.from({ length: 600 }, (_, i) => `${columnLetter(20 + 2 * i)}2:${columnLetter(21 + 2 * i)}2`);
    fake.merges.set(SHEET, pairs);
    fake.sheets.get(SHEET)!.set(`1,${21 + 2 * 599}`, { value: "x", numFmt: "General" });
    const done = await computeRound(port(fake), req, false);
    expect(done.ok).toBe(true);
    const warning = done.preview.warnings.find((w) => w.code === "sheet.mergesUnread")!;
    expect(render(warning, "sv")).toContain(`Excel kunde inte lämna de sammanfogade cellerna på bladet ${SHEET}`);
  });

  it("writes a round file longer than a cell holds across cells, each within 32 767 characters, joined back to the file", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const blocks = Array.from({ length: 60 }, (_, i) => ({ id: `block${i}`, kind: "proportional", pot: 1000, weight: "population", title: `Block ${i} `.padEnd(900, "–") }));
    const file = { id: "lang", title: "En lång omgång", blocks };
    const done = await computeRound(port(fake), { ...req, source: { file, name: "lang.json" } }, false);
    expect(done.ok).toBe(true);
    const record = fake.sheets.get("Fördela lang")!;
    const row = [...record.entries()].find(([, c]) => c.value === "Regler / Rules (JSON)")![0].split(",")[0];
    const parts = [...record.entries()].filter(([k]) => k.split(",")[0] === row).sort(([a], [b]) => Number(a.split(",")[1]) - Number(b.split(",")[1])).slice(1).map(([, c]) => String(c.value));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(JSON.parse(parts.join(""))).toEqual(file);
  });

  it("writes only the rows it plans: a row inside the table it skips keeps its number format", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const sheet = fake.sheets.get(SHEET)!;
    // An empty row between Västra Götaland and Värmland, its cells under the amounts formatted by the officer.
    const moved = [...sheet.entries()].filter(([k]) => Number(k.split(",")[0]) >= 18).sort(([a], [b]) => Number(b.split(",")[0]) - Number(a.split(",")[0]));
    for (const [k, cell] of moved) {
      const [r, c] = k.split(",").map(Number);
      sheet.delete(k);
      sheet.set(`${r + 1},${c}`, cell);
    }
    for (const c of [7, 8, 9]) sheet.set(`18,${c}`, { value: "", numFmt: "0.0%" });
    const done = await computeRound(port(fake), req, false);
    expect(done.ok).toBe(true);
    for (const c of [7, 8, 9]) expect(fake.cell(SHEET, 18, c)).toEqual({ value: "", numFmt: "0.0%" });
    expect(fake.cell(SHEET, 19, 9)!.numFmt).toBe("#,##0");
  });
});

