/**
 * The rule for the last krona: how a block's exact shares become amounts
 * (dinero.js's lesson: say how money is rounded, never leave it implied).
 * - `largestRemainder` (Hamilton; the presets'): every share rounded down to
 *   the unit, the units left to the largest remainders, ties by region code;
 * - `halfUpToLargest` (SKR's and Kammarkollegiet's tables of some years): every
 *   share rounded half up to the unit, the difference to the pot (a few units,
 *   either sign) put on the region with the largest amount, ties by region code;
 * - `down`: every share rounded down to the unit; what is left is unallocated.
 * The unit is whole kronor: 1, or 1 000, 100 000 for tables in thousands.
 */
export type RoundingMethod = "largestRemainder" | "halfUpToLargest" | "down";

export interface RoundingRule {
  method: RoundingMethod;
  /** Whole kronor, at least 1. */
  unit: bigint;
}

export const ROUNDING_METHODS: readonly RoundingMethod[] = ["largestRemainder", "halfUpToLargest", "down"];

export const DEFAULT_ROUNDING: RoundingRule = { method: "largestRemainder", unit: 1n };

export function isDefaultRounding(rule: RoundingRule): boolean {
  return rule.method === DEFAULT_ROUNDING.method && rule.unit === DEFAULT_ROUNDING.unit;
}

export function sameRounding(a: RoundingRule, b: RoundingRule): boolean {
  return a.method === b.method && a.unit === b.unit;
}
