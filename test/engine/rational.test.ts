import fc from "fast-check";
import { Rational, sum } from "../../src/engine/rational";

const r = (n: bigint, d = 1n) => Rational.of(n, d);

describe("Rational: reading", () => {
  it("reads decimals exactly, with exponents and signs, in lowest terms", () => {
    expect([Rational.from("86.5").n, Rational.from("86.5").d]).toEqual([173n, 2n]);
    expect(Rational.from("-0.25").toString()).toBe("-0.25");
    expect(Rational.from("1e-7").eq(r(1n, 10000000n))).toBe(true);
    expect(Rational.from("2.5E+3").toString()).toBe("2500");
    expect(Rational.from(".5").toString()).toBe("0.5");
    expect(() => Rational.from("tjugo")).toThrow(/not a number/);
    expect(() => Rational.from(".")).toThrow(/not a number/);
    expect(() => Rational.fromCell(Number.NaN)).toThrow(/finite/);
  });

  it("refuses a fraction as a double outside reading a cell: in the engine it would be a value at finite precision", () => {
    expect(() => Rational.from(0.1)).toThrow(/Rational.fromCell/);
    expect(() => Rational.from(2.99999904632568359375)).toThrow(/not a whole number/); // 4 − (1 + 2⁻²⁰): 15 digits would lose it
    expect(() => Rational.from(1.5e21)).toThrow(/not a whole number/);
    expect(Rational.from(-42).toString()).toBe("-42");
  });

  it("reads a double as the 15 significant digits Excel keeps, not as its binary fraction", () => {
    expect(Rational.fromCell(0.1).eq(r(1n, 10n))).toBe(true);
    expect(Rational.fromCell(0.1 + 0.2).toString()).toBe("0.3"); // 0.30000000000000004 as a double
    expect(Rational.fromCell(2455914.0000000005).toString()).toBe("2455914");
    expect(Rational.fromCell(123456.789012345).toString()).toBe("123456.789012345");
    expect(Rational.fromCell(1.5e21).toString()).toBe("1500000000000000000000");
    expect(Rational.from(9007199254740991).toString()).toBe("9007199254740991"); // a whole double, as it is
  });

  it("reads back every decimal of up to 15 significant digits typed into a cell", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 12 }), (digits, places) => {
        const text = `${digits < 0n ? "-" : ""}${(digits < 0n ? -digits : digits).toString().padStart(places + 1, "0").replace(new RegExp(`(\\d{${places}})$`), ".$1")}`;
        expect(Rational.fromCell(Number(text)).eq(Rational.from(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Rational: arithmetic", () => {
  it("keeps lowest terms and a positive denominator", () => {
    const x = r(6n, -8n);
    expect([x.n, x.d]).toEqual([-3n, 4n]);
    expect(r(1n, 6n).plus(r(1n, 3n)).eq(r(1n, 2n))).toBe(true);
    expect(r(1n, 2n).minus(r(1n, 2n)).isZero()).toBe(true);
    expect(r(2n, 3n).mul(r(3n, 4n)).eq(r(1n, 2n))).toBe(true);
    expect(r(2n, 3n).div(r(4n, 9n)).eq(r(3n, 2n))).toBe(true);
    expect(() => r(1n).div(r(0n))).toThrow(/division by zero/);
  });

  it("takes a number in arithmetic only when it is a whole number a double holds exactly", () => {
    expect(r(1n, 3n).mul(3).eq(r(1n))).toBe(true);
    // A fraction or a huge double here would be a double computed in a money path: refused, never read at 15 digits.
    expect(() => r(1n).plus(0.1)).toThrow(/not a whole number/);
    expect(() => r(1n).mul(2 ** 60)).toThrow(/not a whole number/);
    expect(r(1n).plus(Rational.fromCell(0.1)).eq(r(11n, 10n))).toBe(true);
  });

  it("floors and ceils toward minus and plus infinity", () => {
    expect(r(-7n, 2n).floor().toString()).toBe("-4");
    expect(r(-7n, 2n).ceil().toString()).toBe("-3");
    expect(r(7n, 2n).floor().toString()).toBe("3");
  });

  it("rounds to decimals half to even, and prints terminating values exactly", () => {
    expect(r(5n, 2n).toDecimalPlaces(0).toString()).toBe("2");
    expect(r(7n, 2n).toDecimalPlaces(0).toString()).toBe("4");
    expect(r(-5n, 2n).toDecimalPlaces(0).toString()).toBe("-2");
    expect(r(1n, 3n).toDecimalString(4)).toBe("0.3333");
    expect(r(1n, 1024n).toString()).toBe("0.0009765625");
    expect(r(1n, 3n).toString()).toBe("0.33333333333333333333");
  });

  it("sums fractions of unlike denominators exactly", () => {
    const parts = Array.from({ length: 50 }, (_, i) => r(1n, BigInt(i + 1)));
    const byHand = parts.reduce((a, b) => a.plus(b));
    expect(sum(parts).eq(byHand)).toBe(true);
    expect(sum([]).isZero()).toBe(true);
  });
});

describe("Rational: comparison", () => {
  it("tells apart values no double can", () => {
    const half = r(1n, 2n);
    const hair = r(1n, 10n ** 40n);
    expect(half.plus(hair).gt(half)).toBe(true);
    expect(half.minus(hair).lt(half)).toBe(true);
    // Below the doubles' range: 10^-400 rounds to 0 as a double but is not 0.
    const tiny = r(1n, 10n ** 400n);
    expect(tiny.toNumber()).toBe(0);
    expect(tiny.gt(r(0n))).toBe(true);
    expect(tiny.neg().lt(r(0n))).toBe(true);
    expect(tiny.cmp(r(1n, 10n ** 401n))).toBe(1);
  });

  it("agrees with cross-multiplication on any two fractions, near or far", () => {
    const big = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
    const den = fc.bigInt({ min: 1n, max: 10n ** 40n });
    fc.assert(
      fc.property(big, den, big, den, fc.boolean(), (a, b, c, d, near) => {
        const x = r(a, b);
        // Half the time a neighbour one part in 10^30 away.
        const y = near ? x.plus(r(c % 3n, 10n ** 30n * d)) : r(c, d);
        const cross = x.n * y.d - y.n * x.d;
        expect(x.cmp(y)).toBe(cross < 0n ? -1 : cross > 0n ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the nearest double of values beyond a double's range of numerator and denominator", () => {
    const third = r(10n ** 400n, 3n * 10n ** 400n);
    expect(third.toNumber()).toBeCloseTo(1 / 3, 15);
  });
});
