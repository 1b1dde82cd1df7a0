import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { computeRound } from "../../src/engine/computeRound";
import { Rational } from "../../src/engine/rational";
import { compileRound } from "../../src/rounds/roundFile";
import { readCsv } from "../helpers/csv";
import { referenceLargestRemainder } from "../helpers/referenceRounding";
import { runCli } from "../helpers/workbooks";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const FILE = path.join(EXAMPLES, "tillganglighet-2025.json");
const regions = readCsv("regions.csv");

/** Populations as the bundled beds workbook holds them, read with exceljs and matched by official name: not by Fördela. */
async function populationsOf(file: string, sheet: string): Promise<Map<string, bigint>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLES, file));
  const out = new Map<string, bigint>();
  wb.getWorksheet(sheet)!.eachRow((row) => {
    const region = regions.find((r) => r.official_name === row.getCell(1).value);
    if (region) out.set(region.code, BigInt(row.getCell(2).value as number));
  });
  return out;
}

/**
 * Tillgänglighet och vårdkapacitet 2025: 5 886 500 000 kr; each region a fixed
 * 100 000 000 kr, and the rest, 5 886 500 000 − 21 × 100 000 000 = 3 786 500 000 kr,
 * by population: pot × population / Σ population exactly, then whole kronor by
 * largest remainder with ties in region-code order (the reference below, in BigInt).
 */
function expected(pops: Map<string, bigint>): Map<string, bigint> {
  const codes = [...pops.keys()].sort();
  const total = codes.reduce((s, c) => s + pops.get(c)!, 0n);
  const shares = codes.map((c) => [3_786_500_000n * pops.get(c)!, total] as const);
  const whole = referenceLargestRemainder(3_786_500_000n, shares, codes.map(Number));
  return new Map(codes.map((c, i) => [c, 100_000_000n + whole[i]]));
}

describe("tillgänglighet och vårdkapacitet 2025 (examples/tillganglighet-2025.json)", () => {
  const round = compileRound(JSON.parse(readFileSync(FILE, "utf8")));

  it("takes the rest of the round's pot for the population block", () => {
    expect(round.blocks.map((b) => [b.id, b.pot.toString()])).toEqual([
      ["fixed", "2100000000"],
      ["byPopulation", "3786500000"],
    ]);
  });

  it("on the bundled beds workbook's populations: each region 100 000 000 kr plus its population share of 3 786 500 000 kr, exact to the krona", async () => {
    const pops = await populationsOf("beds-2024-exempel.xlsx", "Vårdplatser 2024");
    expect(pops.size).toBe(21);
    const want = expected(pops);
    const res = computeRound(round, [...pops].map(([code, p]) => ({ code, name: code, applied: true, population: new Rational(p), count: null, planned: null })));
    for (const r of res.regions) {
      expect(BigInt(r.total.toString())).toBe(want.get(r.code));
      expect(r.amounts.fixed.toString()).toBe("100000000");
    }
    expect(res.totals.total.toString()).toBe("5886500000");
    // Stockholm by hand: 3 786 500 000 × 2 455 914 / 10 557 682 = 880 810 613.64 (Python fractions): 880 810 614 with the krona of its large remainder.
    expect(res.regions.find((r) => r.code === "01")!.total.toString()).toBe("980810614");
    expect(res.regions.find((r) => r.code === "01")!.explanation[1].text.sv).toContain("Potten 3\u00a0786\u00a0500\u00a0000\u00a0kr är resten av omgångens 5\u00a0886\u00a0500\u00a0000\u00a0kr efter de andra blocken (2\u00a0100\u00a0000\u00a0000\u00a0kr).");
  });

  it("computes its example workbook, which holds the beds workbook's populations, from the command line", async () => {
    const pops = await populationsOf("tillganglighet-2025-exempel.xlsx", "Fördelning 2025");
    expect(pops).toEqual(await populationsOf("beds-2024-exempel.xlsx", "Vårdplatser 2024"));
    const run = await runCli("compute", path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx"), "--round-file", FILE, "--json");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { regions: { code: string; amounts: Record<string, number> }[]; warnings: unknown[] };
    const want = expected(pops);
    for (const r of out.regions) expect(BigInt(r.amounts.total)).toBe(want.get(r.code));
    expect(out.warnings).toEqual([]);
  });

  it("is not computed on the 2024 workbook itself: a 2025 round on a sheet of 2024 is refused", async () => {
    const run = await runCli("compute", path.join(EXAMPLES, "beds-2024-exempel.xlsx"), "--round-file", FILE);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("men omgången tillganglighet-2025 gäller 2025");
  });
});
