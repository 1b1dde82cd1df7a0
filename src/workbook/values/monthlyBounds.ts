import type { MonthlyMeasure } from "../../engine/types";
import { normalizeName } from "./regions";

/**
 * Bounds for a monthly figure per 100 available beds. Above `refuse` it cannot
 * be a rate (a decimal comma lost: 14,8 typed as 148; a count typed over a
 * rate); above `warn` it is computed, and said with its cell.
 *
 * Where they come from: Socialstyrelsen's and SKR's monthly reporting of
 * overcrowding (överbeläggningar) gives about 2–6 per 100 available beds for
 * the country, single regions up to about 10–15 in their worst months;
 * outplacement (utlokaliseringar) about 0.5–3, seldom above 4. The bundled
 * example lies inside these (overcrowding 1.6–7.4, outplacement 0.6–2.8).
 * The refusal bounds are twice the highest published regional months: a
 * typical figure with its comma lost (3,9 → 39; 1,6 → 16) falls above them,
 * while a bad month of a region under strain is still only a warning.
 * A measure the round defines itself gets the wide bounds of any rate per
 * 100: more events than beds (over 100) is not a rate.
 */
export interface Bounds {
  warn: number;
  refuse: number;
}

const KNOWN: { pattern: RegExp; bounds: Bounds }[] = [
  { pattern: /överbeläggning|overcrowd/, bounds: { warn: 15, refuse: 30 } },
  { pattern: /utlokaliser|outplace/, bounds: { warn: 5, refuse: 15 } },
];

export const ANY_RATE: Bounds = { warn: 50, refuse: 100 };

export function boundsOf(measure: MonthlyMeasure): Bounds {
  const names = normalizeName(`${measure.id} ${measure.title} ${measure.titleEn ?? ""}`);
  return KNOWN.find((k) => k.pattern.test(names))?.bounds ?? ANY_RATE;
}
