import { Decimal, sum } from "../../src/engine/decimal";
import { largestRemainder } from "../../src/engine/largestRemainder";
import { proportionalSplit } from "../../src/engine/proportionalSplit";
import { readCsv } from "../helpers/csv";

const d = (v: string | number) => new Decimal(v);

describe("largestRemainder", () => {
  it("floors every share and gives the leftover kronor to the largest fractions", () => {
    // 10 kr in thirds: 3.333… each; floors 3+3+3 = 9, one krona to the tie winner (lowest rank).
    const third = d(10).div(3);
    const out = largestRemainder(d(10), [
      { exact: third, rank: 2 },
      { exact: third, rank: 0 },
      { exact: third, rank: 1 },
    ]);
    expect(out.map(String)).toEqual(["3", "4", "3"]);
  });

  it("prefers the larger fraction over the rank", () => {
    const out = largestRemainder(d(3), [
      { exact: d("1.2"), rank: 0 },
      { exact: d("1.8"), rank: 1 },
    ]);
    expect(out.map(String)).toEqual(["1", "2"]);
  });

  it("keeps whole shares unchanged", () => {
    expect(largestRemainder(d(7), [{ exact: d(3), rank: 0 }, { exact: d(4), rank: 1 }]).map(String)).toEqual(["3", "4"]);
  });

  it("refuses a pot that is not whole kronor, negative shares, and shares that miss the pot", () => {
    expect(() => largestRemainder(d("10.5"), [{ exact: d("10.5"), rank: 0 }])).toThrow(/whole kronor/);
    expect(() => largestRemainder(d(0), [{ exact: d(-1), rank: 0 }, { exact: d(1), rank: 1 }])).toThrow(/negative/);
    expect(() => largestRemainder(d(100), [{ exact: d(10), rank: 0 }])).toThrow(/do not sum/);
  });

  describe("the 750 000 000 kr population split of the 2024 hospital-beds decision", () => {
    const rows = readCsv("population-2023-11-01.csv");
    const pops = rows.map((r) => d(r.population));
    const pot = d(750000000);
    const exact = proportionalSplit(pot, pops);
    const rounded = largestRemainder(pot, exact.map((e, i) => ({ exact: e, rank: i })));

    it("uses the published total population", () => {
      expect(sum(pops).toFixed()).toBe("10557682");
    });

    it("sums exactly to the pot, each amount its floor or floor + 1", () => {
      expect(sum(rounded).toFixed()).toBe("750000000");
      rounded.forEach((amount, i) => {
        const extra = amount.minus(exact[i].floor());
        expect(["0", "1"]).toContain(extra.toFixed());
      });
    });

    it("gives the extra kronor to exactly the largest fractional parts", () => {
      const fractions = exact.map((e) => e.minus(e.floor()));
      const got = rounded.map((a, i) => a.gt(exact[i].floor()));
      const smallestWinner = Decimal.min(...fractions.filter((_, i) => got[i]));
      const largestLoser = Decimal.max(...fractions.filter((_, i) => !got[i]));
      expect(smallestWinner.gte(largestLoser)).toBe(true);
    });

    it("is what rounding each share half-up gets wrong by 1 kr (the spec's check)", () => {
      const halfUp = sum(exact.map((e) => e.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)));
      expect(halfUp.minus(pot).toFixed()).toBe("1");
    });
  });
});
