import { Rational } from "../../engine/rational";
import { msg, type Msg } from "../../messages/message";
import { decimalParam } from "./parseNumber";

/**
 * Bounds for figures that cannot be right, decided from the published data
 * (population of 1 Nov 2023; the 2024 AT outcome: 12–23 AT posts per 100 000
 * inhabitants, counts within 0.75–1.3 times the plan). Beyond the refusal
 * bounds a figure is a typing error (a digit too many, thousands for ones);
 * between the warning and refusal bounds it is computed and said.
 */
export const BOUNDS = {
  /** Gotland, the smallest region, has 61 093; a figure under this is in thousands, or cut short. */
  minPopulation: 10_000,
  /** Sweden had 10 557 682 inhabitants on 1 Nov 2023. */
  maxPopulation: 11_000_000,
  /** Off the published population by more than this share: computed, and said. */
  populationDrift: Rational.from("0.1"),
  refusePer100k: 60,
  warnPer100k: 35,
  refuseTimesPlan: 5,
  warnTimesPlan: 2,
  /** A plan this small says little about what a count may be. */
  minPlanCompared: 5,
} as const;

/** Population per region on 1 November 2023 (the 2024 beds decision, appendix 2). */
const POPULATION_2023: Record<string, number> = {
  "01": 2455914, "03": 404714, "04": 302310, "05": 472660, "06": 369201, "07": 204028, "08": 247063,
  "09": 61093, "10": 158226, "12": 1422288, "13": 343989, "14": 1767641, "17": 283661, "18": 308413,
  "19": 280965, "20": 287451, "21": 286085, "22": 242343, "23": 132466, "24": 278518, "25": 248653,
};

/** The date of the only populations the project publishes with itself. */
export const PUBLISHED_POPULATION_DATE = "2023-11-01";

/** A region's published population of {@link PUBLISHED_POPULATION_DATE}, or undefined for an unknown code. */
export function publishedPopulation(code: string): number | undefined {
  return POPULATION_2023[code];
}

export function populationRefusal(d: Rational): Msg | null {
  if (d.lt(BOUNDS.minPopulation)) return msg("population.tooSmall", { value: decimalParam(d), min: "10 000" });
  if (d.gt(BOUNDS.maxPopulation)) return msg("population.tooLarge", { value: decimalParam(d) });
  return null;
}

export function populationWarning(code: string, d: Rational): Msg | null {
  const known = POPULATION_2023[code];
  if (!known || d.minus(known).abs().lte(Rational.from(known).mul(BOUNDS.populationDrift))) return null;
  return msg("population.unusual", { value: decimalParam(d), known: decimalParam(Rational.from(known)) });
}

function per100k(count: Rational, population: Rational): Rational {
  return count.mul(100000).div(population).toDecimalPlaces(1);
}

/** A count of posts that cannot be right for the region: refused. */
export function countRefusal(count: Rational, population: Rational, planned: Rational | null): Msg | null {
  const rate = per100k(count, population);
  if (rate.gt(BOUNDS.refusePer100k)) return msg("count.implausiblePer100k", { value: decimalParam(count), per100k: decimalParam(rate), limit: BOUNDS.refusePer100k });
  if (planned && planned.gte(BOUNDS.minPlanCompared) && count.gt(planned.mul(BOUNDS.refuseTimesPlan))) {
    return msg("count.implausiblePlan", { value: decimalParam(count), times: BOUNDS.refuseTimesPlan, planned: decimalParam(planned) });
  }
  return null;
}

/** A planned count no region could plan: refused, by the same bound as a count. */
export function plannedRefusal(planned: Rational, population: Rational): Msg | null {
  const rate = per100k(planned, population);
  return rate.gt(BOUNDS.refusePer100k) ? msg("planned.implausible", { value: decimalParam(planned), per100k: decimalParam(rate), limit: BOUNDS.refusePer100k }) : null;
}

/** A count possible but unusual: computed, and said with its cell. */
export function countWarning(count: Rational, population: Rational, planned: Rational | null): Msg | null {
  const rate = per100k(count, population);
  if (rate.gt(BOUNDS.warnPer100k)) return msg("count.unusualPer100k", { value: decimalParam(count), per100k: decimalParam(rate) });
  if (planned && planned.gte(BOUNDS.minPlanCompared) && (count.gt(planned.mul(BOUNDS.warnTimesPlan)) || count.lt(planned.div(BOUNDS.warnTimesPlan)))) {
    return msg("count.unusualPlan", { value: decimalParam(count), planned: decimalParam(planned) });
  }
  return null;
}
