import { notice, type Notice } from "../../messages/message";
import { isEligible } from "../eligibility";
import { formatKronor, formatNumber } from "../format";
import { ladder, stepName, type StepReached } from "../ladder";
import type { Shares } from "../largestRemainder";
import { Rational, ZERO, show, sum } from "../rational";
import type { ExactBlock, LadderBlockDef, RegionInput } from "../types";
import { explainEach } from "./outside";
import { remainderShares } from "./remainderShares";

/** Increases by region object: a what-if changes one region, the other twenty keep theirs. */
const increaseCache = new WeakMap<RegionInput, Rational>();

export function increaseOf(region: RegionInput): Rational | null {
  if (region.count === null || region.planned === null) return null;
  let inc = increaseCache.get(region);
  if (!inc) increaseCache.set(region, (inc = region.count.minus(region.planned)));
  return inc;
}

/**
 * A step ladder on the increase over plan, then a rule for what the steps
 * leave of the pot. Steps that together cost more than the pot are scaled down
 * in proportion (the rules are silent; this is the spec's default, with a warning).
 */
export function ladderBlock(block: LadderBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const eligible = regions.map((r) => isEligible(r, block.among));
  const increases = regions.map((r, i) => (eligible[i] ? increaseOf(r) : null));
  const reached: (StepReached | null)[] = regions.map((r, i) => {
    if (!eligible[i]) return null;
    if (increases[i] === null) throw new RangeError(`${block.id}: ${r.name} has no count or planned value`);
    return ladder(block.steps, increases[i] as Rational);
  });
  const stepTotal = sum(reached.map((s) => s?.amount ?? ZERO));
  const warnings: Notice[] = [];
  const scale = stepTotal.gt(block.pot) ? block.pot.div(stepTotal) : null;
  if (scale) {
    warnings.push(notice(null, "engine.ladderScaled", { block: block.id, cost: { decimal: stepTotal.toString() }, pot: { decimal: block.pot.toString() }, scale: { decimal: show(scale, 10) } }));
  }
  const stepPaid = (i: number) => (reached[i] ? (scale ? (reached[i] as StepReached).amount.mul(scale) : (reached[i] as StepReached).amount) : ZERO);
  const left = scale ? ZERO : block.pot.minus(stepTotal);
  const rest = remainderShares(block.remainder, left, regions, eligible, reached.map((s) => s !== null), increases);
  if (rest.unshared && left.isPositive()) warnings.push(notice(null, "engine.ladderLeft", { block: block.id, amount: { decimal: left.toString() } }));

  // Each step paid as a double: the amount read (3 steps), times the scale read (3 + 3 + 1); plus the remainder's share (+1).
  const scaleApprox = scale ? scale.toNumber() : 1;
  const approx = new Float64Array(regions.length);
  reached.forEach((s, i) => {
    approx[i] = (s ? s.amount.toNumber() * scaleApprox : 0) + rest.shares.approx[i];
  });
  const shares: Shares = { approx, ops: Math.max(7, rest.shares.ops) + 1, exact: (i) => stepPaid(i).plus(rest.shares.exact(i)) };

  const explain = explainEach(regions, eligible, block.among, (_, i) => {
    const s = reached[i];
    const inc = increases[i] as Rational;
    const more = () => rest.text(i);
    if (!s) {
      const first = block.steps[0]?.threshold ?? ZERO;
      return {
        explain: { rule: rest.shares.exact(i).isPositive() ? "ladder" : "noStep", ...rest.detail(i) },
        text: () => ({
          sv: `Utökningen ${formatNumber(inc, "sv")} når inget steg (steg 1 kräver en utökning på minst ${formatNumber(first, "sv")}).${more().sv}`,
          en: `The increase of ${formatNumber(inc, "en")} reaches no step (step 1 needs an increase of at least ${formatNumber(first, "en")}).${more().en}`,
        }),
      };
    }
    const scaled = scale ? { sv: " (nedskalat)", en: " (scaled down)" } : { sv: "", en: "" };
    const paid = stepPaid(i);
    return {
      explain: { rule: "ladder", step: { step: s.step, threshold: s.threshold.toString(), amount: show(paid) }, ...rest.detail(i) },
      text: () => ({
        sv: `Utökningen ${formatNumber(inc, "sv")} når ${stepName(s, "sv")}: ${formatKronor(paid, "sv")}${scaled.sv}.${more().sv}`,
        en: `The increase of ${formatNumber(inc, "en")} reaches ${stepName(s, "en")}: ${formatKronor(paid, "en")}${scaled.en}.${more().en}`,
      }),
    };
  });
  // The steps paid in full (or scaled to the pot), plus what is left where someone could take it.
  const allocated = scale || !rest.unshared ? block.pot : stepTotal;
  return { id: block.id, title: block.title, titleEn: block.titleEn, pot: block.pot, allocated, shares, explain, warnings };
}
