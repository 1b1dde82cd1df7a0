import { isEligible } from "../eligibility";
import { formatKronor } from "../format";
import { shareLeftover, leftoverWhere } from "../leftover";
import { ZERO } from "../rational";
import type { ExactBlock, FixedBlockDef, Group, RegionInput } from "../types";
import { fromAmounts } from "./fromAmounts";

/** Whether a region is in a fixed amount's group: every region in the table, those that applied, or those listed that applied. */
export function inGroup(group: Group, region: RegionInput, among: FixedBlockDef["among"]): boolean {
  if (group.kind === "all") return true;
  if (group.kind === "codes" && !group.codes.includes(region.code)) return false;
  return isEligible(region, among);
}

function groupName(group: Group, lang: "sv" | "en"): string {
  if (group.kind === "all") return lang === "sv" ? "alla regioner" : "every region";
  if (group.kind === "applied") return lang === "sv" ? "regionerna som har ansökt" : "the regions that applied";
  return lang === "sv" ? `regionerna ${group.codes.join(", ")}` : `the regions ${group.codes.join(", ")}`;
}

/**
 * The same fixed amount to each region of a group. The pot is the amount for
 * every region the group could hold (or the round's own figure); what regions
 * outside the group leave is reported unallocated, or goes on to the next block.
 */
export function fixedBlock(block: FixedBlockDef, regions: readonly RegionInput[]): ExactBlock {
  const member = regions.map((r) => inGroup(block.group, r, block.among));
  const amounts = member.map((m) => (m ? block.amount : ZERO));
  const paid = block.amount.mul(member.filter(Boolean).length);
  const rest = { rule: block.leftover, outcome: shareLeftover(block.leftover, block.pot.minus(paid), regions, member) };
  const explain = (i: number) => {
    const more = rest.outcome.text(i);
    if (!member[i]) {
      const notApplied = block.group.kind !== "all" && !regions[i].applied;
      return {
        rule: notApplied ? ("notApplied" as const) : ("notEligible" as const),
        text: {
          sv: `Inte bland ${groupName(block.group, "sv")}: 0\u00a0kr; dess ${formatKronor(block.amount, "sv")} ${leftoverWhere(block.leftover, "sv")}.${more.sv}`,
          en: `Not among ${groupName(block.group, "en")}: SEK\u00a00; its ${formatKronor(block.amount, "en")} ${leftoverWhere(block.leftover, "en")}.${more.en}`,
        },
      };
    }
    return {
      rule: "fixed" as const,
      text: {
        sv: `Fast belopp till var och en av ${groupName(block.group, "sv")}: ${formatKronor(block.amount, "sv")}.${more.sv}`,
        en: `A fixed amount to each of ${groupName(block.group, "en")}: ${formatKronor(block.amount, "en")}.${more.en}`,
      },
    };
  };
  return fromAmounts(block, amounts, rest, explain, []);
}
