import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { zipEntries } from "../../src/hosts/xlsx/zipGuard";
import { WorkbookRefused } from "../../src/app/workbookRefused";
import { bigWorkbook, zip } from "../helpers/zip";
import { EXAMPLE, SHEET, load, runCli, tempDir } from "../helpers/workbooks";

async function refused(bytes: Buffer, name: string): Promise<{ code: number; stderr: string; out: string; file: string }> {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  const out = path.join(tempDir(), "never.xlsx");
  const run = await runCli("compute", file, "--round", "at-2024", "--out", out, "--lang", "en");
  expect(existsSync(out)).toBe(false);
  return { code: run.code, stderr: run.stderr, out, file };
}

describe("hostile files: refused at once, before anything is unpacked", () => {
  it("a file that is not a workbook", async () => {
    const r = await refused(Buffer.from("Region;Folkmängd\nGotland;61093\n"), "inte.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("this is not an .xlsx workbook");
    const sv = await runCli("compute", r.file, "--round", "at-2024", "--out", r.out);
    expect(sv.stderr).toContain("fordela: detta är ingen .xlsx-arbetsbok (en .xlsx-fil är ett zip-arkiv, och detta är inget)");
  });

  it("an old .xls workbook", async () => {
    const r = await refused(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000)]), "gammal.xlsx");
    expect(r.stderr).toContain("old .xls workbook: open it in Excel and save it as .xlsx");
  });

  it("a zip archive that is no workbook", async () => {
    const r = await refused(zip([{ name: "readme.txt", data: Buffer.from("hej") }]), "arkiv.xlsx");
    expect(r.stderr).toContain("not an Excel workbook (it has no xl/workbook.xml)");
  });

  it("a zip bomb", async () => {
    // 300 MB of zeros packs into a few hundred KB.
    const bomb = zip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }, { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(300 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = await refused(bomb, "bomb.xlsx");
    expect(r.stderr).toMatch(/xl\/worksheets\/sheet1\.xml unpacks \d+ times larger than it is packed: a zip bomb/);
  });

  it("a 50 MB workbook", async () => {
    const big = zip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }, { name: "xl/media/image1.bin", data: randomBytes(50 * 1024 * 1024), store: true }]);
    const r = await refused(big, "stor.xlsx");
    expect(r.stderr).toMatch(/the file is 50\.0 MB, over the limit of 20\.0 MB/);
  });

  it("a workbook with 100 000 rows", async () => {
    const book = bigWorkbook(100000);
    // It is a real workbook: exceljs can open it (slowly), which is what the guard spares.
    expect(zipEntries(book).map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    const r = await refused(book, "rader.xlsx");
    // Six elements a row: refused by the count of elements, before any is parsed.
    expect(r.stderr).toContain("the workbook's sheets and texts have 600004 XML elements, more than the 500000 Fördela reads");
  });

  it("a workbook within the element budget whose cells run past 20 000 rows", async () => {
    const r = await refused(bigWorkbook(25000), "rader.xlsx");
    expect(r.stderr).toContain("the sheet Stor has cells on 25000 rows; Fördela reads tables of regions and refuses sheets over 20000 rows");
  });

  it("a damaged file cut short", async () => {
    const r = await refused(readFileSync(EXAMPLE).subarray(0, 3000), "trasig.xlsx");
    expect(r.stderr).toMatch(/damaged or cut short|damaged/);
  });

  it("the guard is pure: the web page uses the same check on the same bytes", () => {
    expect(() => zipEntries(new Uint8Array([1, 2, 3, 4]))).toThrow(WorkbookRefused);
    expect(zipEntries(new Uint8Array(readFileSync(EXAMPLE))).length).toBeGreaterThan(5);
  });
});

/** The bundled workbook with one more part in its zip (a chart, say), everything else as it was. */
function withPart(name: string, text: string): Buffer {
  const bytes = readFileSync(EXAMPLE);
  const entries = zipEntries(new Uint8Array(bytes)).map((e) => {
    const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
    const packed = bytes.subarray(start, start + e.packed);
    return { name: e.name, data: e.method === 8 ? inflateRawSync(packed) : Buffer.from(packed) };
  });
  return zip([...entries, { name, data: Buffer.from(text) }]);
}

describe("write safety", () => {
  it("writes in place a workbook with a chart, and keeps the chart part byte for byte", async () => {
    const file = path.join(tempDir(), "diagram.xlsx");
    writeFileSync(file, withPart("xl/charts/chart1.xml", "<c:chartSpace/>"));
    const inPlace = await runCli("compute", file, "--round", "at-2024", "--write");
    expect(inPlace.code).toBe(0);
    expect(Buffer.from(unzipSync(readFileSync(file))["xl/charts/chart1.xml"]).toString()).toBe("<c:chartSpace/>");
  });

  it("a read-only workbook gets a clear message and is not touched", async () => {
    const file = path.join(tempDir(), "skrivskyddad.xlsx");
    copyFileSync(EXAMPLE, file);
    chmodSync(file, 0o444);
    const bytes = readFileSync(file);
    const run = await runCli("compute", file, "--round", "at-2024", "--write", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot be written (it or its folder is read-only); nothing was written");
    // In Swedish by default, like every other message.
    expect((await runCli("compute", file, "--round", "at-2024", "--write")).stderr).toContain("kan inte skrivas (filen eller dess mapp är skrivskyddad); inget skrevs");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("leaves no temporary file behind when writing fails", async () => {
    const dir = tempDir();
    const file = path.join(dir, "skrivskyddad.xlsx");
    copyFileSync(EXAMPLE, file);
    chmodSync(file, 0o444);
    await runCli("compute", file, "--round", "at-2024", "--write");
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dir)).toEqual(["skrivskyddad.xlsx"]);
  });
});

describe("formula injection: text from a workbook or a definition stays text", () => {
  const INJECTIONS = ['=HYPERLINK("http://example.invalid","klicka")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "=1+1"];

  it.each(INJECTIONS)("%s survives a round trip as text on the record sheet", async (text) => {
    // A round whose title and block title are the hostile text, and a warning that quotes it.
    const def = { id: "inj", title: text, blocks: [{ id: "block1", title: text, kind: "proportional", pot: 1000, weight: "population" }] };
    const file = path.join(tempDir(), "inj.json");
    writeFileSync(file, JSON.stringify(def));
    const out = path.join(tempDir(), "inj.xlsx");
    expect((await runCli("compute", EXAMPLE, "--round-file", file, "--out", out)).code).toBe(0);
    const wb = await load(out);
    const rec = wb.getWorksheet("Fördela inj")!;
    const cells: ExcelJS.Cell[] = [];
    rec.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const hits = cells.filter((c) => c.value === text);
    expect(hits.length).toBeGreaterThan(0);
    for (const c of hits) expect([c.type, c.formula]).toEqual([ExcelJS.ValueType.String, undefined]);
    expect(cells.some((c) => c.formula)).toBe(false);
    // The appended block column's header is the title: text too, in the officer's sheet.
    const header = wb.getWorksheet(SHEET)!.getRow(4);
    const written: ExcelJS.Cell[] = [];
    header.eachCell((c) => written.push(c));
    expect(written.filter((c) => c.formula)).toEqual([]);
  });
});
