import { Decimal } from "./decimal";
import { perCapitaWeight } from "./perCapitaWeight";
import type { RegionInput, WeightKey } from "./types";

const ONE = new Decimal(1);

/** The weight a sharing key gives a region; null where the region has no count to weigh. */
export function weightOf(key: WeightKey, region: RegionInput): Decimal | null {
  switch (key) {
    case "population":
      return region.population;
    case "equal":
      return ONE;
    case "count":
      return region.count;
    case "countPer100k":
      return region.count === null ? null : perCapitaWeight(region.count, region.population);
  }
}

export const weightLabels: Record<WeightKey, { sv: string; en: string }> = {
  population: { sv: "folkmängd", en: "population" },
  equal: { sv: "lika delar", en: "equal shares" },
  count: { sv: "antal", en: "count" },
  countPer100k: { sv: "antal per 100 000 invånare", en: "count per 100 000 inhabitants" },
};
