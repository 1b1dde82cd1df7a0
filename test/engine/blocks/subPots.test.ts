import { computeRound } from "../../../src/engine/computeRound";
import { compileRound } from "../../../src/rounds/roundFile";
import { reg } from "./helpers";

/** A block of two sub-pots, each with its own measure and its own rule for what is not claimed. */
const round = compileRound({
  id: "areas-2026",
  title: "Två områden",
  pot: 10000,
  columns: [
    { id: "knee", header: "Knän 2026" },
    { id: "kneeBefore", header: "Knän 2025" },
    { id: "hernia", header: "Bråck 2026" },
    { id: "need", header: "Vårdbehov" },
  ],
  blocks: [
    { id: "base", title: "Grund", kind: "fixed", amount: 1000, group: ["01", "03", "04"] },
    {
      id: "areas",
      title: "Områden",
      kind: "subPots",
      pot: "rest",
      pots: [
        { id: "knee", title: "Knä", kind: "perUnit", pot: 4000, price: 100, units: "knee", baseline: "kneeBefore", leftover: { kind: "top", n: 1, by: "knee", weight: "equal" } },
        { id: "hernia", title: "Bråck", kind: "perUnit", pot: 3000, price: 50, units: "hernia", leftover: "unallocated" },
      ],
    },
  ],
});

describe("sub-pots", () => {
  // Knees above last year: A 30 − 10 = 20, B 15 − 10 = 5, C 5 − 10 → 0. Hernias: A 10, B 0, C 20.
  const regions = [reg(0, 1000, { knee: 30, kneeBefore: 10, hernia: 10, need: 1 }), reg(1, 1000, { knee: 15, kneeBefore: 10, hernia: 0, need: 1 }), reg(2, 1000, { knee: 5, kneeBefore: 10, hernia: 20, need: 1 })];
  const res = computeRound(round, regions);

  it("takes the rest of the round's pot after the blocks before it", () => {
    // 10 000 − 3 000 = 7 000 = 4 000 + 3 000.
    expect(round.blocks[1].pot.toString()).toBe("7000");
  });

  it("computes each sub-pot in its own column, with its own rule for what is not claimed", () => {
    // Knee: claims 2 000 + 500 + 0 = 2 500 of 4 000; the 1 500 left goes to the 1 region with most knees (A, 30).
    // Hernia: 500 + 0 + 1 000 = 1 500 of 3 000; 1 500 unallocated.
    expect(res.regions.map((r) => [r.amounts.base, r.amounts.knee, r.amounts.hernia].map(String))).toEqual([
      ["1000", "3500", "500"],
      ["1000", "500", "0"],
      ["1000", "0", "1000"],
    ]);
    expect(res.blocks.map((b) => [b.id, String(b.pot), String(b.allocated), String(b.unallocated)])).toEqual([
      ["base", "3000", "3000", "0"],
      ["knee", "4000", "4000", "0"],
      ["hernia", "3000", "1500", "1500"],
    ]);
    expect(res.totals.total.toString()).toBe("8500");
  });

  it("explains each sub-pot's amount", () => {
    const knee = res.regions[0].explanation.find((e) => e.block === "knee")!;
    expect(knee.rule).toBe("perUnit");
    expect(knee.text.sv).toContain("20 över basnivån × 100\u00a0kr = 2\u00a0000\u00a0kr. Plus, som en av den region med högst Knän 2026");
  });
});
