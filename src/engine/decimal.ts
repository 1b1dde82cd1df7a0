import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor of the product. Amounts stay below 10^10 kr, so
 * 40 significant digits keep 30 decimals: a quotient's last-digit error is far
 * below the krona, and the largest-remainder step absorbs it. (60 digits cost
 * a third more time for nothing.) Binary floats never enter a money path.
 */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 60,
});
export type Decimal = InstanceType<typeof Decimal>;

export type DecimalLike = Decimal | string | number;

export const ZERO = new Decimal(0);

export function dec(value: DecimalLike): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** A plain string for explanations and JSON: no exponent, trimmed to 12 decimals. */
export function show(value: Decimal, decimals = 12): string {
  return value.toDecimalPlaces(decimals).toString();
}
