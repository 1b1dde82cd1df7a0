import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir, variant } from "../helpers/workbooks";
import type { Case } from "./cases";

type Notice = { address: string | null; code: string; message: string };
type Json = { regions: { code: string; amounts: Record<string, number> }[]; totals: Record<string, number>; warnings: Notice[]; errors?: Notice[] };

/**
 * The law for a refusal, shared by every catalogue: exit 1 with the address and
 * the message in English, "nothing was written", the workbook unchanged and no
 * copy made; the same code at the same address in Swedish, every placeholder
 * filled (unless the refusal only comes when writing), and the path said once.
 */
export async function expectRefused(c: { file: string; before: Buffer; args: string[]; address: string; error: string; sv?: string; onWrite?: boolean }): Promise<void> {
  const run = await runCli("compute", c.file, ...c.args, "--write", "--lang", "en");
  expect(run.code).toBe(1);
  const line = run.stderr.split("\n").find((l) => l.includes(`${c.address}: `) && l.includes(c.error));
  expect({ line, stderr: run.stderr }).toEqual({ line: expect.any(String), stderr: run.stderr });
  expect(run.stderr).not.toMatch(/(\S+): \1:/);
  expect(run.stderr).toMatch(/nothing was written/i);
  expect(readFileSync(c.file).equals(c.before)).toBe(true);
  const out = path.join(tempDir(), "never.xlsx");
  expect((await runCli("compute", c.file, ...c.args, "--out", out)).code).toBe(1);
  expect(existsSync(out)).toBe(false);
  if (c.onWrite) return;
  const json = async (lang: "sv" | "en"): Promise<Json> => JSON.parse((await runCli("compute", c.file, ...c.args, "--json", "--lang", lang)).stdout);
  const [en, sv] = [await json("en"), await json("sv")];
  const enError = en.errors!.find((e) => e.address === c.address && e.message.includes(c.error))!;
  const svError = sv.errors!.find((e) => e.address === c.address && e.code === enError.code)!;
  expect(svError).toBeDefined();
  expect(svError.message).not.toMatch(/\{\w+\}/);
  if (c.sv) expect(svError.message).toContain(c.sv);
}

/** One bundled example and how its round is named on the command line. */
export interface CatalogueSetup {
  /** The bundled workbook the cases edit. */
  example: string;
  /** The round's sheet: a case's `edit` gets it, and a bare cell address is on it. */
  sheet: string;
  /** How the round is chosen: `["--round", "at-2024"]`, `["--round-file", file]`, `["--round", "workbook"]`. */
  round: string[];
  /** The round's pot: a case that is read pays exactly this. */
  total: number;
}

/**
 * The catalogue law, for any round: each case is one edit of a bundled example.
 * Refused: exit 1, the cell and the message in English, the same code at the
 * same cell in Swedish, the file unchanged and no copy made. Read: exit 0, the
 * whole pot paid, the warning named where the case says, the amounts it names.
 */
export function describeCatalogue(title: string, setup: CatalogueSetup, cases: Case[]): void {
  const full = (cell: string) => (cell.includes("!") || cell.startsWith("'") ? cell : `'${setup.sheet}'!${cell}`);
  const json = async (file: string, lang: "sv" | "en"): Promise<Json> => JSON.parse((await runCli("compute", file, ...setup.round, "--json", "--lang", lang)).stdout);

  describe(title, () => {
    let baseline: Json;
    beforeAll(async () => {
      baseline = await json(setup.example, "en");
    });

    it("names each case once", () => expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length));

    it.each(cases.map((c) => [c.name, c]))("%s", async (_, c) => {
      const file = await variant(c.edit, "variant.xlsx", setup);
      const before = readFileSync(file);
      const outcome = c.outcome;
      if ("error" in outcome) {
        await expectRefused({ file, before, args: setup.round, address: full(outcome.cell), error: outcome.error, sv: outcome.sv, onWrite: outcome.onWrite });
        return;
      }
      const run = await runCli("compute", file, ...setup.round, "--write", "--lang", "en");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const [got, sv] = [await json(file, "en"), await json(file, "sv")];
      expect(got.totals.total).toBe(setup.total);
      if (outcome.warning) {
        const w = got.warnings.find((x) => x.message.includes(outcome.warning!));
        expect({ warning: w?.message, all: got.warnings.map((x) => x.message) }).toEqual({ warning: expect.any(String), all: expect.anything() });
        if (outcome.cell) expect(w!.address).toBe(full(outcome.cell));
        if (outcome.warningSv) expect(sv.warnings.map((x) => x.message).join("\n")).toContain(outcome.warningSv);
      }
      const check = outcome.check;
      if (check === "all") {
        // Every region's every amount is the bundled example's.
        const amounts = (j: Json) => Object.fromEntries(j.regions.map((r) => [r.code, r.amounts]));
        expect(amounts(got)).toEqual(amounts(baseline));
      } else if (check) {
        const value = got.regions.find((r) => r.code === check.region)!.amounts[check.block];
        const want = check.equals === "baseline" ? baseline.regions.find((r) => r.code === check.region)!.amounts[check.block] : check.equals;
        expect(value).toBe(want);
      }
    });
  });
}
