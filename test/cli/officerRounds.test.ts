import ExcelJS from "exceljs";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE, load, runCli, tempDir } from "../helpers/workbooks";

type Json = { regions: { code: string; amounts: Record<string, number> }[]; totals: Record<string, number>; errors?: { address: string; message: string }[] };

async function computeJson(...argv: string[]): Promise<Json> {
  const run = await runCli("compute", "--lang", "en", ...argv, "--json");
  return JSON.parse(run.stdout);
}

/** The bundled workbook with the rules of a preset on its own sheet "Fördela regler". */
async function withRuleSheet(): Promise<string> {
  const file = path.join(tempDir(), "with-rules.xlsx");
  copyFileSync(EXAMPLE, file);
  const run = await runCli("rounds", "--export", "at-2024", "--into", file);
  expect(run.code).toBe(0);
  return file;
}

/** Sets the value of a parameter row on the rule sheet. */
async function editRule(file: string, key: string, value: ExcelJS.CellValue): Promise<string> {
  const wb = await load(file);
  const ws = wb.getWorksheet("Fördela regler")!;
  let found = false;
  ws.eachRow((row) => {
    if (row.getCell(1).value === key) (row.getCell(2).value = value), (found = true);
  });
  expect(found).toBe(true);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("rounds an officer defines", () => {
  let presetResult: Json;
  beforeAll(async () => {
    presetResult = await computeJson(EXAMPLE, "--round", "at-2024");
  });

  it("exports a preset as JSON that compiles back to the same round", async () => {
    const run = await runCli("rounds", "--export", "at-2024");
    expect(run.code).toBe(0);
    const file = path.join(tempDir(), "at-2024.json");
    writeFileSync(file, run.stdout);
    expect(JSON.parse(run.stdout).blocks[1].steps).toHaveLength(6);
    const fromFile = await computeJson(EXAMPLE, "--round-file", file);
    expect(fromFile.regions).toEqual(presetResult.regions.map((r) => expect.objectContaining({ code: r.code, amounts: r.amounts })));
  });

  it("a JSON file with errors is refused with each problem and its path", async () => {
    const file = path.join(tempDir(), "bad.json");
    const def = JSON.parse((await runCli("rounds", "--export", "at-2024")).stdout);
    def.blocks[0].pot = -5;
    def.blocks[1].steps[2].threshold = 1;
    def.blocks[1].remainder.weight = "inhabitantsSquared";
    writeFileSync(file, JSON.stringify(def));
    const run = await runCli("compute", "--lang", "en", EXAMPLE, "--round-file", file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("blocks[0].pot: -5 must be a positive amount");
    expect(run.stderr).toMatch(/blocks\[1\]\.steps: steps out of order: step 3: threshold 1 is not above step 2's 3/);
    expect(run.stderr).toMatch(/blocks\[1\]\.remainder\.weight: unknown value "inhabitantsSquared"/);
    // In Swedish, the default, the whole line is Swedish: the step's detail too.
    const sv = await runCli("compute", EXAMPLE, "--round-file", file);
    expect(sv.stderr).toContain("stegen är i fel ordning: steg 3: tröskeln 1 är inte högre än steg 2:s 3");
  });

  it("a round defined on a workbook sheet that copies at-2024 gives the preset's amounts", async () => {
    const file = await withRuleSheet();
    const wb = await load(file);
    expect(wb.getWorksheet("Fördela regler")!.getCell("A1").value).toMatch(/round definition/);
    const fromSheet = await computeJson(file, "--round", "workbook");
    expect(fromSheet.regions.map((r) => [r.code, r.amounts])).toEqual(presetResult.regions.map((r) => [r.code, r.amounts]));
  });

  it("a changed pot on the sheet changes the result as the rules say", async () => {
    // Block 1 doubled to 126 000 000 (written the Swedish way): each region's block 1 doubles
    // (within the 1 kr of rounding), block 2 does not move.
    const file = await editRule(await withRuleSheet(), "blocks.1.pot", "126 000 000");
    const changed = await computeJson(file, "--round", "workbook");
    expect(changed.totals.block1).toBe(126000000);
    expect(changed.totals.block2).toBe(160000000);
    changed.regions.forEach((r, i) => {
      expect(Math.abs(r.amounts.block1 - 2 * presetResult.regions[i].amounts.block1)).toBeLessThanOrEqual(2);
      expect(r.amounts.block2).toBe(presetResult.regions[i].amounts.block2);
    });
  });

  it("a ladder step changed on the sheet moves the regions on it", async () => {
    // The 15-post step raised to 40 000 000: Stockholm (+15) and Västra Götaland (+24) get 10 000 000 more
    // each from the step, and what is left for everyone shrinks by 20 000 000.
    const file = await editRule(await withRuleSheet(), "blocks.2.steps.6.amount", 40000000);
    const changed = await computeJson(file, "--round", "workbook");
    expect(changed.totals.block2).toBe(160000000);
    const sthlm = (j: Json) => j.regions.find((r) => r.code === "01")!.amounts.block2;
    const blek = (j: Json) => j.regions.find((r) => r.code === "10")!.amounts.block2;
    expect(sthlm(changed) - sthlm(presetResult)).toBeGreaterThan(8000000);
    expect(blek(changed)).toBeLessThan(blek(presetResult));
  });

  it.each([
    ["blocks.1.pot", "-5", /blocks\.1\.pot: -5 must be a positive amount/],
    ["blocks.1.pot", "sextiotre", /blocks\.1\.pot: "sextiotre" is not a number/],
    ["blocks.2.steps.3.threshold", 1, /blocks\.2\.steps: steps out of order/],
    ["blocks.1.weight", "invånare", /blocks\.1\.weight: unknown value "invånare"/],
  ])("a sheet with %s = %j is refused, naming the cell", async (key, value, message) => {
    const file = await editRule(await withRuleSheet(), key, value);
    const bytes = readFileSync(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "workbook", "--write");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/'Fördela regler'!B\d+: /);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("--into refuses to replace an existing rule sheet without --overwrite", async () => {
    const file = await withRuleSheet();
    const again = await runCli("rounds", "--export", "at-2024", "--into", file);
    expect(again.code).toBe(1);
    expect((await runCli("rounds", "--export", "at-2024", "--into", file, "--overwrite")).code).toBe(0);
  });

  it("says how to start when the workbook has no rule sheet", async () => {
    const run = await runCli("compute", "--lang", "en", EXAMPLE, "--round", "workbook");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fordela rounds --export at-2024 --into");
  });

  it("lists every preset", async () => {
    const run = await runCli("rounds");
    for (const id of ["at-2022", "at-2024", "at-2025", "beds-2024"]) expect(run.stdout).toMatch(new RegExp(`^${id}\\s`, "m"));
  });
});
