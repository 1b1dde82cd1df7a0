import { perCapitaApprox, perCapitaWeight } from "./perCapitaWeight";
import { ONE, Rational, ZERO } from "./rational";
import type { ColumnWeight, RegionInput, Weight, WeightKey } from "./types";

/** Per-100 000 weights by region object: a what-if changes one region, the other twenty keep theirs. */
const perCapitaCache = new WeakMap<RegionInput, Rational>();

/** A declared column's value for a region, per 100 000 inhabitants where the weight says; null where the cell is empty. */
function columnValue(w: ColumnWeight, region: RegionInput): Rational | null {
  const v = region.values?.[w.column] ?? null;
  return v === null || !w.per100k ? v : perCapitaWeight(v, region.population);
}

/** The weight a sharing key gives a region, exactly; null where the region has no count (or column value) to weigh. */
export function weightOf(key: Weight, region: RegionInput): Rational | null {
  if (typeof key === "object") return columnValue(key, region);
  switch (key) {
    case "population":
      return region.population;
    case "equal":
      return ONE;
    case "count":
      return region.count;
    case "countPer100k": {
      if (region.count === null) return null;
      let w = perCapitaCache.get(region);
      if (!w) perCapitaCache.set(region, (w = perCapitaWeight(region.count, region.population)));
      return w;
    }
  }
}

/** Rounding steps behind `approxWeightOf` (see `Shares.ops`): the per-100 000 rate's 11 at most. */
export const WEIGHT_OPS = 11;

/** The same weight as a double, within γ11 of it; 0 where there is none. */
export function approxWeightOf(key: Weight, region: RegionInput): number {
  if (typeof key === "object") return columnValue(key, region)?.toNumber() ?? 0;
  return approxWeightFrom(key, region.count === null ? null : region.count.toNumber(), region.population.toNumber());
}

/**
 * The same from the nearest doubles of a count and a population. A what-if
 * model asks with numbers only: the engine's region objects come in many
 * shapes, and code reading their fields is slower for it.
 */
export function approxWeightFrom(key: WeightKey, count: number | null, population: number): number {
  switch (key) {
    case "population":
      return population;
    case "equal":
      return 1;
    case "count":
      return count ?? 0;
    case "countPer100k":
      return count === null ? 0 : perCapitaApprox(count, population);
  }
}

/** The weights of a block: doubles for the filter, exact fractions on demand; zero where a region is not weighed. */
export interface Weights {
  approx: Float64Array;
  exact(i: number): Rational;
}

export function weightsOf(key: Weight, regions: readonly RegionInput[], counted: readonly boolean[]): Weights {
  const approx = new Float64Array(regions.length);
  regions.forEach((r, i) => {
    if (counted[i]) approx[i] = approxWeightOf(key, r);
  });
  return { approx, exact: (i) => (counted[i] ? weightOf(key, regions[i]) ?? ZERO : ZERO) };
}

/** Weights given as exact values (a sheet function's column, a test): each double within γ3. */
export function weightsFrom(values: readonly Rational[]): Weights {
  return { approx: Float64Array.from(values, (v) => v.toNumber()), exact: (i) => values[i] };
}

/** How an explanation names a weight: "folkmängd", "vårdbehov höftled per 100 000 invånare". */
export function weightLabel(w: Weight): { sv: string; en: string } {
  if (typeof w === "string") return weightLabels[w];
  const en = w.titleEn ?? w.title;
  return w.per100k ? { sv: `${w.title} per 100 000 invånare`, en: `${en} per 100 000 inhabitants` } : { sv: w.title, en };
}

export const weightLabels: Record<WeightKey, { sv: string; en: string }> = {
  population: { sv: "folkmängd", en: "population" },
  equal: { sv: "lika delar", en: "equal shares" },
  count: { sv: "antal", en: "count" },
  countPer100k: { sv: "antal per 100 000 invånare", en: "count per 100 000 inhabitants" },
};
