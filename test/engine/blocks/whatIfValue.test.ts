import { whatIfChange } from "../../../src/engine/whatIf";
import { compileRound } from "../../../src/rounds/roundFile";
import { d, reg } from "./helpers";

describe("what-if on a value of the round's own columns", () => {
  // 1 000 kr per operation above last year, within a pot of 10 000 kr.
  const round = compileRound({
    id: "knan-2026",
    columns: [{ id: "now", header: "Knän 2026" }, { id: "before", header: "Knän 2025" }],
    blocks: [{ id: "knee", kind: "perUnit", pot: 10000, price: 1000, units: "now", baseline: "before" }],
  });
  const regions = [reg(0, 1000, { now: 12, before: 10 }), reg(1, 1000, { now: 9, before: 10 })];

  it("recomputes the round with the value changed, and gives the difference", () => {
    // Uppsala with 14 operations: 4 above last year's 10 → 4 000 kr, from 0.
    const a = whatIfChange(round, regions, "03", { kind: "value", column: "now", value: d(14) });
    expect([a.before.total, a.after.total, a.difference].map(String)).toEqual(["0", "4000", "4000"]);
  });

  it("shows what the claims of others cost a region once the pot is exceeded", () => {
    // Uppsala with 20: claims 2 000 + 10 000 = 12 000 over a pot of 10 000, scaled by 5/6: Stockholm 2 000 → 1 667 (1 666⅔).
    const a = whatIfChange(round, regions, "03", { kind: "value", column: "now", value: d(20) });
    const stockholm = whatIfChange(round, [regions[0], { ...regions[1], values: { now: d(20), before: d(10) } }], "01", { kind: "value", column: "now", value: d(12) });
    expect(a.after.total.toString()).toBe("8333");
    expect(stockholm.after.total.toString()).toBe("1667");
  });
});
