import { computeRound } from "../../../src/engine/computeRound";
import { fixedBlock } from "../../../src/engine/blocks/fixedBlock";
import type { FixedBlockDef, RoundDef } from "../../../src/engine/types";
import { base, d, exact, reg } from "./helpers";

const block = (over: Partial<FixedBlockDef>): FixedBlockDef => ({ ...base, id: "fixed", kind: "fixed", amount: d(100), pot: d(300), group: { kind: "all" }, leftover: { kind: "unallocated" }, ...over });

describe("fixedBlock", () => {
  it("pays the same amount to every region of the group, and reports what regions outside it leave", () => {
    // Pot 300 for 3 × 100; Uppsala did not apply, so "applied" pays Stockholm and Södermanland: 200, 100 unallocated.
    const regions = [reg(0, 1000), reg(1, 1000, {}, false), reg(2, 1000)];
    const b = fixedBlock(block({ group: { kind: "applied" } }), regions);
    expect(exact(b, 3)).toEqual(["100", "0", "100"]);
    expect(b.allocated.toString()).toBe("200");
    expect(b.warnings.map((w) => w.code)).toEqual(["engine.left"]);
    expect(b.explain(1).rule).toBe("notApplied");
    expect(b.explain(0).text.sv).toBe("Fast belopp till var och en av regionerna som har ansökt: 100\u00a0kr.");
  });

  it('"all" pays every region in the table, whether it applied or not', () => {
    const b = fixedBlock(block({}), [reg(0, 1000), reg(1, 1000, {}, false), reg(2, 1000)]);
    expect(exact(b, 3)).toEqual(["100", "100", "100"]);
    expect(b.warnings).toEqual([]);
  });

  it("pays a list of regions only, those of them that applied", () => {
    // Codes 01 and 04 (Stockholm, Södermanland): 2 × 100 of a pot of 200.
    const b = fixedBlock(block({ pot: d(200), group: { kind: "codes", codes: ["01", "04"] } }), [reg(0, 1000), reg(1, 1000), reg(2, 1000)]);
    expect(exact(b, 3)).toEqual(["100", "0", "100"]);
    expect(b.explain(1).text.en).toBe("Not among the regions 01, 04: SEK\u00a00; its SEK\u00a0100 is reported unallocated.");
  });

  it("passes what it does not pay on to the next block when the round says so", () => {
    // Pot 300, Uppsala outside: 100 goes on to a population block of 600, which then shares 700 by 1 : 1 : 5.
    const round: RoundDef = {
      id: "r",
      title: "R",
      blocks: [block({ group: { kind: "applied" }, leftover: { kind: "next" } }), { ...base, id: "pop", title: "Pop", kind: "proportional", pot: d(600), weight: "population" }],
    };
    const res = computeRound(round, [reg(0, 100), reg(1, 100, {}, false), reg(2, 500)]);
    expect(res.blocks.map((b) => [b.id, b.pot.toString(), b.allocated.toString(), b.unallocated.toString(), b.passedOn?.toString()])).toEqual([
      ["fixed", "300", "200", "0", "100"],
      ["pop", "700", "700", "0", undefined],
    ]);
    // 700 × 100/600 = 116⅔ → 117 (largest remainder: ⅔ beats ⅓); 700 × 500/600 = 583⅓ → 583.
    expect(res.regions.map((r) => r.amounts.pop.toString())).toEqual(["117", "0", "583"]);
    expect(res.totals.total.toString()).toBe("900");
    expect(res.regions[0].explanation[1].text.sv).toContain("Potten omfattar 100\u00a0kr som blocket före inte betalade ut.");
  });
});
