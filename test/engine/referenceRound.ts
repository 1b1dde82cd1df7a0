import { referenceLargestRemainder } from "../helpers/referenceRounding";

/**
 * The rules of a proportional block and a ladder block, computed apart from
 * the engine with BigInt fractions over one common denominator (fine for a
 * test's 21 regions): the independent exact computation the tie tests compare with.
 */
export interface RefRegion {
  code: string;
  population: bigint;
  count: bigint;
  planned: bigint;
  applied: boolean;
}

type Weight = "population" | "count" | "equal" | "countPer100k";
export type RefBlock =
  | { kind: "proportional"; id: string; pot: bigint; weight: Weight }
  | { kind: "ladder"; id: string; pot: bigint; steps: { threshold: bigint; amount: bigint }[]; remainder: "population" | "countPer100k" | "none" };

type Frac = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const norm = ([n, d]: Frac): Frac => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const add = (a: Frac, b: Frac): Frac => norm([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
const mul = (a: Frac, b: Frac): Frac => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Frac, b: Frac): Frac => norm([a[0] * b[1], a[1] * b[0]]);
const ZERO: Frac = [0n, 1n];

function weightOf(w: Weight, r: RefRegion): Frac {
  return w === "population" ? [r.population, 1n] : w === "count" ? [r.count, 1n] : w === "equal" ? [1n, 1n] : norm([r.count * 100000n, r.population]);
}

function proportional(pot: Frac, weights: Frac[]): Frac[] | null {
  const total = weights.reduce(add, ZERO);
  return total[0] === 0n ? null : weights.map((w) => div(mul(pot, w), total));
}

function shares(b: RefBlock, regions: RefRegion[]): Frac[] {
  if (b.kind === "proportional") return proportional([b.pot, 1n], regions.map((r) => (r.applied ? weightOf(b.weight, r) : ZERO))) ?? regions.map(() => ZERO);
  const step = regions.map((r) => (r.applied ? b.steps.filter((s) => r.count - r.planned >= s.threshold).at(-1)?.amount ?? null : null));
  const cost = step.reduce<bigint>((a, s) => a + (s ?? 0n), 0n);
  if (cost > b.pot) return step.map((s) => div(mul([s ?? 0n, 1n], [b.pot, 1n]), [cost, 1n]));
  const paid = step.map((s): Frac => [s ?? 0n, 1n]);
  if (b.remainder === "none" || cost === b.pot) return paid;
  const rest = proportional([b.pot - cost, 1n], regions.map((r, i) => (step[i] !== null ? weightOf(b.remainder as Weight, r) : ZERO)));
  return rest ? paid.map((p, i) => add(p, rest[i])) : paid;
}

/** Whole kronor per block, and whether any block had two equal fractions either side of its cut-off. */
export function referenceRound(blocks: RefBlock[], regions: RefRegion[]): { amounts: Record<string, bigint[]>; tied: boolean } {
  const ranks = regions.map((r) => Number(r.code));
  const amounts: Record<string, bigint[]> = {};
  let tied = false;
  for (const b of blocks) {
    const s = shares(b, regions);
    const [whole, d] = s.reduce(add, ZERO);
    if (d !== 1n) throw new Error("reference: shares do not sum to whole kronor");
    amounts[b.id] = referenceLargestRemainder(whole, s, ranks);
    const fracs = s.map(([n, den]) => norm([n % den, den])).sort((x, y) => (x[0] * y[1] > y[0] * x[1] ? -1 : x[0] * y[1] < y[0] * x[1] ? 1 : 0));
    const k = Number(whole - s.reduce((a, [n, den]) => a + n / den, 0n));
    if (k > 0 && k < fracs.length && fracs[k - 1][0] === fracs[k][0] && fracs[k - 1][1] === fracs[k][1]) tied = true;
  }
  return { amounts, tied };
}
