import { notice, type Notice } from "../../messages/message";
import { HUNDRED, Rational, ZERO, show, sum } from "../rational";
import { isEligible } from "../eligibility";
import { formatKronor, formatNumber } from "../format";
import { monthName, sameMonthYearBefore } from "../months";
import { rankSelect } from "../rankSelect";
import type { ExactBlock, Explanation, MonthlyPerformanceDef, RegionInput } from "../types";
import { explainEach } from "./outside";

type MonthDetail = NonNullable<Explanation["months"]>[number];
/** How each region earned each month, as small codes (0 not earned, 1 improvement, 2 lowest); the month details are built when read. */
const HOW: MonthDetail["earned"][] = [null, "improvement", "lowest"];

/**
 * Whether a month improved enough on the same month a year before: relative
 * (value ≤ previous × 0.995) or in points (value ≤ previous − 0.5). Decided
 * exactly, in fractions: a month on the line gets the bonus or not by its exact value.
 */
export function improvementTest(def: Pick<MonthlyPerformanceDef, "improvement">): (value: Rational, previous: Rational) => boolean {
  const p = def.improvement.percent;
  // Cross products of the fractions (denominators are positive), no fraction reduced on the way:
  // value ≤ previous − p  ⇔  v.n·x.d·p.d ≤ (x.n·p.d − p.n·x.d)·v.d, and likewise for the factor.
  if (def.improvement.reading === "points") return (v, x) => v.n * x.d * p.d <= (x.n * p.d - p.n * x.d) * v.d;
  const f = HUNDRED.minus(p).div(HUNDRED);
  return (v, x) => v.n * x.d * f.d <= x.n * f.n * v.d;
}

function readingText(def: MonthlyPerformanceDef): { sv: string; en: string } {
  const p = def.improvement.percent.toString();
  return def.improvement.reading === "relative"
    ? { sv: `förbättring minst ${p.replace(".", ",")}\u00a0% relativt samma månad året före`, en: `an improvement of at least ${p}% relative to the same month a year before` }
    : { sv: `förbättring minst ${p.replace(".", ",")} procentenheter mot samma månad året före`, en: `an improvement of at least ${p} percentage points on the same month a year before` };
}

/**
 * One block per measure (the parts earned) and a bonus block (the parts not
 * earned, paid in proportion to each region's earned total). Lower values are better.
 */
export function monthlyPerformance(def: MonthlyPerformanceDef, regions: readonly RegionInput[]): ExactBlock[] {
  const n = regions.length;
  const slots = def.measures.length * def.months.length;
  const eligible = regions.map((r) => isEligible(r, def.among));
  const totalPop = sum(regions.map((r) => r.population));
  // Kronor per inhabitant and month of one measure: every reserved part is population × this, exactly.
  const perInhabitant = def.pot.div(new Rational(BigInt(slots))).div(totalPop);
  const perApprox = perInhabitant.toNumber();
  const reserved = (i: number) => regions[i].population.mul(perInhabitant);
  const ranks = regions.map((r) => Number(r.code));
  const reading = readingText(def);
  const improved = improvementTest(def);
  // Months earned per region over every measure: the bonus weight is population × this.
  const earnedAll = new Array<number>(n).fill(0);
  const warnings: Notice[] = [];
  if (n < 21) warnings.push(notice(null, "engine.monthlyFewRegions", { block: def.id, n }));

  const measureBlocks: ExactBlock[] = def.measures.map((measure) => {
    // A region's reserved part is the same every month: count the months it earns, then multiply once.
    const monthsEarned = new Array<number>(n).fill(0);
    const how = new Uint8Array(n * def.months.length);
    let tiesSeen = false;
    // Each region's series of this measure, looked up once (the eligible only).
    const series = regions.map((r, i) => (eligible[i] ? r.monthly?.[measure.id] : undefined));
    def.months.forEach((month, m) => {
      const before = sameMonthYearBefore(month);
      const values = series.map((s) => s?.[month] ?? null);
      const lowest = rankSelect(values, def.lowest.n, "lowest", def.lowest.ties, ranks);
      tiesSeen ||= lowest.tieAtCutoff;
      regions.forEach((_, i) => {
        const value = values[i];
        const previous = series[i]?.[before] ?? null;
        const code = value === null ? 0 : previous !== null && improved(value, previous) ? 1 : lowest.selected[i] ? 2 : 0;
        how[i * def.months.length + m] = code;
        if (code) monthsEarned[i]++;
      });
    });
    monthsEarned.forEach((k, i) => (earnedAll[i] += k));
    // Population (3 steps) × kronor per inhabitant (3) + 1, × whole months + 1.
    const approx = Float64Array.from(regions, (r, i) => r.population.toNumber() * perApprox * monthsEarned[i]);
    const earned = (i: number) => reserved(i).mul(new Rational(BigInt(monthsEarned[i])));
    const total = perInhabitant.mul(sum(regions.map((r, i) => r.population.mul(new Rational(BigInt(monthsEarned[i]))))));
    const tie = tiesSeen
      ? def.lowest.ties === "includeAll"
        ? { sv: " Delar flera regioner platsen vid gränsen räknas alla till de lägsta.", en: " Where several regions share the place at the cut-off, all count among the lowest." }
        : { sv: " Delar flera regioner platsen vid gränsen går den med lägst regionkod före.", en: " Where several regions share the place at the cut-off, the lowest region code goes first." }
      : { sv: "", en: "" };
    const explain = explainEach(regions, eligible, def.among, (r, i) => {
      const part = reserved(i);
      const details = def.months.map((month, m): MonthDetail => {
        const value = r.monthly?.[measure.id]?.[month] ?? null;
        const previous = r.monthly?.[measure.id]?.[sameMonthYearBefore(month)] ?? null;
        return { month, previous: previous && show(previous), value: value && show(value), reserved: show(part), earned: HOW[how[i * def.months.length + m]] };
      });
      const won = details.filter((d) => d.earned);
      const list = (lang: "sv" | "en") =>
        won.map((d) => `${monthName(d.month, lang)} (${d.earned === "improvement" ? (lang === "sv" ? "förbättring" : "improvement") : lang === "sv" ? `bland de ${def.lowest.n} lägsta` : `among the ${def.lowest.n} lowest`})`).join(", ") || "–";
      return {
        explain: { rule: "monthly", months: details },
        text: () => ({
          sv: `Reserverad del ${formatKronor(part, "sv")} per månad (efter folkmängd); intjänad ${won.length} av ${def.months.length} månader: ${list("sv")}. Krav: ${reading.sv}, eller bland de ${def.lowest.n} lägsta värdena den månaden.${tie.sv}`,
          en: `Reserved part ${formatKronor(part, "en")} a month (by population); earned ${won.length} of ${def.months.length} months: ${list("en")}. Needs ${reading.en}, or to be among the ${def.lowest.n} lowest values that month.${tie.en}`,
        }),
      };
    });
    return { id: measure.id, title: measure.title, titleEn: measure.titleEn, pot: total, allocated: total, shares: { approx, ops: 8, exact: earned }, explain, warnings: [] };
  });

  // The bonus: what was not earned, in proportion to what each region earned (population × months earned).
  const bonusWeight = regions.map((r, i) => r.population.mul(new Rational(BigInt(earnedAll[i]))));
  const weightSum = sum(bonusWeight);
  const unearned = perInhabitant.mul(totalPop.mul(new Rational(BigInt(slots))).minus(weightSum));
  const allEarned = perInhabitant.mul(weightSum);
  const empty = weightSum.isZero();
  const factor = empty ? ZERO : unearned.div(weightSum);
  const factorApprox = factor.toNumber();
  const earnedTotal = (i: number) => bonusWeight[i].mul(perInhabitant);
  if (empty && unearned.isPositive()) warnings.push(notice(null, "engine.bonusUnallocated", { block: def.bonus.id, amount: { decimal: show(unearned, 2) } }));
  // Population (3) × months earned (+1), × the factor read (3) + 1.
  const bonusShares = { approx: Float64Array.from(regions, (r, i) => r.population.toNumber() * earnedAll[i] * factorApprox), ops: 8, exact: (i: number) => bonusWeight[i].mul(factor) };
  const bonusExplain = explainEach(regions, eligible, def.among, (_, i) => {
    const share = empty ? ZERO : bonusWeight[i].div(weightSum);
    const pct = (lang: "sv" | "en") => formatNumber(share.mul(HUNDRED), lang, 4);
    return {
      explain: { rule: "bonus", weight: show(earnedTotal(i)), weightShare: show(share, 15) },
      text: () => ({
        sv: `Bonuspotten (ej intjänade delar, ${formatKronor(unearned, "sv")}) efter intjänat belopp: ${formatKronor(earnedTotal(i), "sv")} av ${formatKronor(allEarned, "sv")} (${pct("sv")}\u00a0%).`,
        en: `The bonus pot (parts not earned, ${formatKronor(unearned, "en")}) by amount earned: ${formatKronor(earnedTotal(i), "en")} of ${formatKronor(allEarned, "en")} (${pct("en")}%).`,
      }),
    };
  });
  const bonusBlock: ExactBlock = { id: def.bonus.id, title: def.bonus.title, titleEn: def.bonus.titleEn, pot: unearned, allocated: empty ? ZERO : unearned, shares: bonusShares, explain: bonusExplain, warnings };
  return [...measureBlocks, bonusBlock];
}
