import { copyFileSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { load, runCli, tempDir } from "../helpers/workbooks";

/** What a rule for the last krona leaves is its own figure: in the JSON output and on the record sheet (issue 25). */
const EXAMPLES = path.join(__dirname, "..", "..", "examples");

it("rounding down in whole 100 000 kr reports what it leaves in the JSON blocks and on the record sheet", async () => {
  const def = JSON.parse(readFileSync(path.join(EXAMPLES, "tillganglighet-2025.json"), "utf8"));
  def.blocks[1].rounding = { method: "down", unit: 100000 };
  const dir = tempDir();
  const file = path.join(dir, "omgang.json");
  writeFileSync(file, JSON.stringify(def));
  const book = path.join(dir, "bok.xlsx");
  copyFileSync(path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx"), book);
  const json = JSON.parse((await runCli("compute", book, "--round-file", file, "--json", "--lang", "en")).stdout);
  const block = json.blocks.find((b: { id: string }) => b.id === "byPopulation");
  // 21 regions' shares rounded down to whole 100 000s leave between 0 and 21 × 99 999 kr, all of it by the rounding.
  expect(block.leftByRounding).toBeGreaterThan(0);
  expect(block.leftByRounding).toBeLessThan(21 * 100000);
  expect(block.unallocated).toBe(block.leftByRounding);
  expect(block.allocated + block.unallocated).toBe(block.pot);
  expect(json.regions.every((r: { amounts: { byPopulation: number } }) => r.amounts.byPopulation % 100000 === 0)).toBe(true);
  expect((await runCli("compute", book, "--round-file", file, "--write")).code).toBe(0);
  const record = (await load(book)).getWorksheet("Fördela tillganglighet-2025")!;
  const rows: unknown[][] = [];
  record.eachRow((row) => void rows.push((row.values as unknown[]).slice(1)));
  const header = rows.find((r) => r[0] === "Block")!;
  expect(header).toContain("Varav avrundning / Of which rounding");
  const line = rows.find((r) => r[0] === "Efter folkmängd")!;
  expect(line[header.indexOf("Varav avrundning / Of which rounding")]).toBe(block.leftByRounding);
});
