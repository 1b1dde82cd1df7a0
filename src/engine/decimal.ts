import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor of the product. 60 significant digits keep a
 * per-100 000 weight of a 2.5-million population exact far past the krona;
 * binary floats never enter a money path.
 */
export const Decimal = DecimalBase.clone({
  precision: 60,
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
