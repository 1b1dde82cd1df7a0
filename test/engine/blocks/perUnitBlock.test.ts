import { perUnitBlock } from "../../../src/engine/blocks/perUnitBlock";
import type { Leftover, PerUnitBlockDef } from "../../../src/engine/types";
import { base, col, d, exact, reg } from "./helpers";

const block = (pot: number, over: Partial<PerUnitBlockDef> = {}): PerUnitBlockDef => ({ ...base, id: "knee", kind: "perUnit", pot: d(pot), price: d(1000), units: col("now"), baseline: col("before"), leftover: { kind: "unallocated" }, ...over });

describe("perUnitBlock", () => {
  // Above last year: A 120 − 100 = 20, B 45 − 50 → 0 (never below zero), C 60 − 50 = 10.
  const regions = [reg(0, 1000, { now: 120, before: 100, need: 1 }), reg(1, 1000, { now: 45, before: 50, need: 1 }), reg(2, 1000, { now: 60, before: 50, need: 2 })];

  it("pays the price for each unit above the baseline, and reports what the claims leave", () => {
    // 20 × 1 000 = 20 000, 0, 10 × 1 000 = 10 000 of a pot of 50 000: 20 000 unallocated.
    const b = perUnitBlock(block(50000), regions);
    expect(exact(b, 3)).toEqual(["20000", "0", "10000"]);
    expect(b.allocated.toString()).toBe("30000");
    expect(b.warnings.map((w) => w.code)).toEqual(["engine.left"]);
    expect(b.explain(0).text.sv).toBe("Now 120 mot 100 (before): 20 över basnivån × 1\u00a0000\u00a0kr = 20\u00a0000\u00a0kr.");
  });

  it("scales the claims down in proportion when they exceed the pot", () => {
    // Claims 30 000 of a pot of 12 000: each × 0.4 → 8 000 and 4 000.
    const b = perUnitBlock(block(12000), regions);
    expect(exact(b, 3)).toEqual(["8000", "0", "4000"]);
    expect(b.warnings.map((w) => w.code)).toEqual(["engine.claimsScaled"]);
    expect(b.explain(2).text.en).toContain("scaled by 0.4 as the claims (SEK\u00a030,000) exceed the pot: SEK\u00a04,000");
  });

  it("holds each claim to its cap, a share of the pot by a weight", () => {
    // Caps: 30 000 × need 1/4 = 7 500 for A, 15 000 for C. A claims 20 000 → 7 500; C 10 000. 12 500 is left.
    const b = perUnitBlock(block(30000, { cap: { kind: "share", weight: col("need"), factor: d(1) } }), regions);
    expect(exact(b, 3)).toEqual(["7500", "0", "10000"]);
    expect(b.explain(0).text.sv).toContain("taket 7\u00a0500\u00a0kr (potten efter need) nås");
  });

  it("gives what is not claimed to the N regions first by a measure, by a weight", () => {
    // As above, 12 500 left; the 2 highest by "now" are A (120) and C (60), by need 1 : 2 → 4 166⅔ and 8 333⅓.
    const leftover: Leftover = { kind: "top", top: { n: 2, by: col("now"), order: "highest", ties: "includeAll", weight: col("need") } };
    const b = perUnitBlock(block(30000, { cap: { kind: "share", weight: col("need"), factor: d(1) }, leftover }), regions);
    expect(b.shares.exact(0).mul(3).toString()).toBe(String(3 * 7500 + 12500));
    expect(b.shares.exact(2).mul(3).toString()).toBe(String(3 * 10000 + 25000));
    expect(b.allocated.toString()).toBe("30000");
    expect(b.explain(0).text.en).toContain("Plus, as one of the 2 regions with the highest now, 33.3333% by need of what was not claimed (SEK\u00a012,500)");
  });

  it("counts every unit when there is no baseline", () => {
    const b = perUnitBlock(block(1000000, { baseline: undefined }), regions);
    expect(exact(b, 3)).toEqual(["120000", "45000", "60000"]);
  });
});
