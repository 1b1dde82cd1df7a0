import fc from "fast-check";
import { Rational, UNIT_ROUNDOFF, sum } from "../../src/engine/rational";
import { exactOf, exactShares, largestRemainder, type Shares } from "../../src/engine/largestRemainder";
import { proportionalSplit } from "../../src/engine/proportionalSplit";
import { weightsFrom } from "../../src/engine/weights";
import { wholeOf } from "../../src/engine/wholeOf";
import { readCsv } from "../helpers/csv";
import { referenceLargestRemainder } from "../helpers/referenceRounding";

const d = (v: string | number) => Rational.from(v);
/** Largest remainder over exact values with ranks 0, 1, 2, … unless given. */
const lr = (pot: Rational, values: Rational[], ranks = values.map((_, i) => i)) => largestRemainder(pot, exactShares(values), ranks).map(String);

/** Shares whose exact values are counted when asked for: the filter should ask only at a tie or a boundary. */
function counted(values: Rational[], approx = values.map((v) => v.toNumber()), ops = 3): { shares: Shares; asked: Set<number> } {
  const asked = new Set<number>();
  return { shares: { approx: Float64Array.from(approx), ops, exact: (i) => (asked.add(i), values[i]) }, asked };
}

describe("largestRemainder", () => {
  it("floors every share and gives the leftover kronor to the largest fractions", () => {
    // 10 kr in thirds: 3.333… each; floors 3+3+3 = 9, one krona to the tie winner (lowest rank).
    const third = d(10).div(3);
    expect(lr(d(10), [third, third, third], [2, 0, 1])).toEqual(["3", "4", "3"]);
  });

  it("prefers the larger fraction over the rank", () => {
    expect(lr(d(3), [d("1.2"), d("1.8")])).toEqual(["1", "2"]);
  });

  it("keeps whole shares unchanged", () => {
    expect(lr(d(7), [d(3), d(4)])).toEqual(["3", "4"]);
  });

  it("refuses a pot that is not whole kronor, negative shares, and shares that miss the pot", () => {
    expect(() => lr(d("10.5"), [d("10.5")])).toThrow(/whole kronor/);
    expect(() => lr(d(0), [d(-1), d(1)])).toThrow(/negative/);
    expect(() => lr(d(100), [d(10)])).toThrow(/do not sum/);
  });

  describe("doubles decide what they can, exact fractions the rest", () => {
    it("never asks for an exact share when the doubles are far from every boundary", () => {
      const pops = readCsv("population-2023-11-01.csv").map((r) => d(r.population));
      const split = proportionalSplit(d(750000000), weightsFrom(pops));
      const { shares, asked } = counted(exactOf(split), Array.from(split.approx), split.ops);
      largestRemainder(d(750000000), shares, pops.map((_, i) => i));
      expect(asked.size).toBe(0);
    });

    it("orders fractions the doubles cannot tell apart exactly: 1/2 + 10⁻³⁰ beats 1/2 − 10⁻³⁰ despite its rank", () => {
      const tiny = Rational.of(1n, 10n ** 30n);
      const half = Rational.of(1n, 2n);
      const { shares, asked } = counted([half.minus(tiny), half.plus(tiny)]);
      expect(shares.approx[0]).toBe(shares.approx[1]); // both are 0.5 as doubles
      expect(largestRemainder(d(1), shares, [0, 1]).map(String)).toEqual(["0", "1"]);
      expect([...asked].sort()).toEqual([0, 1]);
    });

    it("takes the floor exactly where a share is at or a hair from a whole krona", () => {
      const tiny = Rational.of(1n, 10n ** 30n);
      // 1 − 10⁻³⁰ and 1 + 10⁻³⁰ are both 1.0 as doubles: floors 0 and 1, the krona left goes to the fraction near 1.
      expect(lr(d(2), [d(1).minus(tiny), d(1).plus(tiny)])).toEqual(["1", "1"]);
      expect(lr(d(2), [d(1), d(1)])).toEqual(["1", "1"]);
      const { shares, asked } = counted([d(1), d(1)]);
      largestRemainder(d(2), shares, [0, 1]);
      expect(asked.size).toBe(2);
    });

    it("asks only for the shares in the band around the cut-off", () => {
      // Three clear fractions and two exact ties at the cut: only the tied two are computed exactly.
      const values = ["10.7", "10.1", "10.5", "10.5", "10.2"].map(d);
      const { shares, asked } = counted(values);
      expect(largestRemainder(d(52), shares, [0, 1, 2, 3, 4]).map(String)).toEqual(["11", "10", "11", "10", "10"]);
      expect([...asked].sort()).toEqual([2, 3]);
    });

    it("stays exact when every double is off by as much as its stated bound allows", () => {
      // Adversarial doubles: each moved by up to γK of its share, in either direction. The outcome must not move.
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n })), { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 3, max: 200 }),
          fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 30, maxLength: 30 }),
          (fracs, ops, moves) => {
            const values = fracs.map(([n, den]) => Rational.of(n, den));
            const pot = sum(values).ceil();
            // Top up the last share so that the shares sum to a whole pot.
            values[values.length - 1] = values[values.length - 1].plus(pot.minus(sum(values)));
            const gamma = (ops * UNIT_ROUNDOFF) / (1 - ops * UNIT_ROUNDOFF);
            const approx = values.map((v, i) => v.toNumber() * (1 + moves[i] * gamma * 0.999));
            const ranks = values.map((_, i) => (i * 7) % values.length);
            const got = largestRemainder(pot, { approx: Float64Array.from(approx), ops, exact: (i) => values[i] }, ranks).map(String);
            expect(got).toEqual(referenceLargestRemainder(pot.n, values.map((v) => [v.n, v.d]), ranks).map(String));
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  it("decides one share from the doubles as the whole rule does, or says it cannot (wholeOf)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.constantFrom(1n, 3n, 7n, 10n, 17n, 1000n)), { minLength: 1, maxLength: 40 }), (fracs) => {
        const values = fracs.map(([n, den]) => Rational.of(n, den));
        const pot = sum(values).ceil();
        values[values.length - 1] = values[values.length - 1].plus(pot.minus(sum(values)));
        const shares = exactShares(values);
        const all = largestRemainder(pot, shares, values.map((_, i) => i)).map(Number);
        values.forEach((_, r) => {
          const none = new Float64Array(values.length);
          const one = wholeOf(pot.toNumber(), { x: shares.approx, xr: shares.approx[r], fx: 1, y: none, yr: 0, fy: 0 }, values.length, shares.ops, r);
          if (one !== null) expect(one).toBe(all[r]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("decides every share from the doubles where the fractions stand apart, the last krona's taker included (wholeOf)", () => {
    // Floors 65, pot 68: three kronor left, the third to 30.7 (the cut-off itself), none to 5.6.
    const values = ["10.9", "20.8", "30.7", "5.6"].map((v) => Rational.from(v));
    const shares = exactShares(values);
    const none = new Float64Array(values.length);
    const got = values.map((_, r) => wholeOf(68, { x: shares.approx, xr: shares.approx[r], fx: 1, y: none, yr: 0, fy: 0 }, values.length, shares.ops, r));
    expect(got).toEqual([11, 21, 31, 5]);
  });

  describe("the 750 000 000 kr population split of the 2024 hospital-beds decision", () => {
    const rows = readCsv("population-2023-11-01.csv");
    const pops = rows.map((r) => d(r.population));
    const pot = d(750000000);
    const exact = exactOf(proportionalSplit(pot, weightsFrom(pops)));
    const rounded = largestRemainder(pot, exactShares(exact), pops.map((_, i) => i));

    it("uses the published total population", () => {
      expect(sum(pops).toString()).toBe("10557682");
    });

    it("sums exactly to the pot, each amount its floor or floor + 1", () => {
      expect(sum(rounded).toString()).toBe("750000000");
      rounded.forEach((amount, i) => {
        const extra = amount.minus(exact[i].floor());
        expect(["0", "1"]).toContain(extra.toString());
      });
    });

    it("gives the extra kronor to exactly the largest fractional parts", () => {
      const fractions = exact.map((e) => e.minus(e.floor()));
      const got = rounded.map((a, i) => a.gt(exact[i].floor()));
      const smallestWinner = fractions.filter((_, i) => got[i]).reduce((a, b) => (a.lt(b) ? a : b));
      const largestLoser = fractions.filter((_, i) => !got[i]).reduce((a, b) => (a.gt(b) ? a : b));
      expect(smallestWinner.gte(largestLoser)).toBe(true);
    });

    it("is what rounding each share half-up gets wrong by 1 kr (the spec's check)", () => {
      const halfUp = sum(exact.map((e) => e.plus(Rational.of(1n, 2n)).floor()));
      expect(halfUp.minus(pot).toString()).toBe("1");
    });
  });
});
