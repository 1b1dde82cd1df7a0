import fc from "fast-check";
import { computeRound } from "../../src/engine/computeRound";
import { Rational, ZERO, sum } from "../../src/engine/rational";
import type { MonthlySeries, RegionInput, RoundDef } from "../../src/engine/types";
import { render } from "../../src/messages/message";
import { RoundDefinitionError, compileRound, type RoundFile } from "../../src/rounds/roundFile";
import { sameMonthYearBefore } from "../../src/engine/months";
import { REGIONS, matchRegion } from "../../src/workbook/values/regions";
import { COLUMN_IDS, roundDefinition } from "./schemaArbitrary";

const regionOf = (t: string) => matchRegion(t)?.code ?? null;

/** Every region of Sweden with inputs for whatever the round reads. */
const regionsFor = (round: RoundDef) =>
  fc.array(
    fc.record({ applied: fc.boolean(), population: fc.integer({ min: 20_000, max: 2_500_000 }), count: fc.option(fc.integer({ min: 0, max: 300 })), planned: fc.integer({ min: 0, max: 300 }), flag: fc.boolean(), value: fc.integer({ min: 0, max: 5000 }), rate: fc.integer({ min: 0, max: 80 }) }),
    { minLength: 21, maxLength: 21 },
  ).map((rows) =>
    rows.map((r, i): RegionInput => {
      const months = round.blocks.flatMap((b) => (b.kind === "monthlyPerformance" ? b.months.flatMap((m) => [m, sameMonthYearBefore(m)]) : []));
      const measures = round.blocks.flatMap((b) => (b.kind === "monthlyPerformance" ? b.measures.map((m) => m.id) : []));
      const series = (k: number): MonthlySeries => Object.fromEntries(months.map((m, j) => [m, (r.rate + j * k) % 7 === 0 ? null : Rational.from((r.rate + j * k) % 60).div(10)]));
      // As the workbook reader hands them over: a region that applied has a count.
      const applied = r.applied || i === 0;
      return {
        code: REGIONS[i].code,
        name: REGIONS[i].name,
        applied,
        population: Rational.from(r.population),
        count: r.count === null && !applied ? null : Rational.from(r.count ?? r.planned),
        planned: Rational.from(r.planned),
        forecast: r.flag,
        goodLevel: round.goodLevel ? round.goodLevel.includes(REGIONS[i].code) : r.flag,
        monthly: Object.fromEntries(measures.map((m, k) => [m, series(k + 1)])),
        values: Object.fromEntries(COLUMN_IDS.map((c, k) => [c, Rational.from((r.value * (k + 1)) % 5001)])),
      };
    }),
  );

describe("random round files drawn from the schema", () => {
  it("are refused with a path for each problem, or computed with every block within its pot and the round paying its pot", () => {
    const seen = { refused: 0, computed: 0 };
    fc.assert(
      fc.property(roundDefinition, fc.integer(), (def, seed) => {
        let round: RoundDef;
        try {
          round = compileRound(def as RoundFile, { regionOf });
        } catch (e) {
          if (!(e instanceof RoundDefinitionError)) throw e;
          seen.refused++;
          for (const p of e.problems) {
            expect(p.path).toMatch(/^[\w$]/);
            for (const lang of ["sv", "en"] as const) expect(render(p.problem, lang)).not.toMatch(/\{\w+\}|undefined/);
          }
          expect(new Set(e.problems.map((p) => p.path)).size).toBe(e.problems.length); // each place said once
          return;
        }
        seen.computed++;
        const regions = fc.sample(regionsFor(round), { numRuns: 1, seed })[0];
        const result = computeRound(round, regions);
        const pot = round.pot ?? sum(round.blocks.map((b) => b.pot));
        let unallocated = ZERO;
        for (const b of result.blocks) {
          expect(b.allocated.lte(b.pot)).toBe(true);
          expect(result.totals[b.id].eq(b.allocated)).toBe(true);
          unallocated = unallocated.plus(b.unallocated);
        }
        expect(result.totals.total.lte(pot)).toBe(true);
        expect(result.totals.total.plus(unallocated).toString()).toBe(pot.toString());
        for (const r of result.regions) expect(r.total.isNegative()).toBe(false);
      }),
      // 600: random pots and rounding units refuse more now; the floors below must hold for any seed.
      { numRuns: 600 },
    );
    // Both ways out are reached.
    expect(seen.refused).toBeGreaterThan(40);
    expect(seen.computed).toBeGreaterThan(12);
  });
});
