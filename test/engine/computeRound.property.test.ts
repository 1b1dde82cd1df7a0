import fc from "fast-check";
import { computeRound } from "../../src/engine/computeRound";
import { Decimal, sum } from "../../src/engine/decimal";
import type { RegionInput, RoundDef } from "../../src/engine/types";
import { REGIONS } from "../../src/workbook/regions";

const RUNS = { numRuns: 1000 };

const regionsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 21 })
  .chain((idx) =>
    fc.tuple(
      ...idx.map((i) =>
        fc.record({
          applied: fc.boolean(),
          population: fc.integer({ min: 1000, max: 3000000 }),
          count: fc.integer({ min: 0, max: 400 }),
          planned: fc.integer({ min: 0, max: 800 }).map((h) => h / 2),
        }).map((r): RegionInput => ({
          code: REGIONS[i].code,
          name: REGIONS[i].name,
          applied: r.applied,
          population: new Decimal(r.population),
          count: new Decimal(r.count),
          planned: new Decimal(r.planned),
        })),
      ),
    ),
  );

const roundArb = fc
  .record({
    pot1: fc.integer({ min: 1, max: 1_000_000_000 }),
    pot2: fc.integer({ min: 1, max: 1_000_000_000 }),
    thresholds: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }),
    amounts: fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ pot1, pot2, thresholds, amounts }): RoundDef => {
    const t = [...thresholds].sort((a, b) => a - b);
    const a = [...amounts].sort((x, y) => x - y);
    return {
      id: "prop",
      title: "property round",
      blocks: [
        { kind: "proportional", id: "block1", title: "b1", pot: new Decimal(pot1), weight: "countPer100k" },
        {
          kind: "ladder", id: "block2", title: "b2", pot: new Decimal(pot2), measure: "increase", overflow: "scale",
          steps: t.map((th, i) => ({ threshold: new Decimal(th), amount: new Decimal(a[i]) })),
          remainder: { kind: "proportional", weight: "countPer100k" },
        },
      ],
    };
  });

describe("computeRound laws", () => {
  it("every block sums exactly to what it allocates, and allocated + unallocated is the pot", () => {
    fc.assert(
      fc.property(roundArb, regionsArb, (round, regions) => {
        const res = computeRound(round, regions);
        for (const b of res.blocks) {
          const paid = sum(res.regions.map((r) => r.amounts[b.id]));
          if (!paid.eq(b.allocated) || !b.allocated.plus(b.unallocated).eq(b.pot)) return false;
          if (b.unallocated.isNegative()) return false;
        }
        // Block 1 leaves nothing when some applicant has a positive count.
        const anyWeight = regions.some((r) => r.applied && r.count!.gt(0));
        return !anyWeight || res.blocks[0].unallocated.isZero();
      }),
      RUNS,
    );
  });

  it("no amount is negative, and each is within 1 kr of its exact value", () => {
    fc.assert(
      fc.property(roundArb, regionsArb, (round, regions) =>
        computeRound(round, regions).regions.every((r) =>
          r.explanation.every((e) => !e.amount.isNegative() && e.amount.minus(new Decimal(e.exact)).abs().lt(1)),
        ),
      ),
      RUNS,
    );
  });

  it("reordering the rows changes no amount", () => {
    fc.assert(
      fc.property(roundArb, regionsArb, fc.integer(), (round, regions, seed) => {
        const shuffled = [...regions].sort((a, b) => ((Number(a.code) * 7919 + seed) % 101) - ((Number(b.code) * 7919 + seed) % 101));
        const byCode = (res: ReturnType<typeof computeRound>) =>
          Object.fromEntries(res.regions.map((r) => [r.code, Object.values(r.amounts).map(String).join(",")]));
        expect(byCode(computeRound(round, shuffled))).toEqual(byCode(computeRound(round, regions)));
      }),
      RUNS,
    );
  });

  it("raising one region's count never lowers its ladder step", () => {
    fc.assert(
      fc.property(roundArb, regionsArb, fc.nat(), fc.integer({ min: 1, max: 50 }), (round, regions, pick, more) => {
        const i = pick % regions.length;
        const raised = regions.map((r, k) => (k === i ? { ...r, count: r.count!.plus(more) } : r));
        const stepOf = (rs: RegionInput[]) => computeRound(round, rs).regions[i].explanation.find((e) => e.block === "block2")?.step?.step ?? 0;
        return stepOf(raised) >= stepOf(regions);
      }),
      RUNS,
    );
  });

  it("a region that did not apply gets zero in every block", () => {
    fc.assert(
      fc.property(roundArb, regionsArb, (round, regions) =>
        computeRound(round, regions).regions.every((r) => r.applied || (r.total.isZero() && Object.values(r.amounts).every((a) => a.isZero()))),
      ),
      RUNS,
    );
  });
});
