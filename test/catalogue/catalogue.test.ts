import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE, runCli, tempDir, variant } from "../helpers/workbooks";
import { CASES } from "./cases";

type Json = { regions: { code: string; amounts: Record<string, number> }[]; totals: Record<string, number>; warnings: string[] };

describe("the catalogue of bad input (command line, --write)", () => {
  let baseline: Json;
  beforeAll(async () => {
    baseline = JSON.parse((await runCli("compute", "--lang", "en", EXAMPLE, "--round", "at-2024", "--json")).stdout);
  });

  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => [c.name, c]))("%s", async (_, c) => {
    const file = await variant(c.edit);
    const before = readFileSync(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--write");
    const outcome = c.outcome;
    if ("error" in outcome) {
      const address = outcome.cell.startsWith("'") ? outcome.cell : `'Fördelning 2024'!${outcome.cell}`;
      expect(run.code).toBe(1);
      const line = run.stderr.split("\n").find((l) => l.includes(address) && l.includes(outcome.error));
      expect({ line, stderr: run.stderr }).toEqual({ line: expect.any(String), stderr: run.stderr });
      expect(run.stderr).toMatch(/nothing was written/i);
      expect(readFileSync(file).equals(before)).toBe(true);
      // A copy is not made either, and --json names the same cell.
      const out = path.join(tempDir(), "never.xlsx");
      expect((await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--out", out)).code).toBe(1);
      expect(existsSync(out)).toBe(false);
      const json = JSON.parse((await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--json")).stdout) as { errors?: { address?: string }[] };
      if (!outcome.onWrite) expect(json.errors!.map((e) => e.address)).toContain(address);
      return;
    }
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json: Json = JSON.parse((await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--json")).stdout);
    expect(json.totals.total).toBe(223000000);
    if (outcome.warning) expect(json.warnings.join("\n")).toContain(outcome.warning);
    const check = outcome.check;
    if (check) {
      const got = json.regions.find((r) => r.code === check.region)!.amounts[check.block];
      const want = check.equals === "baseline" ? baseline.regions.find((r) => r.code === check.region)!.amounts[check.block] : check.equals;
      expect(got).toBe(want);
    }
  });
});
