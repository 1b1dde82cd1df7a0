import { computeRound } from "../../src/engine/computeRound";
import { Rational } from "../../src/engine/rational";
import { WhatIfModel } from "../../src/engine/whatIfModel";
import type { RoundDef } from "../../src/engine/types";
import { preset } from "../../src/rounds/presets";
import { REGIONS } from "../../src/workbook/values/regions";
import { region } from "../rounds/helpers";

/** The fast what-if follows largest remainder in whole kronor only: under another rule for the last krona it answers with the full round. */
describe("what-if under another rule for the last krona", () => {
  const at2024 = preset("at-2024")!;
  const regions = REGIONS.map((r, i) => region({ code: r.code, population: 90_000 + i * 104_729, count: 10 + ((i * 7) % 23), planned: 9 + ((i * 5) % 17) }));

  it.each([
    ["halfUpToLargest", 1n],
    ["largestRemainder", 1000n],
    ["down", 100000n],
  ] as const)("%s in units of %s kr gives the full round's answer", (method, unit) => {
    const round: RoundDef = { ...at2024, rounding: { method, unit } };
    const model = new WhatIfModel(round, regions);
    for (const [code, count] of [["05", 40], ["13", 3], ["25", 19]] as const) {
      const full = computeRound(round, regions.map((x) => (x.code === code ? { ...x, count: Rational.from(count), applied: true } : x)));
      expect(model.totalWith(code, Rational.from(count)).toString()).toBe(full.regions.find((r) => r.code === code)!.total.toString());
    }
    expect(model.fullRounds).toBeGreaterThan(0);
  });
});
