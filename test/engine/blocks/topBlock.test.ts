import { topBlock } from "../../../src/engine/blocks/topBlock";
import type { TopBlockDef } from "../../../src/engine/types";
import { base, col, d, exact, reg } from "./helpers";

const block = (n: number, ties: "includeAll" | "rankOrder" = "includeAll"): TopBlockDef => ({ ...base, id: "top", kind: "top", pot: d(1200), top: { n, by: col("ops", true), order: "highest", ties, weight: col("need") } });

describe("topBlock", () => {
  // Operations per 100 000 inhabitants: A 50/100 000 = 50, B 90/300 000 = 30, C 40/100 000 = 40, D 0.
  const regions = [reg(0, 100000, { ops: 50, need: 1 }), reg(1, 300000, { ops: 90, need: 3 }), reg(2, 100000, { ops: 40, need: 2 }), reg(3, 100000, { ops: 0, need: 6 })];

  it("shares the pot by a weight among the N first by a measure per 100 000 inhabitants", () => {
    // The 2 highest: A (50) and C (40); by need 1 : 2 → 400 and 800.
    const b = topBlock(block(2), regions);
    expect(exact(b, 4)).toEqual(["400", "0", "800", "0"]);
    expect(b.explain(1).text.sv).toBe("Ops per 100 000 invånare 30 är inte bland de 2 regioner med högst ops per 100 000 invånare (gränsen 40): 0\u00a0kr.");
    expect(b.explain(0).text.en).toContain("Share by need: 1 of 3 (33.3333%) of SEK\u00a01,200: SEK\u00a0400.");
  });

  it("never ranks a measure of zero among the highest", () => {
    // Four places but only three regions with operations: D is not among them.
    const b = topBlock(block(4), regions);
    // A, B, C by need 1 : 3 : 2 of 1 200 → 200, 600, 400.
    expect(exact(b, 4)).toEqual(["200", "600", "400", "0"]);
  });

  it("brings every region tied at the cut-off in by default, or keeps N by region-code order", () => {
    const tied = [reg(0, 100000, { ops: 50, need: 1 }), reg(1, 100000, { ops: 40, need: 1 }), reg(2, 100000, { ops: 40, need: 1 })];
    expect(exact(topBlock(block(2), tied), 3)).toEqual(["400", "400", "400"]);
    expect(exact(topBlock(block(2, "rankOrder"), tied), 3)).toEqual(["600", "600", "0"]);
  });

  it("reports the pot unallocated when nobody has a measure to be ranked by", () => {
    const b = topBlock(block(2), [reg(0, 100000, { ops: 0, need: 1 })]);
    expect(b.allocated.toString()).toBe("0");
    expect(b.warnings.map((w) => w.code)).toEqual(["engine.nobodyTop"]);
  });
});
