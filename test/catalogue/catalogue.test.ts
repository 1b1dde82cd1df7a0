import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE, runCli, tempDir, variant } from "../helpers/workbooks";
import { CASES, type Case } from "./cases";
import { MESSY_CASES } from "./messyCases";

type Notice = { address: string | null; code: string; message: string };
type Json = { regions: { code: string; amounts: Record<string, number> }[]; totals: Record<string, number>; warnings: Notice[]; errors?: Notice[] };

const ALL: Case[] = [...CASES, ...MESSY_CASES];
const full = (cell: string) => (cell.includes("!") || cell.startsWith("'") ? cell : `'Fördelning 2024'!${cell}`);

async function json(file: string, lang: "sv" | "en"): Promise<Json> {
  return JSON.parse((await runCli("compute", file, "--round", "at-2024", "--json", "--lang", lang)).stdout);
}

describe("the catalogue of bad and messy input (command line, --write)", () => {
  let baseline: Json;
  beforeAll(async () => {
    baseline = await json(EXAMPLE, "en");
  });

  it("has a case for each kind, more than 70 in all", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(70);
    expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
  });

  it.each(ALL.map((c) => [c.name, c]))("%s", async (_, c) => {
    const file = await variant(c.edit);
    const before = readFileSync(file);
    const run = await runCli("compute", file, "--round", "at-2024", "--write", "--lang", "en");
    const outcome = c.outcome;
    if ("error" in outcome) {
      const address = full(outcome.cell);
      expect(run.code).toBe(1);
      const line = run.stderr.split("\n").find((l) => l.includes(`${address}:`) && l.includes(outcome.error));
      expect({ line, stderr: run.stderr }).toEqual({ line: expect.any(String), stderr: run.stderr });
      expect(run.stderr).toMatch(/nothing was written/i);
      expect(readFileSync(file).equals(before)).toBe(true);
      // A copy is not made either.
      const out = path.join(tempDir(), "never.xlsx");
      expect((await runCli("compute", file, "--round", "at-2024", "--out", out)).code).toBe(1);
      expect(existsSync(out)).toBe(false);
      if (outcome.onWrite) return;
      // The same error in Swedish (the default), from the same code, at the same cell.
      const [en, sv] = [await json(file, "en"), await json(file, "sv")];
      const enError = en.errors!.find((e) => e.address === address && e.message.includes(outcome.error))!;
      const svError = sv.errors!.find((e) => e.address === address && e.code === enError.code)!;
      expect(svError).toBeDefined();
      expect(svError.message).not.toMatch(/\{\w+\}/);
      if (outcome.sv) expect(svError.message).toContain(outcome.sv);
      // No command-line option is offered in Excel or on the page: that is checked where they render (test/ui).
      return;
    }
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [got, sv] = [await json(file, "en"), await json(file, "sv")];
    expect(got.totals.total).toBe(223000000);
    if (outcome.warning) {
      const w = got.warnings.find((x) => x.message.includes(outcome.warning!));
      expect({ warning: w?.message, all: got.warnings.map((x) => x.message) }).toEqual({ warning: expect.any(String), all: expect.anything() });
      if (outcome.cell) expect(w!.address).toBe(full(outcome.cell));
      if (outcome.warningSv) expect(sv.warnings.map((x) => x.message).join("\n")).toContain(outcome.warningSv);
    }
    const check = outcome.check;
    if (check === "all") {
      // Every region's every amount is the bundled workbook's: the published round.
      const amounts = (j: Json) => Object.fromEntries(j.regions.map((r) => [r.code, r.amounts]));
      expect(amounts(got)).toEqual(amounts(baseline));
    } else if (check) {
      const value = got.regions.find((r) => r.code === check.region)!.amounts[check.block];
      const want = check.equals === "baseline" ? baseline.regions.find((r) => r.code === check.region)!.amounts[check.block] : check.equals;
      expect(value).toBe(want);
    }
  });
});
