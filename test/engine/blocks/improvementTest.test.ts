import fc from "fast-check";
import { improvementTest } from "../../../src/engine/blocks/monthlyPerformance";
import { HUNDRED, Rational } from "../../../src/engine/rational";

/** A month's figure as an officer types it: up to three decimals, 0–100. */
const figure = fc.integer({ min: 0, max: 100_000 }).map((k) => Rational.of(BigInt(k), 1000n));
const percent = fc.integer({ min: 0, max: 1000 }).map((k) => Rational.of(BigInt(k), 100n));

describe("a month's improvement, decided exactly", () => {
  it("in points: value ≤ previous − p, exactly as the fractions say, also on the line", () => {
    fc.assert(
      fc.property(figure, figure, percent, (value, previous, p) => {
        expect(improvementTest({ improvement: { percent: p, reading: "points" } })(value, previous)).toBe(value.lte(previous.minus(p)));
      }),
    );
  });

  it("relative: value ≤ previous × (100 − p) / 100, exactly, also on the line", () => {
    fc.assert(
      fc.property(figure, figure, percent, (value, previous, p) => {
        const factor = HUNDRED.minus(p).div(HUNDRED);
        expect(improvementTest({ improvement: { percent: p, reading: "relative" } })(value, previous)).toBe(value.lte(previous.mul(factor)));
      }),
    );
  });

  it("a month exactly on the line improved; one ten-thousandth above it did not", () => {
    const relative = improvementTest({ improvement: { percent: Rational.from("0.5"), reading: "relative" } });
    // 4.02 × 0.995 = 3.9999: on the line.
    expect(relative(Rational.from("3.9999"), Rational.from("4.02"))).toBe(true);
    expect(relative(Rational.from("4.0000"), Rational.from("4.02"))).toBe(false);
    const points = improvementTest({ improvement: { percent: Rational.from("0.5"), reading: "points" } });
    expect(points(Rational.from("3.52"), Rational.from("4.02"))).toBe(true);
    expect(points(Rational.from("3.5201"), Rational.from("4.02"))).toBe(false);
  });
});
