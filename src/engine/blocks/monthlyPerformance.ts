import { notice, type Notice } from "../../messages/message";
import { Decimal, ZERO, show, sum } from "../decimal";
import { isEligible } from "../eligibility";
import { formatKronor, formatNumber } from "../format";
import { monthName, sameMonthYearBefore } from "../months";
import { proportionalSplit } from "../proportionalSplit";
import { rankSelect } from "../rankSelect";
import type { ExactBlock, Explanation, MonthlyPerformanceDef, RegionInput } from "../types";
import { explainEach } from "./outside";

type MonthDetail = NonNullable<Explanation["months"]>[number];
/** How each region earned each month, as small codes (0 not earned, 1 improvement, 2 lowest); the month details are built when read. */
const HOW: MonthDetail["earned"][] = [null, "improvement", "lowest"];

/** Whether a month improved enough on the same month a year before: relative (× 0.995) or in points (− 0.5). */
function improvementTest(def: MonthlyPerformanceDef): (value: Decimal, previous: Decimal) => boolean {
  const p = def.improvement.percent;
  if (def.improvement.reading === "points") return (value, previous) => value.lte(previous.minus(p));
  const factor = new Decimal(100).minus(p).div(100);
  return (value, previous) => value.lte(previous.mul(factor));
}

function readingText(def: MonthlyPerformanceDef): { sv: string; en: string } {
  const p = def.improvement.percent.toString();
  return def.improvement.reading === "relative"
    ? { sv: `förbättring minst ${p.replace(".", ",")} % relativt samma månad året före`, en: `an improvement of at least ${p}% relative to the same month a year before` }
    : { sv: `förbättring minst ${p.replace(".", ",")} procentenheter mot samma månad året före`, en: `an improvement of at least ${p} percentage points on the same month a year before` };
}

/**
 * One block per measure (the parts earned) and a bonus block (the parts not
 * earned, paid in proportion to each region's earned total). Lower values are better.
 */
export function monthlyPerformance(def: MonthlyPerformanceDef, regions: readonly RegionInput[]): ExactBlock[] {
  const eligible = regions.map((r) => isEligible(r, def.among));
  const totalPop = sum(regions.map((r) => r.population));
  const monthlyPot = def.pot.div(def.measures.length * def.months.length);
  const perInhabitant = monthlyPot.div(totalPop);
  const reserved = regions.map((r) => r.population.mul(perInhabitant));
  const ranks = regions.map((r) => Number(r.code));
  const reading = readingText(def);
  const improved = improvementTest(def);
  let unearned = ZERO;
  const warnings: Notice[] = [];
  if (regions.length < 21) warnings.push(notice(null, "engine.monthlyFewRegions", { block: def.id, n: regions.length }));

  const measureBlocks: ExactBlock[] = def.measures.map((measure) => {
    // A region's reserved part is the same every month: count the months it earns, then multiply once.
    const monthsEarned = regions.map(() => 0);
    const how = new Uint8Array(regions.length * def.months.length);
    let tiesSeen = false;
    def.months.forEach((month, m) => {
      const before = sameMonthYearBefore(month);
      const values = regions.map((r, i) => (eligible[i] ? r.monthly?.[measure.id]?.[month] ?? null : null));
      const lowest = rankSelect(values, def.lowest.n, "lowest", def.lowest.ties, ranks);
      tiesSeen ||= lowest.tieAtCutoff;
      regions.forEach((r, i) => {
        const value = values[i];
        const previous = eligible[i] ? r.monthly?.[measure.id]?.[before] ?? null : null;
        const code = value === null ? 0 : previous !== null && improved(value, previous) ? 1 : lowest.selected[i] ? 2 : 0;
        how[i * def.months.length + m] = code;
        if (code) monthsEarned[i]++;
      });
    });
    const earned = reserved.map((part, i) => part.mul(monthsEarned[i]));
    unearned = unearned.plus(sum(reserved.map((part, i) => part.mul(def.months.length - monthsEarned[i]))));
    const tie = tiesSeen
      ? def.lowest.ties === "includeAll"
        ? { sv: " Vid delad plats vid gränsen ingår alla på den platsen (parametern ties).", en: " At a tie at the cut-off every tied region is in (parameter ties)." }
        : { sv: " Delad plats vid gränsen avgörs efter regionkod (parametern ties).", en: " A tie at the cut-off is decided by region code (parameter ties)." }
      : { sv: "", en: "" };
    const explain = explainEach(regions, eligible, def.among, (r, i) => {
      const details = def.months.map((month, m): MonthDetail => {
        const value = r.monthly?.[measure.id]?.[month] ?? null;
        const previous = r.monthly?.[measure.id]?.[sameMonthYearBefore(month)] ?? null;
        return { month, previous: previous && show(previous), value: value && show(value), reserved: show(reserved[i]), earned: HOW[how[i * def.months.length + m]] };
      });
      const won = details.filter((d) => d.earned);
      const list = (lang: "sv" | "en") =>
        won.map((d) => `${monthName(d.month, lang)} (${d.earned === "improvement" ? (lang === "sv" ? "förbättring" : "improvement") : lang === "sv" ? `bland de ${def.lowest.n} lägsta` : `among the ${def.lowest.n} lowest`})`).join(", ") || "–";
      return {
        explain: { rule: "monthly", months: details },
        text: () => ({
          sv: `${measure.title}: reserverad del ${formatKronor(reserved[i], "sv")} per månad (efter folkmängd); intjänad ${won.length} av ${def.months.length} månader: ${list("sv")}. Krav: ${reading.sv}, eller bland de ${def.lowest.n} lägsta värdena den månaden.${tie.sv}`,
          en: `${measure.title}: reserved part ${formatKronor(reserved[i], "en")} a month (by population); earned ${won.length} of ${def.months.length} months: ${list("en")}. Needs ${reading.en}, or to be among the ${def.lowest.n} lowest values that month.${tie.en}`,
        }),
      };
    });
    const total = sum(earned);
    return { id: measure.id, title: measure.title, pot: total, allocated: total, exact: earned, explain, warnings: [] };
  });

  const earnedTotal = regions.map((_, i) => sum(measureBlocks.map((b) => b.exact[i])));
  const bonus = proportionalSplit(unearned, earnedTotal);
  const allEarned = sum(earnedTotal);
  if (allEarned.isZero() && unearned.gt(0)) warnings.push(notice(null, "engine.bonusUnallocated", { block: def.bonus.id, amount: { decimal: show(unearned, 2) } }));
  const bonusExplain = explainEach(regions, eligible, def.among, (_, i) => {
    const share = allEarned.isZero() ? ZERO : earnedTotal[i].div(allEarned);
    const pct = (lang: "sv" | "en") => formatNumber(share.mul(100), lang, 4);
    return {
      explain: { rule: "bonus", weight: show(earnedTotal[i]), weightShare: show(share, 15) },
      text: () => ({
        sv: `Bonuspotten (ej intjänade delar, ${formatKronor(unearned, "sv")}) efter intjänat belopp: ${formatKronor(earnedTotal[i], "sv")} av ${formatKronor(allEarned, "sv")} (${pct("sv")} %).`,
        en: `The bonus pot (parts not earned, ${formatKronor(unearned, "en")}) by amount earned: ${formatKronor(earnedTotal[i], "en")} of ${formatKronor(allEarned, "en")} (${pct("en")}%).`,
      }),
    };
  });
  const bonusBlock: ExactBlock = { id: def.bonus.id, title: def.bonus.title, pot: unearned, allocated: allEarned.isZero() ? ZERO : unearned, exact: bonus, explain: bonusExplain, warnings };
  return [...measureBlocks, bonusBlock];
}
