import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipEntries } from "../../src/hosts/xlsx/zipGuard";
import { WorkbookRefused } from "../../src/app/workbookRefused";
import { measuredRun } from "../helpers/measuredRun";
import { tempDir } from "../helpers/workbooks";
import { BOMBS, lyingSizes } from "../helpers/zipBombs";

describe("zip bombs: refused in bounded time and memory", () => {
  const figures: string[] = [];
  afterAll(() => console.log(`zip bombs, refused (time, peak memory of the whole CLI process):\n${figures.join("\n")}`));

  it.each(BOMBS)("%s", (kind, make, why) => {
    const bytes = make();
    const file = path.join(tempDir(), "bomb.xlsx");
    writeFileSync(file, bytes);
    // Every kind is refused from the directory alone, before anything is unpacked, except the lying stream, which stops as it unpacks.
    if (make === lyingSizes) expect(() => zipEntries(new Uint8Array(bytes))).not.toThrow();
    else expect(() => zipEntries(new Uint8Array(bytes))).toThrow(WorkbookRefused);
    const run = measuredRun(["check", file, "--round", "at-2024", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(why);
    figures.push(`  ${kind}: ${(bytes.length / 1024).toFixed(0)} kB file, ${run.ms.toFixed(0)} ms, ${run.peakMb.toFixed(0)} MB`);
  }, 60_000);
});

describe("the zip guard refuses no workbook a real program wrote", () => {
  const root = path.join(__dirname, "..", "..");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith(".xlsx") ? [path.join(dir, d.name)] : []));
  // Named by the program that wrote them (test/fixtures/README.md); hand-made hostile files are elsewhere.
  const real = [...files(path.join(root, "examples")), ...files(path.join(root, "test", "fixtures")).filter((f) => /-(libreoffice|openpyxl)\.xlsx$/.test(f))];

  it("LibreOffice's (sizes in data descriptors, APPNOTE 4.3.9), openpyxl's and the bundled examples: every part's header agrees, none overlaps, every ratio is within the rule", () => {
    expect(real.length).toBeGreaterThan(20);
    for (const file of real) expect({ file, parts: zipEntries(new Uint8Array(readFileSync(file))).length > 0 }).toEqual({ file, parts: true });
  });
});
