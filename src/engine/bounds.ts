import { formatKronor, formatNumber } from "./format";
import { Rational } from "./rational";
import type { Bound, RegionInput } from "./types";
import { proportionalSplit } from "./proportionalSplit";
import { weightLabel, weightOf, weightsOf } from "./weights";

/**
 * A cap or a floor for each region inside a block, in whole kronor: one
 * amount for all, a declared column's amount, or factor × pot × the region's
 * share of a weight among the regions inside (nothing when none has any). A cap is rounded down and a
 * floor up, to whole kronor or the block's rounding unit, so that no rounded
 * amount is ever above its cap or below its floor. Null outside, and where a column's cell is empty.
 */
export function boundsOf(bound: Bound | undefined, pot: Rational, regions: readonly RegionInput[], inside: readonly boolean[], kind: "cap" | "floor" = "cap", unit = 1n): (Rational | null)[] {
  // In a rounding to whole units (1 000, 100 000 kr) a cap is whole units, rounded down, and a floor rounded up: no rounded amount passes either.
  const u = Rational.of(unit);
  return exactBounds(bound, pot, regions, inside).map((b) => (b === null ? null : kind === "cap" ? b.div(u).floor().mul(u) : b.div(u).ceil().mul(u)));
}

function exactBounds(bound: Bound | undefined, pot: Rational, regions: readonly RegionInput[], inside: readonly boolean[]): (Rational | null)[] {
  if (!bound) return regions.map(() => null);
  switch (bound.kind) {
    case "amount":
      return regions.map((_, i) => (inside[i] ? bound.amount : null));
    case "column":
      return regions.map((r, i) => (inside[i] ? weightOf(bound.column, r) : null));
    case "share": {
      // Where no region inside has any of the weight, each one's share is
      // nothing: the limit of a share as its weight falls to zero. Taking it
      // as "no bound" would let a region lose money when its weight rises.
      const split = proportionalSplit(bound.factor.mul(pot), weightsOf(bound.weight, regions, inside));
      return regions.map((_, i) => (inside[i] ? split.exact(i) : null));
    }
  }
}

/** How an explanation says where a bound comes from: "(1,2 × potten efter vårdbehov höftled)". */
export function boundSource(bound: Bound, lang: "sv" | "en"): string {
  switch (bound.kind) {
    case "amount":
      return lang === "sv" ? "samma för alla" : "the same for all";
    case "column":
      return lang === "sv" ? `kolumnen ${bound.column.title}` : `the column ${bound.column.titleEn ?? bound.column.title}`;
    case "share": {
      const times = bound.factor.eq(1) ? "" : `${formatNumber(bound.factor, lang)} × `;
      return lang === "sv" ? `${times}potten efter ${weightLabel(bound.weight).sv}` : `${times}the pot by ${weightLabel(bound.weight).en}`;
    }
  }
}

/** "taket 12 345 678 kr (1,2 × potten efter vårdbehov)". */
export function boundText(kind: "cap" | "floor", amount: Rational, bound: Bound, lang: "sv" | "en"): string {
  const word = kind === "cap" ? (lang === "sv" ? "taket" : "the cap") : lang === "sv" ? "golvet" : "the floor";
  return `${word} ${formatKronor(amount, lang)} (${boundSource(bound, lang)})`;
}
