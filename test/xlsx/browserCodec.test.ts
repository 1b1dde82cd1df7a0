import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { computeRound } from "../../src/app/roundFlow";
import * as nodeCodec from "../../src/hosts/xlsx/codec";
import { deflateAsync, inflateAsync } from "../../src/hosts/xlsx/codec.browser";
import { XlsxPackage } from "../../src/hosts/xlsx/xlsxPackage";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { WorkbookRefused } from "../../src/app/workbookRefused";
import { EXAMPLE } from "../helpers/workbooks";
import { zip } from "../helpers/zip";

// The web page's codec is the browser's Compression Streams, which Node 20 has too (the
// same WHATWG API), so the page's way of opening and saving runs here as it does there.
// Real Chromium runs it again in test/web/flow.e2e.test.ts.

/** The page's way: every part unpacked up front, every change packed before the file is built. */
async function pageRound(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = new XlsxPackage(bytes);
  await pkg.unpackAll(inflateAsync);
  const port = new XlsxPort(new XlsxWorkbook(pkg));
  const done = await computeRound(port, { source: { preset: "at-2024" }, date: "2026-12-05", version: "test" }, false);
  expect(done.ok).toBe(true);
  await pkg.packChanges(deflateAsync);
  return port.bytes();
}

const text = (parts: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]));

describe("the web page's codec (Compression Streams)", () => {
  afterEach(() => jest.restoreAllMocks());

  it("computes the bundled workbook without Node's zlib, and writes the same parts as the command line", async () => {
    const bytes = new Uint8Array(readFileSync(EXAMPLE));
    const viaCli = new XlsxPort(bytes);
    await computeRound(viaCli, { source: { preset: "at-2024" }, date: "2026-12-05", version: "test" }, false);
    const expected = text(unzipSync(viaCli.bytes()));

    const inflate = jest.spyOn(nodeCodec, "inflate");
    const deflate = jest.spyOn(nodeCodec, "deflate");
    const page = text(unzipSync(await pageRound(bytes)));
    expect(inflate).not.toHaveBeenCalled();
    expect(deflate).not.toHaveBeenCalled();
    // Unpacked by fflate, not by the code under test: every part the same, the written ones included.
    expect(Object.keys(page).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expect({ name, same: page[name] === expected[name] }).toEqual({ name, same: true });
    expect(Object.keys(page).length).toBeGreaterThan(5);
  });

  it("opens through XlsxPort.open and saves through toFile", async () => {
    const port = await XlsxPort.open(new Uint8Array(readFileSync(EXAMPLE)));
    const [sheet] = await port.read({ alsoSheets: [] });
    expect(sheet.values.length).toBeGreaterThan(21);
    // Nothing written: the file's parts come back as they were.
    const again = unzipSync(await port.toFile());
    const original = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
    expect(text(again)).toEqual(text(original));
  });

  it("stops unpacking a part that comes to more than the zip's directory says, and refuses it", async () => {
    const data = Buffer.alloc(100_000, "a");
    const file = zip([{ name: "xl/workbook.xml", data }]);
    // The central directory's unpacked size (offset 24 of its record) and the local header's (offset 22) both say 1 000 bytes.
    const central = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    file.writeUInt32LE(1000, central + 24);
    file.writeUInt32LE(1000, 22);
    await expect(inflateAsync(new Uint8Array(deflateRawSync(data)), 1000)).rejects.toThrow("more than the 1000 bytes declared");
    const refused = await new XlsxPackage(new Uint8Array(file)).unpackAll(inflateAsync).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkbookRefused);
    expect((refused as WorkbookRefused).problem.code).toBe("file.partUnpack");
  });

  it("refuses a part whose packed bytes are damaged, or whose checksum does not match", async () => {
    const data = Buffer.from("<workbook/>".repeat(50));
    const damaged = zip([{ name: "xl/workbook.xml", data }]);
    damaged[30 + "xl/workbook.xml".length] ^= 0xff; // the first packed byte
    const codeOf = async (file: Buffer) => ((await new XlsxPackage(new Uint8Array(file)).unpackAll(inflateAsync).catch((e: unknown) => e)) as WorkbookRefused).problem.code;
    expect(["file.partUnpack", "file.partChecksum"]).toContain(await codeOf(damaged));
    const wrongSum = zip([{ name: "xl/workbook.xml", data }]);
    const central = wrongSum.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    wrongSum.writeUInt32LE(12345, central + 16);
    wrongSum.writeUInt32LE(12345, 14); // the local header says the same: only the data disagrees
    expect(await codeOf(wrongSum)).toBe("file.partChecksum");
  });

  it("packs what it unpacks back to the same bytes", async () => {
    const data = new TextEncoder().encode("Region;Belopp\n".repeat(2000));
    const packed = await deflateAsync(data);
    expect(packed.length).toBeLessThan(data.length / 10);
    expect(Buffer.from(await inflateAsync(packed, data.length)).equals(Buffer.from(data))).toBe(true);
  });
});
