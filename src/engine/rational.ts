/**
 * Exact rational numbers: numerator and denominator as BigInt, in lowest terms,
 * the denominator positive. Every amount, weight and share of the engine is one.
 *
 * Our own rather than a library (fraction.js, big-rational): besides exact
 * arithmetic the engine needs each value's nearest double, kept once computed,
 * for the largest-remainder filter's bounds and for display (never to decide
 * a comparison: `cmp` is exact), and exact reading of the decimals officers
 * type ("86.5", "1e-7").
 * That is 200 lines with no dependency, in Node and the browser alike.
 */

/** Unit roundoff of IEEE 754 doubles, 2^-53 (Higham, Accuracy and Stability of Numerical Algorithms, §2.1). */
export const UNIT_ROUNDOFF = 2 ** -53;

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : (x < 0n ? -x : x).toString(16).length * 4;
}

/** What the operations take besides a Rational: a whole number (a safe integer) or a BigInt. */
export type Operand = Rational | number | bigint;

/**
 * Arithmetic takes a number only when it is a whole number a double holds
 * exactly: a fraction or a huge number here would be a double computed in a
 * money path, read at finite precision. Such values come in through
 * Rational.fromCell, where reading a cell is the point, never through an operation.
 */
function operand(v: Operand): Rational {
  if (v instanceof Rational) return v;
  if (typeof v === "number" && !Number.isSafeInteger(v)) throw new RangeError(`Rational: ${v} is not a whole number a double holds exactly; pass a Rational`);
  return Rational.from(v);
}

/** The significant digits Excel keeps of a number (KB 65903). */
const EXCEL_DIGITS = 15;

const DECIMAL = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?\s*$/i;

/** A safe integer, its double known already (a what-if's total is read as a number straight after). */
function wholeNumber(v: number): Rational {
  const x = new Rational(BigInt(v), 1n);
  x["near"] = v === 0 ? 0 : v; // never -0

  return x;
}

export class Rational {
  /** The nearest double, computed on first use (NaN until then). */
  private near = NaN;

  /** Assumes lowest terms and d > 0: use `Rational.of` unless both hold. */
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}

  /** n/d in lowest terms. */
  static of(n: bigint, d: bigint = 1n): Rational {
    if (d === 0n) throw new RangeError("Rational: division by zero");
    if (d === 1n) return new Rational(n, 1n);
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /**
   * The exact value of a decimal, a BigInt, or a whole number a double holds
   * exactly. Any other number is refused: a fraction as a double is a value
   * computed at finite precision, and in a money path it must have stayed a
   * Rational. A number from a cell or a JSON file is read by `fromCell`.
   */
  static from(v: number | string | bigint | Rational): Rational {
    if (v instanceof Rational) return v;
    if (typeof v === "bigint") return new Rational(v, 1n);
    if (typeof v === "number") {
      if (Number.isSafeInteger(v)) return wholeNumber(v);
      throw new RangeError(`Rational: ${v} is not a whole number a double holds exactly; a cell's number is read by Rational.fromCell, a computed one stays a Rational`);
    }
    const m = DECIMAL.exec(String(v));
    if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new RangeError(`Rational: "${String(v)}" is not a number`);
    const frac = m[3] ?? "";
    let n = BigInt((m[2] || "0") + frac);
    let exp = Number(m[4] ?? 0) - frac.length;
    if (m[1] === "-") n = -n;
    if (exp >= 0) return new Rational(n * 10n ** BigInt(exp), 1n);
    return Rational.of(n, 10n ** BigInt(-exp));
  }

  /**
   * A number as a cell (or JSON.parse) gives it: a binary double, read as the
   * decimal Excel keeps of it, its 15 significant digits ("Microsoft Excel
   * retains 15 significant digits", Microsoft KB 65903; floating-point storage,
   * KB 78113), never as the binary fraction: a typed 0.1 is one tenth, and a
   * formula's 0.30000000000000004 is the 0.3 the officer sees. Whole numbers
   * up to 2^53 are exact doubles and are read as they are. Only where a value
   * is read from outside: nothing the engine computes passes through here.
   */
  static fromCell(v: number): Rational {
    if (!Number.isFinite(v)) throw new RangeError(`Rational: ${v} is not a finite number`);
    if (Number.isSafeInteger(v)) return wholeNumber(v);
    return Rational.from(v.toPrecision(EXCEL_DIGITS));
  }

  plus(other: Operand): Rational {
    const o = operand(other);
    if (this.d === 1n && o.d === 1n) return new Rational(this.n + o.n, 1n);
    if (this.d === o.d) return Rational.of(this.n + o.n, this.d);
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  minus(other: Operand): Rational {
    const o = operand(other);
    if (this.d === 1n && o.d === 1n) return new Rational(this.n - o.n, 1n);
    return this.plus(o.neg());
  }

  mul(other: Operand): Rational {
    const o = operand(other);
    if (this.d === 1n && o.d === 1n) return new Rational(this.n * o.n, 1n);
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  div(other: Operand): Rational {
    const o = operand(other);
    if (o.n === 0n) throw new RangeError("Rational: division by zero");
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  neg(): Rational {
    return new Rational(-this.n, this.d);
  }

  abs(): Rational {
    return this.n < 0n ? this.neg() : this;
  }

  /**
   * −1, 0 or 1, exactly: the signs first, then the cross products in BigInt.
   * No double decides a comparison: a share's order is an amount's order.
   */
  cmp(other: Operand): number {
    const o = operand(other);
    if (this.d === o.d) return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
    const sa = this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
    const sb = o.n < 0n ? -1 : o.n > 0n ? 1 : 0;
    if (sa !== sb) return sa < sb ? -1 : 1;
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  eq(other: Operand): boolean {
    const o = operand(other);
    return this.n === o.n && this.d === o.d;
  }
  gt(other: Operand): boolean {
    const o = operand(other);
    return this.cmp(o) > 0;
  }
  gte(other: Operand): boolean {
    const o = operand(other);
    return this.cmp(o) >= 0;
  }
  lt(other: Operand): boolean {
    const o = operand(other);
    return this.cmp(o) < 0;
  }
  lte(other: Operand): boolean {
    const o = operand(other);
    return this.cmp(o) <= 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  isNegative(): boolean {
    return this.n < 0n;
  }
  isPositive(): boolean {
    return this.n > 0n;
  }
  isInteger(): boolean {
    return this.d === 1n;
  }

  /** The largest integer not above the value. */
  floor(): Rational {
    if (this.d === 1n) return this;
    const q = this.n / this.d; // truncates toward zero
    return new Rational(this.n < 0n ? q - 1n : q, 1n);
  }

  ceil(): Rational {
    if (this.d === 1n) return this;
    return this.neg().floor().neg();
  }

  /** Rounded to `places` decimals, halves to even (as the displays always did). */
  toDecimalPlaces(places: number): Rational {
    const scale = 10n ** BigInt(places);
    const x = this.n * scale;
    let q = x / this.d;
    let r = x % this.d;
    if (r < 0n) {
      q -= 1n;
      r += this.d;
    }
    const twice = 2n * r;
    if (twice > this.d || (twice === this.d && q % 2n !== 0n)) q += 1n;
    return Rational.of(q, scale);
  }

  /** The nearest double (kept once computed): for display, charts and the fast paths' filters, never for an amount. */
  toNumber(): number {
    if (this.near === this.near) return this.near;
    let v = Number(this.n) / Number(this.d);
    if (!Number.isFinite(v) || (v === 0 && this.n !== 0n)) {
      // Numerator or denominator beyond a double: divide with 64 bits of quotient first.
      const shift = bitLength(this.d) - bitLength(this.n) + 64;
      const q = shift >= 0 ? (this.n << BigInt(shift)) / this.d : this.n / (this.d << BigInt(-shift));
      v = Number(q) * 2 ** -shift;
    }
    return (this.near = v);
  }

  /**
   * Plain decimal notation: exact where the value has a finite decimal form
   * (every number read from a cell or a definition), otherwise rounded to 20 decimals.
   */
  toString(): string {
    let d = this.d;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) (d /= 2n), twos++;
    while (d % 5n === 0n) (d /= 5n), fives++;
    if (d !== 1n) return this.toDecimalString(20).replace(/\.?0+$/, "");
    return this.toDecimalString(Math.max(twos, fives));
  }

  /** Exactly `places` decimals, computed in BigInt (halves to even): for printing, never a double. */
  toDecimalString(places: number): string {
    const r = this.toDecimalPlaces(places);
    const scaled = r.n * 10n ** BigInt(places) / r.d;
    const neg = scaled < 0n;
    const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, "0");
    const int = digits.slice(0, digits.length - places);
    const frac = digits.slice(digits.length - places);
    return `${neg ? "-" : ""}${int}${places > 0 ? `.${frac}` : ""}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

export const ZERO = new Rational(0n, 1n);
export const ONE = new Rational(1n, 1n);
export const HUNDRED = new Rational(100n, 1n);

/**
 * The exact sum. Added in halves, numerators and denominators unreduced until
 * the end: fractions with unlike denominators (rates per 100 000 over each
 * region's population) then grow evenly, and cost one gcd instead of one per term.
 */
export function sum(values: readonly Rational[]): Rational {
  const halves = (lo: number, hi: number): [bigint, bigint] => {
    if (hi - lo === 0) return [0n, 1n];
    if (hi - lo === 1) return [values[lo].n, values[lo].d];
    const mid = (lo + hi) >>> 1;
    const [a, b] = halves(lo, mid);
    const [c, d] = halves(mid, hi);
    return b === d ? [a + c, b] : [a * d + c * b, b * d];
  };
  const [n, d] = halves(0, values.length);
  return Rational.of(n, d);
}

/** A plain string for explanations and JSON: no exponent, at most `decimals` decimals. */
export function show(value: Rational, decimals = 12): string {
  return value.toDecimalPlaces(decimals).toString();
}
