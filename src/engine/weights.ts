import { Decimal } from "./decimal";
import { perCapitaWeight } from "./perCapitaWeight";
import type { RegionInput, WeightKey } from "./types";

const ONE = new Decimal(1);

/** Per-100 000 weights by region object: a what-if changes one region, the other twenty keep theirs. */
const perCapitaCache = new WeakMap<RegionInput, Decimal>();

/** The weight a sharing key gives a region; null where the region has no count to weigh. */
export function weightOf(key: WeightKey, region: RegionInput): Decimal | null {
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

export const weightLabels: Record<WeightKey, { sv: string; en: string }> = {
  population: { sv: "folkmängd", en: "population" },
  equal: { sv: "lika delar", en: "equal shares" },
  count: { sv: "antal", en: "count" },
  countPer100k: { sv: "antal per 100 000 invånare", en: "count per 100 000 inhabitants" },
};
