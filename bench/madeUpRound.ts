/* A made-up allocation to any number of units, for the engine's growth with rows. */
import { Rational } from "../src/engine/rational";
import type { RegionInput, RoundDef } from "../src/engine/types";

/**
 * n units with populations of 10 000 – 2 000 000 and counts of 0 – 400 (seeded,
 * the same every run): a pot by count per 100 000, and a ladder on the increase
 * over plan whose remainder goes by the same rate, as the AT rounds do.
 */
export function madeUpRound(n: number): { round: RoundDef; regions: RegionInput[] } {
  let seed = n;
  const rand = (lo: number, hi: number) => lo + Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * (hi - lo + 1));
  const regions: RegionInput[] = Array.from({ length: n }, (_, i) => {
    const count = rand(0, 400);
    return { code: String(i + 1).padStart(5, "0"), name: `enhet ${i + 1}`, applied: true, population: Rational.from(rand(10000, 2000000)), count: Rational.from(count), planned: Rational.from(Math.max(0, count - rand(-5, 20))) };
  });
  const step = (threshold: number, amount: number) => ({ threshold: Rational.from(threshold), amount: Rational.from(amount) });
  const round: RoundDef = {
    id: `units-${n}`,
    title: `${n} units`,
    blocks: [
      { kind: "proportional", id: "rate", title: "By rate", pot: Rational.from(1000000000), among: ["applied"], weight: "countPer100k" },
      {
        kind: "ladder",
        id: "ladder",
        title: "Ladder",
        pot: Rational.from(n * 2000000),
        among: ["applied"],
        measure: "increase",
        steps: [step(2, 100000), step(5, 250000), step(10, 600000), step(15, 1000000)],
        remainder: { kind: "proportional", weight: "countPer100k" },
        overflow: "scale",
      },
    ],
  };
  return { round, regions };
}
