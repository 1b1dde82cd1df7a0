import { Rational } from "../../../src/engine/rational";
import type { ColumnWeight, RegionInput } from "../../../src/engine/types";
import { REGIONS } from "../../../src/workbook/values/regions";

/** A figure as a test states it: a decimal text, or a number as a cell holds it. */
export const d = (v: string | number) => (typeof v === "number" ? Rational.fromCell(v) : Rational.from(v));

/** A region by its place in official order (0 = Stockholm), with plain numbers for its declared columns. */
export function reg(i: number, population: number, values: Record<string, number | null> = {}, applied = true): RegionInput {
  return {
    code: REGIONS[i].code,
    name: REGIONS[i].name,
    applied,
    population: d(population),
    count: null,
    planned: null,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? null : d(v)])),
  };
}

export const col = (column: string, per100k = false): ColumnWeight => ({ column, per100k, title: column });

/** Exact shares of a block as strings, for comparing with figures worked out by hand. */
export const exact = (b: { shares: { exact(i: number): Rational } }, n: number) => Array.from({ length: n }, (_, i) => b.shares.exact(i).toString());

export const base = { title: "T", among: ["applied" as const] };
