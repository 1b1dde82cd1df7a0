import { notice, type Notice } from "../../messages/message";
import { exactShares } from "../largestRemainder";
import { type Rational, sum } from "../rational";
import { leftoverWhere, type LeftoverOutcome } from "../leftover";
import type { BlockBase, BlockExplanation, ExactBlock, Leftover } from "../types";

/**
 * A block whose exact amounts are known in full (21 regions at most): its
 * shares read from them, and what it does not pay said in a warning with
 * where it goes.
 */
export function fromAmounts(
  def: BlockBase,
  amounts: readonly Rational[],
  rest: { rule: Leftover; outcome: LeftoverOutcome } | null,
  explain: (i: number) => BlockExplanation,
  warnings: Notice[],
  /** The block has said already why it leaves money (nobody to rank, no weight). */
  leftSaid = false,
): ExactBlock {
  const total = amounts.map((a, i) => (rest ? a.plus(rest.outcome.shares[i]) : a));
  const allocated = sum(total);
  const left = def.pot.minus(allocated);
  if (left.isPositive() && !leftSaid) {
    const rule: Leftover = rest?.rule ?? { kind: "unallocated" };
    const where = rule.kind === "top" || rule.kind === "proportional" ? { kind: "unallocated" as const } : rule;
    warnings.push(notice(null, "engine.left", { block: def.id, amount: { decimal: left.toString() }, where: { sv: leftoverWhere(where, "sv"), en: leftoverWhere(where, "en") } }));
  }
  const block: ExactBlock = { id: def.id, title: def.title, titleEn: def.titleEn, pot: def.pot, allocated, shares: exactShares(total), explain, warnings };
  return rest?.outcome.next ? { ...block, leftover: "next" } : block;
}
