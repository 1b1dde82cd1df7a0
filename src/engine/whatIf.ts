import { computeRound } from "./computeRound";
import { Rational, ZERO } from "./rational";
import { formatKronor } from "./format";
import { ladder, nextStep, stepName } from "./ladder";
import { isEligible } from "./eligibility";
import { blockLabel } from "./blockLabel";
import type { MonthlySeries, RegionInput, RegionResult, RoundDef } from "./types";

export interface NextStep {
  block: string;
  /** Posts more than the count asked about that reach the next step. */
  posts: number;
  /** The step's place in the ladder (1-based, as explanations number it). */
  step: number;
  threshold: Rational;
  /** The next step's amount less the step reached now. */
  stepGain: Rational;
  /** What the region's total becomes with those posts, every block recomputed (the remainder shifts too). */
  totalThen: Rational;
  text: { sv: string; en: string };
}

/**
 * One change to one region's inputs. A count (with a planned value where the
 * region has none, as for a region that did not apply) makes the region an
 * applicant; a monthly value changes one month of one measure (null: not reported);
 * a value changes the region's figure in one of the round's declared columns.
 */
export type WhatIfChange =
  | { kind: "count"; count: Rational; planned?: Rational }
  | { kind: "monthly"; measure: string; month: string; value: Rational | null }
  /** A value in one of the round's declared columns (operations this year, a care need). */
  | { kind: "value"; column: string; value: Rational };

export interface WhatIfAnswer {
  before: RegionResult;
  after: RegionResult;
  /** after − before, in whole kronor. */
  difference: Rational;
  nextSteps: NextStep[];
}

function changed(region: RegionInput, change: WhatIfChange): RegionInput {
  if (change.kind === "count") return { ...region, count: change.count, planned: change.planned ?? region.planned, applied: true };
  if (change.kind === "value") return { ...region, values: { ...(region.values ?? {}), [change.column]: change.value } };
  const series: MonthlySeries = { ...(region.monthly?.[change.measure] ?? {}), [change.month]: change.value };
  const monthly = { ...(region.monthly ?? {}), [change.measure]: series };
  // A region reporting a value takes part in the round, as the workbook reader decides for a reported figure.
  const reports = Object.values(monthly).some((s) => Object.values(s).some((v) => v !== null));
  return { ...region, monthly, applied: region.applied || reports };
}

function resultOf(round: RoundDef, regions: readonly RegionInput[], code: string): RegionResult {
  const r = computeRound(round, regions).regions.find((x) => x.code === code);
  if (!r) throw new RangeError(`no region ${code} in the round`);
  return r;
}

/**
 * One region's input changed, the whole round recomputed (the remainder and
 * the bonus are shared again): what it gets then, and the difference. Where the
 * change is a count, also what the posts up to each ladder's next step are worth.
 */
export function whatIfChange(round: RoundDef, regions: readonly RegionInput[], code: string, change: WhatIfChange): WhatIfAnswer {
  const before = resultOf(round, regions, code);
  const inputs = regions.map((r) => (r.code === code ? changed(r, change) : r));
  const after = resultOf(round, inputs, code);
  const region = inputs.find((r) => r.code === code) as RegionInput;
  const nextSteps = change.kind === "count" ? stepsAhead(round, inputs, region) : [];
  return { before, after, difference: after.total.minus(before.total), nextSteps };
}

/** One region's count changed (a region that did not apply applies with it). */
export function whatIf(round: RoundDef, regions: readonly RegionInput[], code: string, count: Rational, planned?: Rational): WhatIfAnswer {
  return whatIfChange(round, regions, code, { kind: "count", count, planned });
}

/** "2 more posts reach step 3 (an increase of at least 5) of Block 2: +3 000 000 kr". */
function stepsAhead(round: RoundDef, inputs: readonly RegionInput[], region: RegionInput): NextStep[] {
  const out: NextStep[] = [];
  const count = region.count;
  if (count === null || region.planned === null) return out;
  for (const block of round.blocks) {
    if (block.kind !== "ladder" || !isEligible(region, block.among)) continue;
    const increase = count.minus(region.planned);
    const next = nextStep(block.steps, increase);
    if (!next) continue;
    const posts = next.threshold.minus(increase).ceil();
    const now = ladder(block.steps, increase)?.amount ?? ZERO;
    const more = inputs.map((r) => (r === region ? { ...r, count: count.plus(posts) } : r));
    const totalThen = resultOf(round, more, region.code).total;
    const gain = next.amount.minus(now);
    const p = posts.toNumber();
    out.push({
      block: block.id,
      posts: p,
      step: next.step,
      threshold: next.threshold,
      stepGain: gain,
      totalThen,
      text: {
        sv: `${p} ${p === 1 ? "tjänst" : "tjänster"} till når ${stepName(next, "sv")} i ${blockLabel(block, "sv")}: +${formatKronor(gain, "sv")} (totalt då ${formatKronor(totalThen, "sv")}).`,
        en: `${p} more ${p === 1 ? "post reaches" : "posts reach"} ${stepName(next, "en")} of ${blockLabel(block, "en")}: +${formatKronor(gain, "en")} (total then ${formatKronor(totalThen, "en")}).`,
      },
    });
  }
  return out;
}
