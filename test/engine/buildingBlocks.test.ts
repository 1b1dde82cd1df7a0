import { Rational, sum } from "../../src/engine/rational";
import { equalSplit } from "../../src/engine/equalSplit";
import { ladder, ladderProblem, nextStep } from "../../src/engine/ladder";
import { render } from "../../src/messages/message";
import { perCapitaWeight } from "../../src/engine/perCapitaWeight";
import { exactOf } from "../../src/engine/largestRemainder";
import { proportionalSplit } from "../../src/engine/proportionalSplit";
import { weightsFrom } from "../../src/engine/weights";
import { formatKronor, formatNumber } from "../../src/engine/format";

const d = (v: string | number) => Rational.from(v);
const steps = [
  [2, 3000000],
  [3, 4500000],
  [5, 7500000],
  [7, 10500000],
  [10, 20000000],
  [15, 30000000],
].map(([t, a]) => ({ threshold: d(t), amount: d(a) }));

describe("perCapitaWeight", () => {
  it("is count per 100 000 inhabitants, not rounded", () => {
    // 295 / 2 455 914 × 100 000 = 12.011821260842195614… (Stockholm 2024; Python fractions)
    const w = perCapitaWeight(d(295), d(2455914));
    expect(w.toDecimalPlaces(10).toString()).toBe("12.0118212608");
    expect(w.mul(d(2455914)).div(100000).toDecimalPlaces(30).toString()).toBe("295");
  });
  it("refuses a population of zero", () => {
    expect(() => perCapitaWeight(d(1), d(0))).toThrow(/population/);
  });
});

describe("proportionalSplit", () => {
  it("shares in proportion and sums to the pot", () => {
    const s = exactOf(proportionalSplit(d(100), weightsFrom([d(1), d(3)])));
    expect(s.map(String)).toEqual(["25", "75"]);
  });
  it("shares nothing when no weight is positive", () => {
    expect(exactOf(proportionalSplit(d(100), weightsFrom([d(0), d(0)]))).map(String)).toEqual(["0", "0"]);
  });
  it("refuses negative weights", () => {
    expect(() => proportionalSplit(d(100), weightsFrom([d(-1), d(2)]))).toThrow(/negative/);
  });
});

describe("equalSplit", () => {
  it("gives equal exact shares to the eligible only", () => {
    const s = exactOf(equalSplit(d(44000000), [true, false, true, true]));
    expect(s[1].toString()).toBe("0");
    expect(s[0].eq(s[2])).toBe(true);
    expect(sum(s).toDecimalPlaces(20).toString()).toBe("44000000");
  });
  it("shares nothing with nobody eligible", () => {
    expect(exactOf(equalSplit(d(10), [false])).map(String)).toEqual(["0"]);
  });
});

describe("ladder", () => {
  it("is not cumulative: the highest step reached pays alone", () => {
    expect(ladder(steps, d(7))?.amount.toString()).toBe("10500000");
    expect(ladder(steps, d(24))?.amount.toString()).toBe("30000000");
    expect(ladder(steps, d(15))?.step).toBe(6);
  });
  it("reaches a step at its threshold (≥) and none below the first", () => {
    expect(ladder(steps, d(2))?.step).toBe(1);
    expect(ladder(steps, d("1.5"))).toBeNull();
    expect(ladder(steps, d("-2.5"))).toBeNull();
  });
  it("names the next step up", () => {
    expect(nextStep(steps, d(3))?.threshold.toString()).toBe("5");
    expect(nextStep(steps, d(15))).toBeNull();
  });
  it("says why steps out of order cannot be, in Swedish and English", () => {
    const order = ladderProblem([steps[1], steps[0]])!;
    expect(render(order, "sv")).toBe(`steg 2: tröskeln 2 är inte högre än steg 1:s ${steps[1].threshold.toString()}`);
    expect(render(order, "en")).toMatch(/^step 2: threshold 2 is not above step 1's/);
    const falling = ladderProblem([{ threshold: d(1), amount: d(5) }, { threshold: d(2), amount: d(4) }])!;
    expect(render(falling, "sv")).toBe("steg 2: beloppet 4 är lägre än steg 1:s 5");
    expect(render(ladderProblem([{ threshold: d(1), amount: d(-5) }])!, "sv")).toBe("steg 1: beloppet är negativt");
    expect(ladderProblem(steps)).toBeNull();
  });
});

describe("format", () => {
  it("writes Swedish and English numbers", () => {
    expect(formatNumber(d("2455914"), "sv")).toBe("2\u00a0455\u00a0914");
    expect(formatNumber(d("-2.5"), "sv")).toBe("−2,5");
    expect(formatNumber(d("1234.5"), "en")).toBe("1,234.5");
    expect(formatKronor(d(63000000), "sv")).toBe("63\u00a0000\u00a0000\u00a0kr");
  });
});
