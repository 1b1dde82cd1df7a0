import { Rational } from "./rational";

const PER = new Rational(100000n);

/**
 * A count per 100 000 inhabitants, kept exact: the decisions' "antal per
 * 100 000 invånare". Rounding this rate moves amounts by thousands of kronor.
 */
export function perCapitaWeight(count: Rational, population: Rational): Rational {
  if (!population.isPositive()) throw new RangeError("perCapitaWeight: population must be above zero");
  return count.mul(PER).div(population);
}

/**
 * The same rate from the nearest doubles of count and population: 11 rounding
 * steps (count 3, × 100 000 1, ÷ population 2·3 + 1).
 */
export function perCapitaApprox(count: number, population: number): number {
  return (count * 100000) / population;
}
