import { writeFileSync } from "node:fs";
import path from "node:path";
import { zipEntries, WorkbookRefused } from "../../src/hosts/xlsx/zipGuard";
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
