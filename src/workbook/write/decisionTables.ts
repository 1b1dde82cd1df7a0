import { capitalized } from "../../engine/format";
import type { Rational } from "../../engine/rational";
import type { RegionResult, RoundDef, RoundResult } from "../../engine/types";
import { render, type Lang } from "../../messages/message";
import { blockTitle } from "../../engine/blockLabel";
import { TABLE_MARKER, type OwnSheet, type SheetLayout, type RecordCell } from "../sheet/ownSheet";
import type { RegionRead } from "../read/readRegions";
import { roundNeeds, weightsIn } from "../table/roundNeeds";

export const APPENDIX_SHEET = "Bilaga";
export const RANKING_SHEET = "Rangordning";

const L = {
  appendix: { sv: "Bilaga", en: "Appendix" },
  ranking: { sv: "Rangordning", en: "Ranking" },
  perRegion: { sv: "Fördelning per region, i kronor", en: "Allocation by region, in SEK" },
  byTotal: { sv: "Regionerna efter beviljat belopp, störst först; regioner utan medel ingår inte", en: "The regions by the amount granted, largest first; regions with nothing are left out" },
  region: { sv: "Region", en: "Region" },
  population: { sv: "Folkmängd", en: "Population" },
  count: { sv: "Antal", en: "Count" },
  planned: { sv: "Planerat antal", en: "Planned" },
  increase: { sv: "Utökning", en: "Increase" },
  forecast: { sv: "Prognos", en: "Forecast" },
  goodLevel: { sv: "God nivå", en: "Good level" },
  total: { sv: "Totalt", en: "Total" },
  sum: { sv: "Summa", en: "Sum" },
  note: { sv: "Anm.", en: "Note" },
  place: { sv: "Plats", en: "Place" },
  granted: { sv: "Beviljat belopp (kr)", en: "Amount granted (SEK)" },
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
} as const;

/** One of the decision's tables, before it becomes a sheet (or a printed page). */
export interface DecisionTable {
  sheet: string;
  title: string;
  subtitle: string;
  head: string[];
  body: RecordCell[][];
  foot: RecordCell[];
  /** Footnotes, numbered as their marks in the last column: "1) Östergötland: planerat …". */
  notes: string[];
  layout: SheetLayout;
}

/** A table as the sheet Fördela writes: title, subtitle, the table, its footnotes, and the line that marks the sheet as Fördela's. */
export function tableSheet(t: DecisionTable, stamp: string): OwnSheet {
  const rows: RecordCell[][] = [[t.title], [t.subtitle], [], t.head, ...t.body, t.foot, [], ...t.notes.map((n) => [n]), ...(t.notes.length ? [[]] : []), [`${TABLE_MARKER} (${stamp})`]];
  return { sheet: t.sheet, rows, layout: t.layout };
}

type Column = { head: string; width: number; amount: boolean; cell: (r: RegionResult, read: RegionRead | undefined) => RecordCell; sum?: Rational };

const num = (v: Rational | null | undefined): RecordCell => (v === null || v === undefined ? null : v.toNumber());

/** The round's title with its decision number: "Fler AT-tjänster 2024 (S2024/00586)". */
function titleOf(round: RoundDef, lang: Lang): string {
  return `${blockTitle(round, lang)}${round.decision ? ` (${round.decision})` : ""}`;
}

/** Whether a round weighs by population: directly, per 100 000 inhabitants of a declared column, or monthly. */
function readsPopulation(round: RoundDef): boolean {
  return round.blocks.some((b) => b.kind === "monthlyPerformance" || weightsIn(b).some((w) => w === "population" || (typeof w === "object" && w.per100k)));
}

/**
 * The round's own columns ("Vårdbehov höftprotes"), in the order the round
 * declares them: every amount rests on them, so the appendix shows them as
 * read. Whole numbers are grouped like amounts; others (0,0345) shown as they are.
 */
function declaredColumns(round: RoundDef, reads: readonly RegionRead[], lang: Lang): Column[] {
  return (round.columns ?? []).map((c) => {
    const head = capitalized(lang === "en" ? (c.titleEn ?? c.title) : c.title);
    const whole = reads.every((r) => r.input.values?.[c.id]?.isInteger() ?? true);
    return { head, width: Math.max(10, Math.min(24, head.length + 2)), amount: whole, cell: (_, read) => num(read?.input.values?.[c.id]) };
  });
}

/** The inputs a round's blocks read, as the decision's appendix shows them. */
function inputColumns(round: RoundDef, reads: readonly RegionRead[], lang: Lang): Column[] {
  const needs = roundNeeds(round);
  const yesNo = (v: boolean | null | undefined): RecordCell => (v === null || v === undefined ? null : L[v ? "yes" : "no"][lang]);
  const cols: Column[] = [];
  if (readsPopulation(round)) cols.push({ head: L.population[lang], width: 12, amount: true, cell: (_, read) => num(read?.input.population) });
  if (needs.count !== "no") cols.push({ head: L.count[lang], width: 9, amount: false, cell: (r, read) => (r.applied ? num(read?.input.count) : null) });
  if (needs.planned) cols.push({ head: L.planned[lang], width: 15, amount: false, cell: (r, read) => (r.applied ? num(read?.input.planned) : null) });
  if (round.blocks.some((b) => b.kind === "ladder")) cols.push({ head: L.increase[lang], width: 10, amount: false, cell: (r) => num(r.increase) });
  if (needs.forecast) cols.push({ head: L.forecast[lang], width: 9, amount: false, cell: (_, read) => yesNo(read?.input.forecast) });
  if (needs.goodLevel) cols.push({ head: L.goodLevel[lang], width: 9, amount: false, cell: (_, read) => yesNo(read?.input.goodLevel) });
  return [...cols, ...declaredColumns(round, reads, lang)];
}

/** How a planned value or another input was read where the cell did not hold a plain number ("84–89" read as 86,5). */
function readingNotes(read: RegionRead | undefined, lang: Lang): string[] {
  return (read?.notes ?? []).filter((n) => n.code === "note.reading" || n.code === "note.goodLevelYes" || n.code === "note.goodLevelNo").map((n) => render(n, lang));
}

/**
 * The decision's appendix: one row per region in alphabetical order, the
 * round's inputs and every block, a sum row, and a footnote for every value
 * read from a range or a note ("84–89", "46 (ev. 48)"). Follows the round's
 * blocks, so it serves every preset and every round an officer defines.
 */
export function appendixTable(round: RoundDef, result: RoundResult, reads: readonly RegionRead[], lang: Lang): DecisionTable {
  const byCode = new Map(reads.map((r) => [r.input.code, r]));
  const blocks: Column[] = result.blocks.map((b) => ({ head: blockTitle(b, lang), width: Math.max(13, Math.min(28, blockTitle(b, lang).length + 2)), amount: true, cell: (r) => num(r.amounts[b.id]), sum: result.totals[b.id] }));
  const columns: Column[] = [
    { head: L.region[lang], width: 22, amount: false, cell: (r) => r.name },
    ...inputColumns(round, reads, lang),
    ...blocks,
    { head: L.total[lang], width: 14, amount: true, cell: (r) => num(r.total), sum: result.totals.total },
  ];
  const regions = [...result.regions].sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const footnotes: string[] = [];
  const body = regions.map((r) => {
    const notes = readingNotes(byCode.get(r.code), lang);
    const marks = notes.map((text) => `${footnotes.push(`${r.name}: ${text}`)})`);
    return [...columns.map((c) => c.cell(r, byCode.get(r.code))), marks.join(" ") || null];
  });
  return {
    sheet: APPENDIX_SHEET,
    title: `${L.appendix[lang]}: ${titleOf(round, lang)}`,
    subtitle: L.perRegion[lang],
    head: [...columns.map((c) => c.head), L.note[lang]],
    body,
    foot: [L.sum[lang], ...columns.slice(1).map((c) => (c.sum ? num(c.sum) : null)), null],
    notes: footnotes.map((f, i) => `${i + 1}) ${f}`),
    layout: { widths: [...columns.map((c) => c.width), 6], amountCols: columns.flatMap((c, i) => (c.amount ? [i] : [])), fitToWidth: true, landscape: columns.length > 6 },
  };
}

/** Places by total, largest first; regions with equal totals share a place (1, 2, 2, 4). */
export function rankingOf(result: RoundResult): { place: number; region: RegionResult }[] {
  const granted = result.regions.filter((r) => r.total.isPositive()).sort((a, b) => b.total.cmp(a.total) || a.name.localeCompare(b.name, "sv"));
  return granted.map((region) => ({ place: granted.findIndex((g) => g.total.eq(region.total)) + 1, region }));
}

/** The ranking table: place, region, total granted, largest first; regions with nothing left out. */
export function rankingTable(round: RoundDef, result: RoundResult, lang: Lang): DecisionTable {
  return {
    sheet: RANKING_SHEET,
    title: `${L.ranking[lang]}: ${titleOf(round, lang)}`,
    subtitle: L.byTotal[lang],
    head: [L.place[lang], L.region[lang], L.granted[lang]],
    body: rankingOf(result).map(({ place, region }) => [place, region.name, region.total.toNumber()]),
    foot: [null, L.sum[lang], result.totals.total.toNumber()],
    notes: [],
    layout: { widths: [7, 22, 20], amountCols: [2], fitToWidth: true, landscape: false },
  };
}

/** Both tables of the decision, in the language asked for. */
export function decisionTables(round: RoundDef, result: RoundResult, reads: readonly RegionRead[], lang: Lang): DecisionTable[] {
  return [appendixTable(round, result, reads, lang), rankingTable(round, result, lang)];
}
