import { formatNumber } from "./format";
import type { Rational } from "./rational";

export interface LadderStep {
  /** Reached when the measure is at least this (≥). */
  threshold: Rational;
  /** Kronor for reaching this step. */
  amount: Rational;
}

export interface StepReached {
  /** 1-based position of the step in the ladder. */
  step: number;
  threshold: Rational;
  amount: Rational;
}

/**
 * The highest step a value reaches. Ladders (prestationstrappor) are not
 * cumulative: the region gets that step's amount, not the sum of the steps below.
 */
export function ladder(steps: readonly LadderStep[], value: Rational): StepReached | null {
  let reached: StepReached | null = null;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (value.gte(s.threshold) && (reached === null || s.threshold.gte(reached.threshold))) reached = { step: i + 1, threshold: s.threshold, amount: s.amount };
  }
  return reached;
}

/** The next step above the one reached, for what-if answers ("two more posts reach …"), numbered as `ladder` numbers it. */
export function nextStep(steps: readonly LadderStep[], value: Rational): StepReached | null {
  let next: StepReached | null = null;
  steps.forEach((s, i) => {
    if (s.threshold.gt(value) && (next === null || s.threshold.lt(next.threshold))) next = { step: i + 1, threshold: s.threshold, amount: s.amount };
  });
  return next;
}

/**
 * A step as people read it, the same in explanations and what-if answers:
 * "steg 3 (utökning minst 5)", numbered as the decision's ladder lists them.
 */
export function stepName(step: { step: number; threshold: Rational }, lang: "sv" | "en"): string {
  const t = formatNumber(step.threshold, lang);
  return lang === "sv" ? `steg ${step.step} (utökning minst ${t})` : `step ${step.step} (an increase of at least ${t})`;
}

/** Throws unless thresholds rise strictly and amounts never fall. */
export function checkLadder(steps: readonly LadderStep[]): void {
  for (let i = 1; i < steps.length; i++) {
    if (!steps[i].threshold.gt(steps[i - 1].threshold)) {
      throw new RangeError(`step ${i + 1}: threshold ${steps[i].threshold.toString()} is not above step ${i}'s ${steps[i - 1].threshold.toString()}`);
    }
    if (steps[i].amount.lt(steps[i - 1].amount)) {
      throw new RangeError(`step ${i + 1}: amount ${steps[i].amount.toString()} is below step ${i}'s ${steps[i - 1].amount.toString()}`);
    }
  }
  steps.forEach((s, i) => {
    if (s.amount.isNegative()) throw new RangeError(`step ${i + 1}: amount is negative`);
  });
}
