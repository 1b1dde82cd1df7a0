import { msg, type Msg } from "../messages/message";
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

/** Why a ladder cannot be: thresholds must rise strictly and amounts never fall nor be negative; null when it can. */
export function ladderProblem(steps: readonly LadderStep[]): Msg | null {
  const decimal = (r: Rational) => ({ decimal: r.toString() });
  for (let i = 1; i < steps.length; i++) {
    if (!steps[i].threshold.gt(steps[i - 1].threshold)) {
      return msg("rules.stepThresholdNotAbove", { step: i + 1, threshold: decimal(steps[i].threshold), previous: i, previousThreshold: decimal(steps[i - 1].threshold) });
    }
    if (steps[i].amount.lt(steps[i - 1].amount)) {
      return msg("rules.stepAmountBelow", { step: i + 1, amount: decimal(steps[i].amount), previous: i, previousAmount: decimal(steps[i - 1].amount) });
    }
  }
  const negative = steps.findIndex((s) => s.amount.isNegative());
  return negative < 0 ? null : msg("rules.stepAmountNegative", { step: negative + 1 });
}
