import fc from "fast-check";
import { exactShares } from "../../../src/engine/largestRemainder";
import { Rational } from "../../../src/engine/rational";
import { roundByRule, type Rounded } from "../../../src/engine/rounding/roundByRule";
import { ROUNDING_METHODS, type RoundingMethod } from "../../../src/engine/rounding/roundingRule";
import { refDown, refHalfUpToLargest, refLargestRemainder, sharesOf, type Share } from "./reference";

// A failure shrinks for at most a minute, then is reported as it stands (a random block of 21 regions shrinks slowly).
const RUNS = { numRuns: 400, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true };

/** A block's shares: whole weights (some 0: regions outside), a pot of whole units, the unit, and distinct ranks in any order. */
interface Case {
  weights: bigint[];
  unit: bigint;
  pot: bigint;
  ranks: number[];
  method: RoundingMethod;
}

const unitArb = fc.oneof(fc.constantFrom(1n, 10n, 1000n, 100_000n), fc.bigInt({ min: 1n, max: 5000n }));
/** Weights of one scale for the whole block (small ones tie and leave a tiny pot's amounts all at 0), or mixed. */
const weightsOf = (w: fc.Arbitrary<bigint>) => fc.array(w, { minLength: 1, maxLength: 21 });
const weightsArb = fc
  .oneof(weightsOf(fc.bigInt({ min: 0n, max: 3n })), weightsOf(fc.bigInt({ min: 0n, max: 3_000_000n })), weightsOf(fc.oneof(fc.bigInt({ min: 0n, max: 3_000_000n }), fc.constantFrom(0n, 1n, 7n))))
  .filter((w) => w.some((x) => x > 0n));
/** Units in the pot: often few (a tiny pot, a difference larger than the largest amount), else up to a large budget. */
const unitsArb = fc.oneof({ arbitrary: fc.bigInt({ min: 0n, max: 25n }), weight: 2 }, { arbitrary: fc.bigInt({ min: 0n, max: 60_000n }), weight: 1 }, { arbitrary: fc.bigInt({ min: 0n, max: 40_000_000_000n }), weight: 1 });
const caseArb = (extra = false, methods: readonly RoundingMethod[] = ROUNDING_METHODS): fc.Arbitrary<Case> =>
  fc
    .record({ weights: weightsArb, unit: unitArb, units: unitsArb, method: fc.constantFrom(...methods), seed: fc.nat(), over: fc.bigInt({ min: 0n, max: 1n << 40n }) })
    .filter(({ units, unit }) => units * unit < 1n << 50n)
    .chain((r) =>
      fc.shuffledSubarray(Array.from({ length: 21 }, (_, i) => i + 1), { minLength: r.weights.length, maxLength: r.weights.length }).map((ranks) => ({
        weights: r.weights,
        unit: r.unit,
        // A pot of whole units; with `extra`, plus a rest below one unit (money passed on, what caps leave).
        pot: r.units * r.unit + (extra ? r.over % r.unit : 0n),
        ranks,
        method: r.method,
      })),
    );

/** A pot of a few units among many small shares: every amount half up is 0, and the difference is the whole pot. */
const tinyArb: fc.Arbitrary<Case> = fc
  .record({ weights: fc.array(fc.bigInt({ min: 0n, max: 2n }), { minLength: 2, maxLength: 21 }).filter((w) => w.some((x) => x > 0n)), unit: unitArb, units: fc.bigInt({ min: 1n, max: 4n }), method: fc.constantFrom(...ROUNDING_METHODS) })
  .chain((r) => fc.shuffledSubarray(Array.from({ length: 21 }, (_, i) => i + 1), { minLength: r.weights.length, maxLength: r.weights.length }).map((ranks) => ({ weights: r.weights, unit: r.unit, pot: r.units * r.unit, ranks, method: r.method })));

const rational = ([n, d]: Share) => Rational.of(n, d);
function run(c: Case, shares: readonly Share[] = sharesOf(c.pot, c.weights), ranks = c.ranks): Rounded {
  return roundByRule(Rational.of(c.pot), exactShares(shares.map(rational)), ranks, { method: c.method, unit: c.unit });
}
const big = (x: number) => BigInt(x);
/** |a − n/d| ≤ m/k (or < with `strict`), by cross-multiplication: |a·d − n|·k against m·d. */
const within = (a: bigint, [n, d]: Share, m: bigint, k: bigint, strict = false) => {
  const diff = a * d - n;
  const abs = (diff < 0n ? -diff : diff) * k;
  return strict ? abs < m * d : abs <= m * d;
};

describe("the rule for the last krona, on random shares", () => {
  it("agrees with the BigInt reference for every method and unit", () => {
    fc.assert(
      fc.property(fc.oneof(caseArb(true), tinyArb), (c) => {
        const shares = sharesOf(c.pot, c.weights);
        const got = run(c);
        const want = c.method === "down" ? refDown(c.pot, shares, c.unit) : c.method === "halfUpToLargest" ? refHalfUpToLargest(c.pot, shares, c.ranks, c.unit) : refLargestRemainder(c.pot, shares, c.ranks, c.unit);
        expect({ amounts: Array.from(got.amounts, big), left: got.left, adjusted: got.adjusted }).toEqual(want);
      }),
      RUNS,
    );
  });

  it("sums to the pot, or reports what it leaves: Σ amounts + left = pot, every amount whole units and never negative, nothing outside", () => {
    fc.assert(
      fc.property(fc.oneof(caseArb(true), tinyArb), (c) => {
        const got = run(c);
        const amounts = Array.from(got.amounts, big);
        expect(amounts.reduce((a, b) => a + b, 0n) + got.left).toBe(c.pot);
        for (const a of amounts) {
          expect(a >= 0n).toBe(true);
          expect(a % c.unit).toBe(0n);
        }
        // Only "down" leaves whole units; the others leave only the part of the pot below one unit.
        if (c.method !== "down") expect(got.left).toBe(c.pot % c.unit);
        else expect(got.left >= 0n && got.left < BigInt(c.weights.length) * c.unit + (c.pot % c.unit)).toBe(true);
        // A region outside the block (no weight) is paid nothing under any rule.
        c.weights.forEach((w, i) => w === 0n && expect(amounts[i]).toBe(0n));
      }),
      RUNS,
    );
  });

  it("pays each region within one unit of its exact share; under half up within half a unit, the largest within regions × half a unit", () => {
    fc.assert(
      fc.property(caseArb(), (c) => {
        const shares = sharesOf(c.pot, c.weights);
        const got = run(c);
        const n = BigInt(c.weights.length);
        const adjusted = new Set(got.adjusted.map((a) => a.index));
        Array.from(got.amounts, big).forEach((a, i) => {
          if (c.method === "down") {
            // Below its share by less than one unit: 0 ≤ s − a < u.
            expect(a * shares[i][1] <= shares[i][0] && (a + c.unit) * shares[i][1] > shares[i][0]).toBe(true);
          } else if (c.method === "largestRemainder") expect(within(a, shares[i], c.unit, 1n, true)).toBe(true);
          else if (!adjusted.has(i)) expect(within(a, shares[i], c.unit, 2n)).toBe(true);
          else expect(within(a, shares[i], n * c.unit, 2n)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("never gives a larger weight less, under largest remainder and down", () => {
    fc.assert(
      fc.property(caseArb(true, ["largestRemainder", "down"]), (c) => {
        const a = Array.from(run(c).amounts, big);
        c.weights.forEach((wi, i) => c.weights.forEach((wj, j) => wi > wj && expect(a[i] >= a[j]).toBe(true)));
      }),
      RUNS,
    );
  });

  it("under half up, never gives a larger weight less among the regions the difference did not touch", () => {
    fc.assert(
      fc.property(caseArb(true, ["halfUpToLargest"]), (c) => {
        const got = run(c);
        const a = Array.from(got.amounts, big);
        const touched = new Set(got.adjusted.map((x) => x.index));
        c.weights.forEach((wi, i) => c.weights.forEach((wj, j) => wi > wj && !touched.has(i) && !touched.has(j) && expect(a[i] >= a[j]).toBe(true)));
      }),
      RUNS,
    );
  });

  it("under half up the full law fails: random shares find a larger weight paid less (the rule as issue 25 states it; reported)", () => {
    const monotone = fc.property(caseArb(false, ["halfUpToLargest"]), (c) => {
      const a = Array.from(run(c).amounts, big);
      return c.weights.every((wi, i) => c.weights.every((wj, j) => !(wi > wj) || a[i] >= a[j]));
    });
    // Not shrunk: the hand-computed counterexamples in roundByRule.test.ts are the small ones.
    const out = fc.check(monotone, { numRuns: 2000, seed: 25, endOnFailure: true });
    expect(out.failed).toBe(true);
  });

  it("does not depend on the order the regions come in: the ranks decide every tie", () => {
    fc.assert(
      fc.property(
        fc.oneof(caseArb(true), tinyArb).chain((c) => fc.shuffledSubarray(c.weights.map((_, i) => i), { minLength: c.weights.length, maxLength: c.weights.length }).map((order) => ({ c, order }))),
        ({ c, order }) => {
          const shares = sharesOf(c.pot, c.weights);
          const first = run(c);
          const moved = run(c, order.map((i) => shares[i]), order.map((i) => c.ranks[i]));
          expect(order.map((i) => first.amounts[i])).toEqual(Array.from(moved.amounts));
          expect(moved.left).toBe(first.left);
          expect(moved.adjusted.map((x) => ({ index: order[x.index], kronor: x.kronor }))).toEqual(first.adjusted);
        },
      ),
      RUNS,
    );
  });
});
