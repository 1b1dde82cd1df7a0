import { computeRound } from "../../src/engine/computeRound";
import { Rational } from "../../src/engine/rational";
import { compileRound } from "../../src/rounds/roundFile";
import { preset, presetFiles } from "../../src/rounds/presets";
import { readCsv } from "../helpers/csv";
import { amounts, region, type R } from "./helpers";

const round = preset("beds-2024")!;
const MONTHS = ["02", "03", "04", "05", "06", "07", "08", "09", "10"];

/** The same value in every month of 2024, and of 2023 where given. */
function flat(v2024: number | null, v2023: number | null = v2024): Record<string, number | null> {
  return Object.fromEntries(MONTHS.flatMap((m) => [[`2024-${m}`, v2024], [`2023-${m}`, v2023]]));
}

/**
 * Six regions of 1 000 000 inhabitants each. Monthly pot per measure: 620 000 000 / 9 =
 * 68 888 888.89; each region's reserved part: a sixth, 11 481 481.48 a month, 103 333 333.33 over 9 months.
 * Overcrowding: 01–05 are the five lowest every month; 06 (6.0, from 7.0 in 2023) improved: all earn all.
 * Outplacement: 01 reports nothing; 03–07 are the five lowest of the five that report: they earn, 01 does not.
 */
const six: R[] = [
  { code: "01", population: 1000000, monthly: { overcrowding: flat(1), outplacement: flat(null) } },
  { code: "03", population: 1000000, monthly: { overcrowding: flat(2), outplacement: flat(1) } },
  { code: "04", population: 1000000, monthly: { overcrowding: flat(3), outplacement: flat(2) } },
  { code: "05", population: 1000000, monthly: { overcrowding: flat(4), outplacement: flat(3) } },
  { code: "06", population: 1000000, monthly: { overcrowding: flat(5), outplacement: flat(4) } },
  { code: "07", population: 1000000, monthly: { overcrowding: flat(6, 7), outplacement: flat(5) } },
];

describe("hospital beds 2024, hand-computed", () => {
  const got = amounts(round, six);

  it("base: 750 000 000 by population, 125 000 000 each", () => {
    expect(Object.values(got).map((g) => g.base)).toEqual(Array(6).fill(125000000));
  });

  it("overcrowding: all earn every month; 620 000 000 in sixths, 2 leftover kronor to 01 and 03", () => {
    // 103 333 333.33 × 6: floors 619 999 998, the tie rule gives the 2 kr to the first two codes.
    expect(Object.values(got).map((g) => g.overcrowding)).toEqual([103333334, 103333334, 103333333, 103333333, 103333333, 103333333]);
  });

  it("outplacement: 01 earns nothing; the other five 103 333 333.33 each", () => {
    // Block total 516 666 666.67 rounds up to 516 666 667 (largest fraction of the three block totals);
    // floors 516 666 665, 2 kr by the tie rule to 03 and 04.
    expect(Object.values(got).map((g) => g.outplacement)).toEqual([0, 103333334, 103333334, 103333333, 103333333, 103333333]);
  });

  it("bonus: 01's unearned 103 333 333.33 paid by earned totals, 1/11 to 01 and 2/11 to each other", () => {
    // Earned: 01 103 333 333.33, the others 206 666 666.67 each: 1 136 666 666.67 in all.
    // 01: 9 393 939.39; others 18 787 878.79. Block total rounds to 103 333 333; floors 103 333 329;
    // the 4 kr go to the largest fractions (.79, tied) by code: 03, 04, 05, 06.
    expect(Object.values(got).map((g) => g.bonus)).toEqual([9393939, 18787879, 18787879, 18787879, 18787879, 18787878]);
  });

  it("the performance parts sum to 1 240 000 000 and the round to 1 990 000 000", () => {
    const sum = (k: string) => Object.values(got).reduce((s, g) => s + g[k], 0);
    expect(sum("overcrowding") + sum("outplacement") + sum("bonus")).toBe(1240000000);
    expect(sum("total")).toBe(1990000000);
  });

  it("the improvement is relative by default; 0.5 percentage points is the parameter's other reading", () => {
    // 07's overcrowding 6.0 against 6.4: relative 6.0 ≤ 6.4 × 0.995 = 6.368 earns; points 6.0 ≤ 5.9 does not,
    // and 07 is sixth lowest, so under points it earns nothing for overcrowding.
    const close = six.map((r) => (r.code === "07" ? { ...r, monthly: { ...r.monthly!, overcrowding: flat(6, 6.4) } } : r));
    expect(amounts(round, close)["07"].overcrowding).toBe(103333333);
    const file = structuredClone(presetFiles["beds-2024"]) as { blocks: { improvement?: { reading: string } }[] };
    file.blocks[1].improvement!.reading = "points";
    const points = compileRound(file);
    expect(amounts(points, close)["07"].overcrowding).toBe(0);
    const text = computeRound(points, close.map((r) => region(r))).regions[5].explanation.find((e) => e.block === "overcrowding")!.text.en;
    expect(text).toContain("0.5 percentage points");
  });

  it("a tie at fifth place brings every tied region in", () => {
    // 06 and 07 both at 5.0 in overcrowding, neither improved: both are fifth.
    const tie = six.map((r) => (r.code === "07" ? { ...r, monthly: { ...r.monthly!, overcrowding: flat(5) } } : r));
    const res = computeRound(round, tie.map((r) => region(r)));
    const e = res.regions[5].explanation.find((x) => x.block === "overcrowding")!;
    expect(e.months!.every((m) => m.earned === "lowest")).toBe(true);
    expect(e.text.en).toContain("Where several regions share the place at the cut-off, all count among the lowest");
  });
});

describe("the 750 000 000 kr base for all 21 regions (population 1 November 2023)", () => {
  const rows = readCsv("population-2023-11-01.csv");
  const res = computeRound(round, rows.map((r) => region({ code: r.code, population: Number(r.population), monthly: {} })));

  it("sums exactly to 750 000 000", () => {
    expect(res.totals.base.toString()).toBe("750000000");
  });

  it("gives each region its exact share rounded by the largest-remainder rule (checked with BigInt)", () => {
    // An independent exact computation: share = 750 000 000 × pop / total as integer quotient and remainder.
    const pops = rows.map((r) => BigInt(r.population));
    const total = pops.reduce((a, b) => a + b, 0n);
    const num = pops.map((p) => 750000000n * p);
    const floors = num.map((n) => n / total);
    const rems = num.map((n) => n % total);
    let left = 750000000n - floors.reduce((a, b) => a + b, 0n);
    const order = rems.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
    const expected = floors.slice();
    for (const { i } of order) if (left > 0n) (expected[i] += 1n), left--;
    expect(res.regions.map((r) => r.amounts.base.toString())).toEqual(expected.map(String));
    expect(res.regions.every((r, i) => r.amounts.base.minus(Rational.from(String(floors[i]))).abs().lte(1))).toBe(true);
  });
});
