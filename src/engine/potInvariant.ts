import { notice, type Notice } from "../messages/message";
import { ZERO, sum, type Rational } from "./rational";
import type { RoundDef, RoundResult } from "./types";

/**
 * A round never pays more than its pot. Checked after every computation, on
 * the whole kronor that would be written: each block pays at most its pot and
 * accounts for the rest (unallocated or passed on); the blocks together pay
 * the round's pot less what is reported unallocated; every region's amounts
 * are at least zero and add up to its total. A violation is a bug, never an
 * input problem: it stops the round so that nothing is written.
 */
export class PotInvariantError extends Error {
  constructor(readonly notice: Notice) {
    super(`internal error: ${JSON.stringify(notice.params)}`);
  }
}

function fail(what: string, paid: Rational, pot: Rational): never {
  throw new PotInvariantError(notice(null, "engine.overPot", { what, paid: { decimal: paid.toString() }, pot: { decimal: pot.toString() } }));
}

export function checkWithinPot(round: RoundDef, result: RoundResult): void {
  let unallocated = ZERO;
  let paid = ZERO;
  for (const b of result.blocks) {
    const total = result.totals[b.id] ?? ZERO;
    const accounted = b.allocated.plus(b.unallocated).plus(b.passedOn ?? ZERO);
    if (!total.eq(b.allocated) || b.allocated.gt(b.pot) || !accounted.eq(b.pot) || b.unallocated.isNegative()) fail(b.id, total, b.pot);
    unallocated = unallocated.plus(b.unallocated);
    paid = paid.plus(total);
  }
  const pot = round.pot ?? sum(round.blocks.map((b) => b.pot));
  const total = result.totals.total ?? ZERO;
  if (!total.eq(paid) || total.gt(pot) || !total.plus(unallocated).eq(pot)) fail(round.id, total, pot);
  for (const r of result.regions) {
    const amounts = Object.values(r.amounts);
    if (amounts.some((a) => a.isNegative()) || !sum(amounts).eq(r.total)) fail(`${round.id} ${r.code}`, r.total, sum(amounts));
  }
}
