import type { Shares } from "./largestRemainder";
import { Rational, ZERO } from "./rational";

/** Exact equal shares of `pot` among the `eligible` entries; others get zero. Each double costs 4 steps (pot 3, ÷ m 1). */
export function equalSplit(pot: Rational, eligible: readonly boolean[]): Shares {
  let m = 0;
  for (const e of eligible) if (e) m++;
  const each = m === 0 ? ZERO : pot.div(new Rational(BigInt(m)));
  const approxEach = m === 0 ? 0 : pot.toNumber() / m;
  return { approx: Float64Array.from(eligible, (e) => (e ? approxEach : 0)), ops: 4, exact: (i) => (eligible[i] ? each : ZERO) };
}
