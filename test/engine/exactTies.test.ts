import { readFileSync } from "node:fs";
import fc from "fast-check";
import { previewRound } from "../../src/app/roundFlow";
import { computeRound } from "../../src/engine/computeRound";
import { Rational } from "../../src/engine/rational";
import { WhatIfModel } from "../../src/engine/whatIfModel";
import type { LadderBlockDef, RegionInput, RoundDef } from "../../src/engine/types";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { preset } from "../../src/rounds/presets";
import presetAt2024 from "../../src/rounds/presets/at-2024.json";
import { REGIONS } from "../../src/workbook/values/regions";
import { referenceLargestRemainder } from "../helpers/referenceRounding";
import { EXAMPLE } from "../helpers/workbooks";
import { referenceRound, type RefBlock, type RefRegion } from "./referenceRound";

/** The regions of the bundled 2024 workbook as plain BigInts: the inputs, read by Fördela, not its outcome. */
async function bundledRegions(): Promise<RegionInput[]> {
  const p = await previewRound(new XlsxPort(readFileSync(EXAMPLE)), { source: { preset: "at-2024" }, date: "", version: "" });
  if (!p.ok) throw new Error("the bundled workbook does not read");
  return p.regions.map((r) => r.input);
}

describe("a tie of exact fractions goes by region code: block 2 of 2024 with its pot at 100 000 016 kr", () => {
  it("gives the leftover krona to Stockholm (01), not Gävleborg (21), both at 7/17", async () => {
    const regions = await bundledRegions();
    const def = preset("at-2024") as RoundDef;
    const ladder = def.blocks[1] as LadderBlockDef;
    const pot = 100000016n;
    const round: RoundDef = { ...def, blocks: [def.blocks[0], { ...ladder, pot: Rational.from(pot) }] };

    // Worked out here from the decision's ladder: each region's step, their cost, the scaled fractions.
    const steps = presetAt2024.blocks[1].steps!.map((s) => [BigInt(s.threshold), BigInt(s.amount)] as const);
    const amountOf = (r: RegionInput): bigint => {
      if (!r.applied || r.count === null || r.planned === null) return 0n;
      // count − planned ≥ threshold, over the common denominator (a plan may be a range's midpoint, 45.5).
      const reaches = (t: bigint) => r.count!.n * r.planned!.d - r.planned!.n * r.count!.d >= t * r.count!.d * r.planned!.d;
      return steps.filter(([t]) => reaches(t)).reduce((a, [, amount]) => (amount > a ? amount : a), 0n);
    };
    const amounts = regions.map(amountOf);
    const cost = amounts.reduce((a, b) => a + b, 0n);
    expect(cost).toBe(102000000n);
    const shares = amounts.map((a) => [a * pot, cost] as const);
    // Both fractional parts are exactly 7/17: (amount × pot mod cost) / cost.
    const fraction17 = (code: string) => ((shares[regions.findIndex((r) => r.code === code)][0] % cost) * 17n) / cost;
    expect([fraction17("01"), fraction17("21")]).toEqual([7n, 7n]);
    for (const code of ["01", "21"]) expect(((shares[regions.findIndex((r) => r.code === code)][0] % cost) * 17n) % cost).toBe(0n);
    const ranks = regions.map((r) => Number(r.code));
    const expected = referenceLargestRemainder(pot, shares, ranks);

    const got = computeRound(round, regions);
    expect(got.regions.map((r) => r.amounts.block2.toString())).toEqual(expected.map(String));
    const at = (code: string) => got.regions.find((r) => r.code === code)!.amounts.block2;
    const floorOf = (code: string) => shares[regions.findIndex((r) => r.code === code)][0] / cost;
    expect(at("01").toString()).toBe(String(floorOf("01") + 1n));
    expect(at("21").toString()).toBe(String(floorOf("21")));
  });
});

/**
 * Rounds built to tie: few distinct populations and counts (equal weights), a
 * pot a few kronor off a multiple of the weights' sum (equal fractional parts
 * under different integer parts), ladders whose steps cost a little more than
 * the pot (scaled, every fraction a multiple of one small denominator).
 */
const tieRound = fc.record({
  pops: fc.array(fc.constantFrom(100000n, 250000n, 400000n, 1000000n), { minLength: 21, maxLength: 21 }),
  counts: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 21, maxLength: 21 }),
  planned: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 21, maxLength: 21 }),
  applied: fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }).map((a) => a.map((x, i) => x || i < 3)),
  weight: fc.constantFrom("population", "count", "equal", "countPer100k") as fc.Arbitrary<"population" | "count" | "equal" | "countPer100k">,
  potOffset: fc.integer({ min: -20, max: 20 }),
  potMultiple: fc.integer({ min: 1, max: 50 }),
  base: fc.constantFrom(500000n, 1500000n, 3n),
  under: fc.integer({ min: 1, max: 40 }),
  remainder: fc.constantFrom("population", "countPer100k", "none") as fc.Arbitrary<"population" | "countPer100k" | "none">,
});

describe("every round built to tie equals an independent exact computation", () => {
  it("1 500 rounds: equal fractions under different integer parts, scaled ladders, equal weights; ties by region code", () => {
    let tiedAtCut = 0;
    fc.assert(
      fc.property(tieRound, (t) => {
        const refRegions: RefRegion[] = REGIONS.slice(0, 21).map((r, i) => ({ code: r.code, population: t.pops[i], count: BigInt(t.counts[i]), planned: BigInt(t.planned[i]), applied: t.applied[i] }));
        const weightSum = refRegions.reduce((a, r) => a + (r.applied ? (t.weight === "population" ? r.population : t.weight === "count" ? r.count : 1n) : 0n), 0n);
        const pot1 = weightSum * BigInt(t.potMultiple) * 1000n + BigInt(t.potOffset) + 1000000n;
        const stepAmounts = [1n, 2n, 3n, 5n, 7n].map((m) => m * t.base);
        const steps = [1n, 3n, 5n, 8n, 12n].map((threshold, j) => ({ threshold, amount: stepAmounts[j] }));
        const reachedCost = refRegions.reduce((a, r) => a + (r.applied ? steps.filter((s) => r.count - r.planned >= s.threshold).at(-1)?.amount ?? 0n : 0n), 0n);
        const pot2 = reachedCost > BigInt(t.under) ? reachedCost - BigInt(t.under) : reachedCost + 10n ** 6n;
        const blocks: RefBlock[] = [
          { kind: "proportional", id: "b1", pot: pot1, weight: t.weight },
          { kind: "ladder", id: "b2", pot: pot2, steps, remainder: t.remainder },
        ];
        const expected = referenceRound(blocks, refRegions);
        tiedAtCut += expected.tied ? 1 : 0;

        const round: RoundDef = {
          id: "ties",
          title: "ties",
          blocks: [
            { kind: "proportional", id: "b1", title: "b1", pot: new Rational(pot1), among: ["applied"], weight: t.weight },
            {
              kind: "ladder",
              id: "b2",
              title: "b2",
              pot: new Rational(pot2),
              among: ["applied"],
              measure: "increase",
              steps: steps.map((s) => ({ threshold: new Rational(s.threshold), amount: new Rational(s.amount) })),
              remainder: t.remainder === "none" ? { kind: "none" } : { kind: "proportional", weight: t.remainder },
              overflow: "scale",
            },
          ],
        };
        const inputs: RegionInput[] = refRegions.map((r) => ({ code: r.code, name: r.code, applied: r.applied, population: new Rational(r.population), count: new Rational(r.count), planned: new Rational(r.planned) }));
        const got = computeRound(round, inputs);
        for (const id of ["b1", "b2"]) expect(got.regions.map((r) => r.amounts[id].toString())).toEqual(expected.amounts[id].map(String));
        // A what-if on the same tied round: one count one higher, answered as the full round answers it.
        const who = inputs[t.potMultiple % 21];
        const more = who.count!.plus(1);
        const whatIfTotal = new WhatIfModel(round, inputs).totalWith(who.code, more);
        expect(whatIfTotal.toString()).toBe(computeRound(round, inputs.map((r) => (r === who ? { ...r, count: more, applied: true } : r))).regions[t.potMultiple % 21].total.toString());
      }),
      { numRuns: 1500 },
    );
    // The generator does what it says: most rounds have an exact tie at some block's cut-off.
    expect(tiedAtCut).toBeGreaterThan(500);
  });
});
