import { computeRound } from "../../src/engine/computeRound";
import { Rational } from "../../src/engine/rational";
import type { MonthlySeries, RegionInput, RoundDef } from "../../src/engine/types";
import { REGIONS } from "../../src/workbook/values/regions";

export interface R {
  code: string;
  population: number;
  applied?: boolean;
  count?: number | null;
  planned?: number | string;
  forecast?: boolean;
  goodLevel?: boolean;
  monthly?: Record<string, Record<string, number | null>>;
}

/** A region input from plain numbers, as a test states it. */
export function region(r: R, round?: RoundDef): RegionInput {
  const name = REGIONS.find((x) => x.code === r.code)!.name;
  const d = (v: number | string | null | undefined) => (v === null || v === undefined ? null : typeof v === "number" ? Rational.fromCell(v) : Rational.from(v));
  const monthly = r.monthly
    ? Object.fromEntries(Object.entries(r.monthly).map(([m, s]) => [m, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, d(v)])) as MonthlySeries]))
    : undefined;
  return { code: r.code, name, applied: r.applied ?? true, population: Rational.from(r.population), count: d(r.count), planned: d(r.planned), forecast: r.forecast, goodLevel: r.goodLevel ?? (round?.goodLevel ? round.goodLevel.includes(r.code) : undefined), monthly };
}

/** Amounts per region code and block, as plain numbers. */
export function amounts(round: RoundDef, regions: R[]): Record<string, Record<string, number>> {
  const res = computeRound(round, regions.map((r) => region(r, round)));
  return Object.fromEntries(res.regions.map((r) => [r.code, { ...Object.fromEntries(Object.entries(r.amounts).map(([k, v]) => [k, v.toNumber()])), total: r.total.toNumber() }]));
}
