import { Decimal, ZERO } from "./decimal";

/** Exact equal shares of `pot` among the `eligible` entries; others get zero. */
export function equalSplit(pot: Decimal, eligible: readonly boolean[]): Decimal[] {
  const n = eligible.filter(Boolean).length;
  if (n === 0) return eligible.map(() => ZERO);
  const each = pot.div(n);
  return eligible.map((e) => (e ? each : ZERO));
}
