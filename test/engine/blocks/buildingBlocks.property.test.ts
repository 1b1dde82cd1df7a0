import fc from "fast-check";
import { cappedBlock } from "../../../src/engine/blocks/cappedBlock";
import { perUnitBlock } from "../../../src/engine/blocks/perUnitBlock";
import { topBlock } from "../../../src/engine/blocks/topBlock";
import { boundsOf } from "../../../src/engine/bounds";
import { computeRound } from "../../../src/engine/computeRound";
import { Rational, sum } from "../../../src/engine/rational";
import type { BlockDef, Bound, ExactBlock, Group, Leftover, RegionInput, RoundDef, Weight } from "../../../src/engine/types";
import { REGIONS } from "../../../src/workbook/values/regions";
import { col, d } from "./helpers";

const RUNS = { numRuns: 300 };

/** Regions of a random subset of the 21, with a population and three declared columns. */
const regionsArb = fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 21 }).chain((idx) =>
  fc.tuple(
    ...idx.sort((a, b) => a - b).map((i) =>
      fc
        .record({ applied: fc.boolean(), population: fc.integer({ min: 10000, max: 2500000 }), now: fc.integer({ min: 0, max: 5000 }), before: fc.integer({ min: 0, max: 5000 }), need: fc.integer({ min: 0, max: 3000 }) })
        .map((r): RegionInput => ({ code: REGIONS[i].code, name: REGIONS[i].name, applied: r.applied, population: d(r.population), count: null, planned: null, values: { now: d(r.now), before: d(r.before), need: d(r.need) } })),
    ),
  ),
);

const weightArb: fc.Arbitrary<Weight> = fc.constantFrom<Weight>("population", "equal", col("need"), col("now", true));
const boundArb: fc.Arbitrary<Bound> = fc.oneof(
  fc.integer({ min: 0, max: 300_000_000 }).map((a): Bound => ({ kind: "amount", amount: d(a) })),
  fc.tuple(weightArb, fc.integer({ min: 1, max: 30 })).map(([w, f]): Bound => ({ kind: "share", weight: w, factor: d(f).div(10) })),
  fc.constant<Bound>({ kind: "column", column: col("need") }),
);
const topArb = fc.record({ n: fc.integer({ min: 1, max: 8 }), by: weightArb, order: fc.constantFrom<"highest" | "lowest">("highest", "lowest"), ties: fc.constantFrom<"includeAll" | "rankOrder">("includeAll", "rankOrder"), weight: weightArb });
const leftoverArb: fc.Arbitrary<Leftover> = fc.oneof(fc.constant<Leftover>({ kind: "unallocated" }), fc.constant<Leftover>({ kind: "next" }), topArb.map((top): Leftover => ({ kind: "top", top })), weightArb.map((weight): Leftover => ({ kind: "proportional", weight })));
const pot = fc.integer({ min: 1, max: 1_000_000_000 }).map((p) => d(p));
const base = { title: "B", among: ["applied" as const] };

const blockArb: fc.Arbitrary<BlockDef> = fc.oneof(
  fc.record({ pot, amount: fc.integer({ min: 1, max: 40_000_000 }), group: fc.constantFrom<Group>({ kind: "all" }, { kind: "applied" }, { kind: "codes", codes: ["01", "12", "25"] }), leftover: leftoverArb }).map(
    (b): BlockDef => ({ ...base, id: "x", kind: "fixed", amount: d(b.amount), group: b.group, leftover: b.leftover, pot: d(b.amount).mul(b.group.kind === "codes" ? 3 : 21) }),
  ),
  fc.record({ pot, weight: weightArb, cap: fc.option(boundArb, { nil: undefined }), floor: fc.option(boundArb, { nil: undefined }), leftover: leftoverArb }).map((b): BlockDef => ({ ...base, id: "x", kind: "proportional", ...b })),
  fc.record({ pot, top: topArb }).map((b): BlockDef => ({ ...base, id: "x", kind: "top", ...b })),
  fc.record({ pot, price: fc.integer({ min: 1, max: 500_000 }), cap: fc.option(boundArb, { nil: undefined }), leftover: leftoverArb, baseline: fc.boolean() }).map(
    (b): BlockDef => ({ ...base, id: "x", kind: "perUnit", pot: b.pot, price: d(b.price), units: col("now"), ...(b.baseline ? { baseline: col("before") } : {}), ...(b.cap ? { cap: b.cap } : {}), leftover: b.leftover }),
  ),
);

/** The block, then one that takes what it passes on. */
const roundOf = (block: BlockDef): RoundDef => ({ id: "p", title: "P", blocks: [block, { ...base, id: "after", kind: "proportional", pot: d(1000), weight: "equal" }] });

describe("the building blocks' laws", () => {
  it("every block sums to its pot in whole kronor, or reports what it leaves and where it goes", () => {
    fc.assert(
      fc.property(regionsArb, blockArb, (regions, block) => {
        const res = computeRound(roundOf(block), regions);
        const x = res.blocks[0];
        const paid = sum(res.regions.map((r) => r.amounts.x));
        expect(paid.eq(x.allocated)).toBe(true);
        expect(x.allocated.plus(x.unallocated).plus(x.passedOn ?? 0).eq(x.pot)).toBe(true);
        expect(x.unallocated.isNegative() || (x.passedOn?.isNegative() ?? false)).toBe(false);
        // What is passed on arrives in the next block's pot.
        expect(res.blocks[1].pot.eq(d(1000).plus(x.passedOn ?? 0))).toBe(true);
        expect(res.regions.every((r) => r.applied || block.kind === "fixed" || r.amounts.x.isZero())).toBe(true);
      }),
      RUNS,
    );
  });

  it("never pays a region above its cap, exactly or in whole kronor, where nothing is shared again on top", () => {
    const capped = fc.oneof(
      fc.record({ pot, weight: weightArb, cap: boundArb, floor: fc.option(boundArb, { nil: undefined }) }).map((b): BlockDef => ({ ...base, id: "x", kind: "proportional", ...b, leftover: { kind: "unallocated" } })),
      fc.record({ pot, price: fc.integer({ min: 1, max: 500_000 }), cap: boundArb }).map((b): BlockDef => ({ ...base, id: "x", kind: "perUnit", pot: b.pot, price: d(b.price), units: col("now"), cap: b.cap, leftover: { kind: "next" } })),
    );
    fc.assert(
      fc.property(regionsArb, capped, (regions, block) => {
        if (block.kind !== "proportional" && block.kind !== "perUnit") return;
        const inside = regions.map((r) => r.applied);
        const caps = boundsOf(block.cap, block.pot, regions, inside);
        const floors = block.kind === "proportional" ? boundsOf(block.floor, block.pot, regions, inside, "floor") : regions.map(() => null);
        const part = block.kind === "proportional" ? cappedBlock(block, regions) : perUnitBlock(block, regions);
        const res = computeRound(roundOf(block), regions);
        regions.forEach((_, i) => {
          const cap = caps[i];
          if (cap === null) return;
          // A floor above the cap is the cap.
          expect(part.shares.exact(i).lte(cap)).toBe(true);
          expect(res.regions[i].amounts.x.lte(cap)).toBe(true);
          const floor = floors[i];
          if (floor && !part.warnings.some((w) => w.code === "engine.floorsScaled")) expect(res.regions[i].amounts.x.gte(floor.lt(cap) ? floor : cap)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("never lowers a region's amount when its measure rises", () => {
    const exactOf = (b: ExactBlock, i: number) => b.shares.exact(i);
    const raise = (regions: RegionInput[], i: number, column: string, by: number) => regions.map((r, k) => (k === i ? { ...r, values: { ...r.values, [column]: (r.values![column] as Rational).plus(by) } } : r));
    const cases = fc.oneof(
      fc.record({ pot, price: fc.integer({ min: 1, max: 500_000 }), cap: fc.option(boundArb, { nil: undefined }), leftover: fc.constantFrom<Leftover>({ kind: "unallocated" }, { kind: "next" }), top: topArb }).map((b) => ({
        column: "now",
        make: (regions: RegionInput[]) => perUnitBlock({ ...base, id: "x", kind: "perUnit", pot: b.pot, price: d(b.price), units: col("now"), baseline: col("before"), ...(b.cap ? { cap: b.cap } : {}), leftover: b.leftover }, regions),
        makeTop: (regions: RegionInput[]) => perUnitBlock({ ...base, id: "x", kind: "perUnit", pot: b.pot, price: d(b.price), units: col("now"), leftover: { kind: "top", top: { ...b.top, by: col("now", true), order: "highest" } } }, regions),
      })),
      fc.record({ pot, top: topArb }).map((b) => ({
        column: "now",
        make: (regions: RegionInput[]) => topBlock({ ...base, id: "x", kind: "top", pot: b.pot, top: { ...b.top, by: col("now"), order: "highest" } }, regions),
        makeTop: (regions: RegionInput[]) => topBlock({ ...base, id: "x", kind: "top", pot: b.pot, top: { ...b.top, by: col("now", true), order: "highest", weight: col("now") } }, regions),
      })),
      fc.record({ pot, cap: fc.option(boundArb, { nil: undefined }), floor: fc.option(boundArb, { nil: undefined }) }).map((b) => ({
        column: "need",
        make: (regions: RegionInput[]) => cappedBlock({ ...base, id: "x", kind: "proportional", pot: b.pot, weight: col("need"), ...(b.cap ? { cap: b.cap } : { cap: { kind: "amount", amount: d(1e12) } }), ...(b.floor ? { floor: b.floor } : {}) }, regions),
        makeTop: (regions: RegionInput[]) => cappedBlock({ ...base, id: "x", kind: "proportional", pot: b.pot, weight: col("need"), cap: { kind: "share", weight: col("need"), factor: d(1.2) } }, regions),
      })),
    );
    fc.assert(
      fc.property(regionsArb, cases, fc.nat(), fc.integer({ min: 1, max: 2000 }), (regions, c, which, by) => {
        const i = which % regions.length;
        for (const make of [c.make, c.makeTop]) {
          const before = exactOf(make(regions), i);
          const after = exactOf(make(raise(regions, i, c.column, by)), i);
          expect(after.gte(before)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
