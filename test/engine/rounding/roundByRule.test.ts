import { exactShares } from "../../../src/engine/largestRemainder";
import { Rational } from "../../../src/engine/rational";
import { roundByRule } from "../../../src/engine/rounding/roundByRule";
import type { RoundingMethod } from "../../../src/engine/rounding/roundingRule";
import { refDown, refHalfUpToLargest, refLargestRemainder, sharesOf, type Reference, type Share } from "./reference";

/** The engine's rounding of exact shares, as BigInts to compare with the reference and the figures worked out by hand. */
function engine(method: RoundingMethod, pot: bigint, shares: readonly Share[], ranks: readonly number[], unit = 1n): Reference {
  const done = roundByRule(Rational.of(pot), exactShares(shares.map(([n, d]) => Rational.of(n, d))), ranks, { method, unit });
  return { amounts: Array.from(done.amounts, (a) => BigInt(a)), left: done.left, adjusted: done.adjusted };
}

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("largest remainder", () => {
  it("in whole kronor: 10 kr in three equal shares, the krona left to the first by region code", () => {
    // 10/3 = 3 1/3 each: floors 3 + 3 + 3 = 9, 1 kr left; the remainders tie at 1/3, so rank 1 takes it.
    const shares = sharesOf(10n, [1n, 1n, 1n]);
    expect(engine("largestRemainder", 10n, shares, ranks(3))).toEqual({ amounts: [4n, 3n, 3n], left: 0n, adjusted: [] });
    expect(refLargestRemainder(10n, shares, ranks(3)).amounts).toEqual([4n, 3n, 3n]);
  });

  it("in 1 000 kr: 10 000 kr by weights 5, 3, 2 and 1, the units left to the largest remainders", () => {
    // 10 000 · w / 11 = 4 545,45 / 2 727,27 / 1 818,18 / 909,09 kr = 4,545 / 2,727 / 1,818 / 0,909 units.
    // Floors 4 + 2 + 1 + 0 = 7 of 10 units; remainders 0,545 / 0,727 / 0,818 / 0,909: the three largest
    // are the last three, so 4 000 / 3 000 / 2 000 / 1 000 kr.
    const shares = sharesOf(10_000n, [5n, 3n, 2n, 1n]);
    const want = { amounts: [4000n, 3000n, 2000n, 1000n], left: 0n, adjusted: [] };
    expect(engine("largestRemainder", 10_000n, shares, ranks(4), 1000n)).toEqual(want);
    expect(refLargestRemainder(10_000n, shares, ranks(4), 1000n)).toEqual(want);
  });

  it("breaks a tie of remainders by region code, wherever the region stands in the list", () => {
    // 10 000 kr, three equal shares of 3,333 units: 3 + 3 + 3, one unit to the lowest rank, here the second in the list.
    expect(engine("largestRemainder", 10_000n, sharesOf(10_000n, [1n, 1n, 1n]), [7, 2, 12], 1000n).amounts).toEqual([3000n, 4000n, 3000n]);
  });
});

describe("half up, the difference on the largest", () => {
  it("a tie on the largest amount goes to the first by region code", () => {
    // 10 kr by weights 3, 3, 1: 30/7 = 4,29, 4,29, 10/7 = 1,43 → half up 4 + 4 + 1 = 9; 1 kr over.
    // The two largest amounts tie at 4: ranks 5 and 2, so the second in the list (rank 2) takes it.
    const shares = sharesOf(10n, [3n, 3n, 1n]);
    const want = { amounts: [4n, 5n, 1n], left: 0n, adjusted: [{ index: 1, kronor: 1n }] };
    expect(engine("halfUpToLargest", 10n, shares, [5, 2, 9])).toEqual(want);
    expect(refHalfUpToLargest(10n, shares, [5, 2, 9])).toEqual(want);
  });

  it("a negative difference: 10 kr as 3,5 + 3,5 + 3 rounds up to 11, the krona too many is taken from the largest", () => {
    // Weights 7, 7, 6 of 20: 3,5 / 3,5 / 3 → 4 + 4 + 3 = 11; −1 kr from the largest, a tie of 4s decided by rank 1.
    const shares = sharesOf(10n, [7n, 7n, 6n]);
    const want = { amounts: [3n, 4n, 3n], left: 0n, adjusted: [{ index: 0, kronor: -1n }] };
    expect(engine("halfUpToLargest", 10n, shares, ranks(3))).toEqual(want);
    expect(refHalfUpToLargest(10n, shares, ranks(3))).toEqual(want);
  });

  it("never takes the largest below zero: 2 kr in four shares of 0,5 rounds up to 4 kr, and 2 kr come from two regions", () => {
    // 0,5 each → 1 + 1 + 1 + 1 = 4 kr for a pot of 2: −2. The largest (a tie of 1s, rank 1) can give 1 kr only, down to 0;
    // the other krona comes from the next largest (rank 2). No amount is negative.
    const shares = sharesOf(2n, [1n, 1n, 1n, 1n]);
    const want = { amounts: [0n, 0n, 1n, 1n], left: 0n, adjusted: [{ index: 0, kronor: -1n }, { index: 1, kronor: -1n }] };
    expect(engine("halfUpToLargest", 2n, shares, ranks(4))).toEqual(want);
    expect(refHalfUpToLargest(2n, shares, ranks(4))).toEqual(want);
  });

  it("gives a tiny pot's difference to a region with a share, never to one outside the block", () => {
    // 1 kr among the last three of four: 1/3 each → 0 + 0 + 0 = 0; +1 kr. Every amount ties at 0 and the first region
    // (rank 1) comes first by code, but it has no share of the block (not applied): the krona goes to rank 2.
    const shares: Share[] = [[0n, 1n], [1n, 3n], [1n, 3n], [1n, 3n]];
    expect(engine("halfUpToLargest", 1n, shares, ranks(4))).toEqual({ amounts: [0n, 1n, 0n, 0n], left: 0n, adjusted: [{ index: 1, kronor: 1n }] });
  });

  it("in 100 000 kr: 1 000 000 kr by weights 4, 4, 3", () => {
    // 10 units · 4/11 = 3,64, 3,64, 10 · 3/11 = 2,73 → 4 + 4 + 3 = 11 units; −1 unit from the largest (tie at 4, rank 1):
    // 300 000 / 400 000 / 300 000 kr.
    const shares = sharesOf(1_000_000n, [4n, 4n, 3n]);
    const want = { amounts: [300_000n, 400_000n, 300_000n], left: 0n, adjusted: [{ index: 0, kronor: -100_000n }] };
    expect(engine("halfUpToLargest", 1_000_000n, shares, ranks(3), 100_000n)).toEqual(want);
    expect(refHalfUpToLargest(1_000_000n, shares, ranks(3), 100_000n)).toEqual(want);
  });

  it("rounds exactly 0,5 of a unit up, and a hair below it down", () => {
    // 3 000 kr by 1 500 + 1 499 + 1: in 1 000 kr 1,5 → 2, 1,499 → 1, 0,001 → 0: 3 units, no difference.
    const shares: Share[] = [[1500n, 1n], [1499n, 1n], [1n, 1n]];
    expect(engine("halfUpToLargest", 3000n, shares, ranks(3), 1000n)).toEqual({ amounts: [2000n, 1000n, 0n], left: 0n, adjusted: [] });
  });

  it("is not monotone: a tie on the largest amount decided by region code charges the larger share (reported, the rule as stated)", () => {
    // 22 kr by weights 106, 105, 9 of 220: 10,6 / 10,5 / 0,9 → 11 + 11 + 1 = 23; −1 kr from the largest. The tie of 11s goes
    // to rank 1, the larger share: 10 kr for 10,6 while 10,5 gets 11 kr.
    const shares = sharesOf(22n, [106n, 105n, 9n]);
    expect(engine("halfUpToLargest", 22n, shares, ranks(3)).amounts).toEqual([10n, 11n, 1n]);
  });

  it("is not monotone: a difference larger than the largest amount empties it (reported, the rule as stated)", () => {
    // 20 kr by weights 26, 25 × 6, 24 of 200: 2,6 / 2,5 × 6 / 2,4 → 3 · 7 + 2 = 23; −3 kr. The largest amount, a tie of 3s,
    // is rank 1 with the largest share: it gives all its 3 kr and gets 0, while every share of 2,5 gets 3 kr.
    const weights = [26n, 25n, 25n, 25n, 25n, 25n, 25n, 24n];
    const got = engine("halfUpToLargest", 20n, sharesOf(20n, weights), ranks(8));
    expect(got.amounts).toEqual([0n, 3n, 3n, 3n, 3n, 3n, 3n, 2n]);
    expect(got.adjusted).toEqual([{ index: 0, kronor: -3n }]);
  });
});

describe("half up beside caps and floors", () => {
  const withBounds = (pot: bigint, shares: [bigint, bigint][], caps: (bigint | null)[], floors: (bigint | null)[]) =>
    Array.from(
      roundByRule(Rational.of(pot), exactShares(shares.map(([n, d]) => Rational.of(n, d))), ranks(shares.length), { method: "halfUpToLargest", unit: 1n }, { caps: caps.map((c) => (c === null ? null : Rational.of(c))), floors: floors.map((f) => (f === null ? null : Rational.of(f))) }).amounts,
      (a) => BigInt(a),
    );

  it("a region at its cap takes no more: the krona left goes to the next largest", () => {
    // 10 kr: 5 (capped at 5) and four of 1,25 → 5 + 1 · 4 = 9; +1 kr: not to the first (at its cap), to the second, first by code of the 1s.
    expect(withBounds(10n, [[5n, 1n], [5n, 4n], [5n, 4n], [5n, 4n], [5n, 4n]], [5n, null, null, null, null], [null, null, null, null, null])).toEqual([5n, 2n, 1n, 1n, 1n]);
  });

  it("a region at its floor gives no more: the krona missing is taken from the next largest", () => {
    // 12 kr: 5 (its floor is 5), 3,5 and 3,5 → 5 + 4 + 4 = 13; −1 kr: not from the first (at its floor), from the second.
    expect(withBounds(12n, [[5n, 1n], [7n, 2n], [7n, 2n]], [null, null, null], [5n, null, null])).toEqual([5n, 3n, 4n]);
  });

  it("a cap is no bar to giving: the krona missing is taken from the largest as always", () => {
    // 4 kr: 1,75 / 1,75 / 0,5 → 2 + 2 + 1 = 5; −1 kr from the largest, the first by code (its cap of 2 does not stop it giving).
    const short = roundByRule(Rational.of(4n), exactShares([Rational.of(7n, 4n), Rational.of(7n, 4n), Rational.of(1n, 2n)]), ranks(3), { method: "halfUpToLargest", unit: 1n }, { caps: [Rational.of(2n), Rational.of(2n), Rational.of(1n)], floors: [null, null, null] });
    expect([Array.from(short.amounts), short.left]).toEqual([[1, 2, 1], 0n]);
  });
});

describe("down", () => {
  it("leaves what the floors do not reach unpaid, and says how much", () => {
    // 10 000 kr in three equal shares in 1 000 kr: 3,33 units each → 3 000 kr each, 1 000 kr left: 9 000 + 1 000 = 10 000.
    const shares = sharesOf(10_000n, [1n, 1n, 1n]);
    const want = { amounts: [3000n, 3000n, 3000n], left: 1000n, adjusted: [] };
    expect(engine("down", 10_000n, shares, ranks(3), 1000n)).toEqual(want);
    expect(refDown(10_000n, shares, 1000n)).toEqual(want);
  });

  it("in whole kronor: 10 kr by 1, 1, 1 pays 9 and leaves 1", () => {
    expect(engine("down", 10n, sharesOf(10n, [1n, 1n, 1n]), ranks(3))).toEqual({ amounts: [3n, 3n, 3n], left: 1n, adjusted: [] });
  });
});

describe("a total that is no whole number of units", () => {
  // A block that pays 2 500 kr (money passed on, a pot left by caps) under a rule in 1 000 kr: 2 units, 500 kr left.
  it("under largest remainder pays the whole units and leaves the rest", () => {
    // 2 500 kr by 1, 1: 1,25 units each; 2 units: floors 1 + 1 = 2, nothing to add. 1 000 + 1 000, 500 left.
    expect(engine("largestRemainder", 2500n, sharesOf(2500n, [1n, 1n]), ranks(2), 1000n)).toEqual({ amounts: [1000n, 1000n], left: 500n, adjusted: [] });
  });

  it("under half up takes the difference to the whole units from the largest", () => {
    // 2 500 kr by 3, 2: 1,5 → 2 and 1 → 1 = 3 units of the 2 whole ones; −1 unit from the largest: 1 000 + 1 000, 500 left.
    expect(engine("halfUpToLargest", 2500n, sharesOf(2500n, [3n, 2n]), ranks(2), 1000n)).toEqual({ amounts: [1000n, 1000n], left: 500n, adjusted: [{ index: 0, kronor: -1000n }] });
  });
});
