import { cappedBlock } from "../../../src/engine/blocks/cappedBlock";
import type { ProportionalBlockDef } from "../../../src/engine/types";
import { base, col, d, exact, reg } from "./helpers";

const block = (over: Partial<ProportionalBlockDef>): ProportionalBlockDef => ({ ...base, id: "cap", kind: "proportional", pot: d(900), weight: "population", ...over });

describe("cappedBlock", () => {
  const regions = [reg(0, 100), reg(1, 200), reg(2, 600)];

  it("caps by one amount for all and shares the cut-off among the others, saying so", () => {
    // By population 900 → 100, 200, 600; a cap of 450 holds Södermanland: the 150 cut off goes 1 : 2 → 150, 300, 450.
    const b = cappedBlock(block({ cap: { kind: "amount", amount: d(450) } }), regions);
    expect(exact(b, 3)).toEqual(["150", "300", "450"]);
    expect(b.explain(2).rule).toBe("capped");
    expect(b.explain(2).text.sv).toContain("Når taket 450\u00a0kr (samma för alla): 450\u00a0kr (efter folkmängd 600 hade andelen utan tak varit 600\u00a0kr)");
    expect(b.explain(0).text.en).toBe("Share by population: 100 of 300 of what remains after 1 regions reached their caps (SEK\u00a0450): SEK\u00a0150, below the cap SEK\u00a0450 (the same for all).");
  });

  it("goes on while the cut-off lifts others over the cap", () => {
    // A cap of 300: Södermanland 600 → 300, then Uppsala's 400 of the rest is over it too → 300; Stockholm takes 300.
    expect(exact(cappedBlock(block({ cap: { kind: "amount", amount: d(300) } }), regions), 3)).toEqual(["300", "300", "300"]);
  });

  it("caps by a declared column's amount", () => {
    const b = cappedBlock(block({ cap: { kind: "column", column: col("ceiling") } }), [reg(0, 100, { ceiling: 1000 }), reg(1, 200, { ceiling: 50 }), reg(2, 600, { ceiling: 1000 })]);
    // Uppsala capped at 50; 850 by 100 : 600 → 121 3/7 and 728 4/7.
    expect(b.shares.exact(1).toString()).toBe("50");
    expect(b.shares.exact(0).mul(7).toString()).toBe("850");
    expect(b.allocated.toString()).toBe("900");
  });

  it("leaves what no region can take unallocated, or passes it on", () => {
    const capped = block({ cap: { kind: "amount", amount: d(200) } });
    // Caps 3 × 200 = 600 of 900: 300 left.
    expect(cappedBlock(capped, regions).allocated.toString()).toBe("600");
    expect(cappedBlock({ ...capped, leftover: { kind: "next" } }, regions).leftover).toBe("next");
  });

  it("pays floors first: a floor as a share of the pot by a weight", () => {
    // Floor ½ × 900 × equal share (⅓) = 150 each; by population Stockholm would get 100, so 150;
    // the other two share 750 by 200 : 600 → 187.5 and 562.5.
    const b = cappedBlock(block({ floor: { kind: "share", weight: "equal", factor: d(0.5) } }), regions);
    expect(exact(b, 3)).toEqual(["150", "187.5", "562.5"]);
    expect(b.explain(0).rule).toBe("floor");
  });

  it("caps at nothing by a weight no region has, so a region that gains some never loses by it", () => {
    // Found by the property test: a cap of 0.1 × the pot by care need, a floor of 0.1 × the pot by population.
    // With no care need anywhere each region's share of the cap is 0 (not "no cap"), as it is for a region without need among others.
    const capped = block({ weight: col("need"), cap: { kind: "share", weight: col("need"), factor: d(0.1) }, floor: { kind: "share", weight: "population", factor: d(0.1) } });
    const without = cappedBlock(capped, [reg(0, 100, { need: 0 }), reg(1, 200, { need: 0 })]);
    expect(exact(without, 2)).toEqual(["0", "0"]);
    const one = cappedBlock(capped, [reg(0, 100, { need: 1 }), reg(1, 200, { need: 0 })]);
    // Stockholm's cap is 0.1 × 900 = 90, its floor ⌈30⌉ = 30: it gets 90, Uppsala's cap is 0.
    expect(exact(one, 2)).toEqual(["90", "0"]);
  });
});
