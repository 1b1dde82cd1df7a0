import { computeRound } from "./computeRound";
import { Rational, ZERO } from "./rational";
import { formatKronor } from "./format";
import { ladder, nextStep } from "./ladder";
import { isEligible } from "./eligibility";
import type { RegionInput, RegionResult, RoundDef } from "./types";

export interface NextStep {
  block: string;
  /** Posts more than the count asked about that reach the next step. */
  posts: number;
  threshold: Rational;
  /** The next step's amount less the step reached now. */
  stepGain: Rational;
  /** What the region's total becomes with those posts, every block recomputed (the remainder shifts too). */
  totalThen: Rational;
  text: { sv: string; en: string };
}

export interface WhatIfAnswer {
  before: RegionResult;
  after: RegionResult;
  nextSteps: NextStep[];
}

function withCount(regions: readonly RegionInput[], code: string, count: Rational): RegionInput[] {
  return regions.map((r) => (r.code === code ? { ...r, count, applied: true } : r));
}

/**
 * One region's count changed: what it would get, and what the posts up to the
 * next step of each ladder would be worth ("2 more posts reach the 5-post step").
 * The rest of the round is recomputed, since the remainder is shared again.
 */
export function whatIf(round: RoundDef, regions: readonly RegionInput[], code: string, count: Rational): WhatIfAnswer {
  const before = computeRound(round, regions).regions.find((r) => r.code === code);
  if (!before) throw new RangeError(`no region ${code} in the round`);
  const changed = withCount(regions, code, count);
  const after = computeRound(round, changed).regions.find((r) => r.code === code) as RegionResult;
  const region = changed.find((r) => r.code === code) as RegionInput;
  const nextSteps: NextStep[] = [];
  for (const block of round.blocks) {
    if (block.kind !== "ladder" || region.planned === null || !isEligible(region, block.among)) continue;
    const increase = count.minus(region.planned);
    const next = nextStep(block.steps, increase);
    if (!next) continue;
    const posts = next.threshold.minus(increase).ceil();
    const now = ladder(block.steps, increase)?.amount ?? ZERO;
    const totalThen = computeRound(round, withCount(regions, code, count.plus(posts))).regions.find((r) => r.code === code)!.total;
    const gain = next.amount.minus(now);
    const p = posts.toNumber();
    nextSteps.push({
      block: block.id,
      posts: p,
      threshold: next.threshold,
      stepGain: gain,
      totalThen,
      text: {
        sv: `${p} ${p === 1 ? "tjänst" : "tjänster"} till når steget ${next.threshold.toString()} i ${block.id}: +${formatKronor(gain, "sv")} (totalt då ${formatKronor(totalThen, "sv")}).`,
        en: `${p} more ${p === 1 ? "post reaches" : "posts reach"} the ${next.threshold.toString()}-post step of ${block.id}: +${formatKronor(gain, "en")} (total then ${formatKronor(totalThen, "en")}).`,
      },
    });
  }
  return { before, after, nextSteps };
}
