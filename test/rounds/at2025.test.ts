import { preset } from "../../src/rounds/presets";
import { REGIONS } from "../../src/workbook/values/regions";
import { amounts, type R } from "./helpers";

const round = preset("at-2025")!;

describe("AT 2025, hand-computed", () => {
  it("block 1 equally among forecasters; block 2 by AT posts per 100 000 among those with a count", () => {
    const got = amounts(round, [
      { code: "01", population: 100000, count: 10, forecast: true }, // 10 per 100 000
      { code: "03", population: 200000, count: null, forecast: true }, // forecast only
      { code: "04", population: 300000, count: 30, forecast: false }, // 10 per 100 000
      { code: "05", population: 400000, count: 40, forecast: true, applied: false },
    ]);
    // Block 1: 44 000 000 / 2 forecasters (01, 03) = 22 000 000 each.
    // Block 2: weights 10 and 10 (01, 04): 182 000 000 / 2 = 91 000 000 each.
    expect(got["01"]).toEqual({ block1: 22000000, block2: 91000000, total: 113000000 });
    expect(got["03"]).toEqual({ block1: 22000000, block2: 0, total: 22000000 });
    expect(got["04"]).toEqual({ block1: 0, block2: 91000000, total: 91000000 });
    expect(got["05"].total).toBe(0);
  });

  it("44 000 000 among all 21: the 2 leftover kronor go to the first two in region-code order", () => {
    // 44 000 000 / 21 = 2 095 238.095…; floors 21 × 2 095 238 = 43 999 998; the tie rule gives 01 and 03 one krona each.
    const all: R[] = REGIONS.map((r) => ({ code: r.code, population: 100000, count: 10, forecast: true }));
    const got = amounts(round, all);
    expect(got["01"].block1).toBe(2095239);
    expect(got["03"].block1).toBe(2095239);
    expect(REGIONS.slice(2).every((r) => got[r.code].block1 === 2095238)).toBe(true);
  });
});
