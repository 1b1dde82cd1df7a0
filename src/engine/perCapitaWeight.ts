import { Decimal } from "./decimal";

const PER = new Decimal(100000);

/**
 * A count per 100 000 inhabitants, kept exact: the decisions' "antal per
 * 100 000 invånare". Rounding this rate moves amounts by thousands of kronor.
 */
export function perCapitaWeight(count: Decimal, population: Decimal): Decimal {
  if (!population.isPositive() || population.isZero()) {
    throw new RangeError("perCapitaWeight: population must be above zero");
  }
  return count.div(population).mul(PER);
}
