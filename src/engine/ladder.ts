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

/** The next step above the one reached, for what-if answers ("two more posts reach …"). */
export function nextStep(steps: readonly LadderStep[], value: Rational): LadderStep | null {
  const above = steps.filter((s) => s.threshold.gt(value));
  if (above.length === 0) return null;
  return above.reduce((lo, s) => (s.threshold.lt(lo.threshold) ? s : lo));
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
