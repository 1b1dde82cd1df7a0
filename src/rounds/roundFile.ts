import { msg, render } from "../messages/message";
import { Rational, ZERO, sum } from "../engine/rational";
import type { BlockDef, RoundDef, SubPotDef } from "../engine/types";
import { DEFAULT_ROUNDING, ROUNDING_METHODS, type RoundingRule } from "../engine/rounding/roundingRule";
import { Fields, type Problem } from "./fields";
import { RuleParts, columnsOf } from "./ruleParts";
import { schemaCheck, within } from "./schemaCheck";

/** A round definition as written in JSON or a workbook sheet: plain numbers and strings. */
export type RoundFile = Record<string, unknown>;

export class RoundDefinitionError extends Error {
  constructor(public readonly problems: Problem[]) {
    super(`The round definition has errors:\n${problems.map((p) => `  - ${p.path}: ${render(p.problem, "en")}`).join("\n")}`);
  }
}

/** An optional English title: absent where the round gives none (the Swedish one is shown then). */
function titleEn(f: Fields, value: unknown, path: string): { titleEn?: string } {
  return value === undefined || value === null || value === "" ? {} : { titleEn: f.text(value, path, "") };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `"rounding": { "method", "unit" }`: the rule for the last krona, or the one it inherits (the round's, a sub-pot's block's). */
function roundingOf(f: Fields, value: unknown, where: string, inherited: RoundingRule | undefined): RoundingRule | undefined {
  if (value === undefined) return inherited;
  const v = (value ?? {}) as Record<string, unknown>;
  const method = f.oneOf(v.method, `${where}.method`, ROUNDING_METHODS, inherited?.method ?? DEFAULT_ROUNDING.method);
  const unit = v.unit === undefined ? (inherited?.unit ?? DEFAULT_ROUNDING.unit) : BigInt(f.amount(v.unit, `${where}.unit`).floor().toString());
  return { method, unit: unit > 0n ? unit : 1n };
}

/** A pot of whole units: under any method but "down" the block must sum exactly to it, so 150 000 kr cannot be paid in 100 000s. */
function checkUnits(f: Fields, pot: Rational, rule: RoundingRule | undefined, where: string): void {
  if (!rule || rule.method === "down" || rule.unit === 1n || !pot.isInteger()) return;
  if (pot.n % rule.unit !== 0n) f.problem(where, msg("rules.notWholeUnits", { pot: { decimal: pot.toString() }, unit: { decimal: rule.unit.toString() } }));
}
const REGIONS_IN_SWEDEN = 21;
const SUB_POT_KINDS = ["proportional", "equal", "fixed", "top", "perUnit"];

/** How a block's pot is stated: kronor, "rest" (of the round's pot), or left to the block (fixed amounts, sub-pots). */
type PotOf = (b: Record<string, unknown>, where: string) => Rational;

function block(f: Fields, p: RuleParts, value: unknown, where: string, potOf: PotOf, inherited?: RoundingRule): BlockDef | null {
  const b = (value ?? {}) as Record<string, unknown>;
  const rounding = roundingOf(f, b.rounding, `${where}.rounding`, inherited);
  const base = { id: f.id(b.id, `${where}.id`), title: f.text(b.title, `${where}.title`, String(b.id)), ...titleEn(f, b.titleEn, `${where}.titleEn`), pot: ZERO, among: f.among(b.among, `${where}.among`), ...(rounding ? { rounding } : {}) };
  const pot = () => potOf(b, where);
  switch (b.kind) {
    case "proportional": {
      const bounds = { cap: p.bound(b.cap, `${where}.cap`), floor: p.bound(b.floor, `${where}.floor`) };
      const extra = { ...(bounds.cap ? { cap: bounds.cap } : {}), ...(bounds.floor ? { floor: bounds.floor } : {}), ...(b.leftover !== undefined ? { leftover: p.leftover(b.leftover, `${where}.leftover`) } : {}) };
      return { ...base, pot: pot(), kind: "proportional", weight: p.weight(b.weight, `${where}.weight`), unstatedKey: b.unstatedKey === true, ...extra };
    }
    case "equal":
      return { ...base, pot: pot(), kind: "equal" };
    case "ladder":
      f.oneOf(b.measure, `${where}.measure`, ["increase"] as const, "increase");
      f.oneOf(b.overflow, `${where}.overflow`, ["scale"] as const, "scale");
      return { ...base, pot: pot(), kind: "ladder", measure: "increase", steps: f.steps(b.steps, `${where}.steps`), remainder: f.remainder(b.remainder, `${where}.remainder`), overflow: "scale" };
    case "monthlyPerformance":
      return { ...base, pot: pot(), ...monthly(f, b, where), ...(rounding ? { rounding } : {}) };
    case "fixed": {
      const amount = f.amount(b.amount, `${where}.amount`);
      const group = p.group(b.group, `${where}.group`);
      const most = group.kind === "codes" ? group.codes.length : REGIONS_IN_SWEDEN;
      const stated = b.pot === undefined ? amount.mul(most) : pot();
      if (stated.lt(amount.mul(most))) f.problem(`${where}.pot`, msg("rules.potTooSmall", { pot: stated.toString(), amount: amount.toString(), n: most }));
      return { ...base, pot: stated, kind: "fixed", amount, group, leftover: p.leftover(b.leftover, `${where}.leftover`) };
    }
    case "top":
      return { ...base, pot: pot(), kind: "top", top: p.top(b, where) };
    case "perUnit": {
      const cap = p.bound(b.cap, `${where}.cap`);
      const baseline = b.baseline === undefined ? {} : { baseline: p.column(b.baseline, `${where}.baseline`) };
      return { ...base, pot: pot(), kind: "perUnit", price: f.amount(b.price, `${where}.price`), units: p.column(b.units, `${where}.units`), ...baseline, ...(cap ? { cap } : {}), leftover: p.leftover(b.leftover, `${where}.leftover`) };
    }
    case "subPots": {
      const list = Array.isArray(b.pots) ? b.pots : [];
      if (list.length === 0) f.problem(`${where}.pots`, msg("rules.subPotsNeeded"));
      const subPot = (s: unknown, i: number) => {
        const kind = (s as Record<string, unknown> | null)?.kind;
        if (!SUB_POT_KINDS.includes(String(kind))) return f.problem(`${where}.pots[${i}].kind`, msg("rules.subPotKind", { value: JSON.stringify(kind) ?? "undefined" })), null;
        // A sub-pot is shared among whom its block is, unless it says.
        const own = { among: b.among, ...(s as Record<string, unknown>) };
        return block(f, p, own, `${where}.pots[${i}]`, (x, w) => f.amount(x.pot, `${w}.pot`), rounding);
      };
      const pots = list.map(subPot).filter((x): x is SubPotDef => x !== null && SUB_POT_KINDS.includes(x.kind));
      const total = sum(pots.map((x) => x.pot));
      const stated = b.pot === undefined ? total : pot();
      if (!stated.eq(total)) f.problem(`${where}.pots`, msg("rules.subPotsDiffer", { sum: total.toString(), pot: stated.toString() }));
      return { ...base, pot: stated, kind: "subPots", pots };
    }
    default:
      f.problem(`${where}.kind`, msg("rules.unknownKind", { value: JSON.stringify(b.kind) ?? "undefined" }));
      return null;
  }
}

function monthly(f: Fields, b: Record<string, unknown>, where: string) {
  const measures = Array.isArray(b.measures) ? b.measures : [];
  if (measures.length === 0) f.problem(`${where}.measures`, msg("rules.measuresNeeded"));
  const months = Array.isArray(b.months) ? b.months : [];
  if (months.length === 0) f.problem(`${where}.months`, msg("rules.monthsNeeded"));
  months.forEach((m, i) => MONTH.test(String(m)) || f.problem(`${where}.months[${i}]`, msg("rules.notMonth", { value: JSON.stringify(m) ?? "undefined" })));
  const imp = (b.improvement ?? {}) as Record<string, unknown>;
  const low = (b.lowest ?? {}) as Record<string, unknown>;
  const bonus = (b.bonus ?? {}) as Record<string, unknown>;
  return {
    kind: "monthlyPerformance" as const,
    measures: measures.map((m, i) => ({ id: f.id(m?.id, `${where}.measures[${i}].id`), title: f.text(m?.title, `${where}.measures[${i}].title`, String(m?.id)), ...titleEn(f, m?.titleEn, `${where}.measures[${i}].titleEn`) })),
    months: months.map(String),
    improvement: { percent: f.percent(imp.percent ?? 0.5, `${where}.improvement.percent`), reading: f.oneOf(imp.reading, `${where}.improvement.reading`, ["relative", "points"] as const, "relative") },
    lowest: { n: f.whole(low.n, `${where}.lowest.n`, 5), ties: f.ties(low.ties, `${where}.lowest.ties`) },
    bonus: { id: f.id(bonus.id ?? "bonus", `${where}.bonus.id`), title: f.text(bonus.title, `${where}.bonus.title`, "Bonus"), ...titleEn(f, bonus.titleEn ?? "Bonus", `${where}.bonus.titleEn`) },
  };
}

/** What a block yields in the result, by id and title: itself, its measures and bonus, or its sub-pots. */
function resultParts(b: BlockDef): { id: string; title: string }[] {
  const parts = b.kind === "monthlyPerformance" ? [...b.measures, b.bonus] : b.kind === "subPots" ? b.pots : [b];
  return parts.map(({ id, title }) => ({ id, title }));
}

/** Every id a block yields in the result. */
export function resultBlockIds(b: BlockDef): string[] {
  return resultParts(b).map((p) => p.id);
}

/** The result's blocks by id and title, as their columns are named, before anything is computed. */
export function resultBlocks(round: RoundDef): { id: string; title: string }[] {
  return round.blocks.flatMap(resultParts);
}

/** How a definition names regions beyond their codes: the spellings the workbook reader knows (a lower floor cannot import them). */
export interface CompileOptions {
  regionOf?: (text: string) => string | null;
  /** A preset: shipped with Fördela and checked against the schema by its tests, so the page need not load the checks to list it. */
  trusted?: boolean;
}

/**
 * Validates a round definition and turns its amounts into exact decimals:
 * first by round.schema.json (keys, types, values, ranges), then what a schema
 * cannot say (pots that add up, references, regions, step order), each problem with its path.
 */
export function compileRound(file: RoundFile, options: CompileOptions = {}): RoundDef {
  const invalid = options.trusted ? [] : schemaCheck()(file);
  const f = new Fields();
  const id = typeof file.id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(file.id) ? file.id : null;
  if (!id) f.problem("id", msg("rules.notRoundId", { value: JSON.stringify(file.id) ?? "undefined" }));
  if (!Array.isArray(file.blocks) || file.blocks.length === 0) f.problem("blocks", msg("rules.blocksNeeded"));
  const columns = columnsOf(f, file.columns);
  const parts = new RuleParts(f, columns, options.regionOf);
  const roundPot = file.pot === undefined ? undefined : f.amount(file.pot, "pot");
  const rounding = roundingOf(f, file.rounding, "rounding", undefined);
  // "rest" is the round's pot less every other block's, wherever it stands: it is compiled last, once the others' pots are known.
  const list: unknown[] = Array.isArray(file.blocks) ? file.blocks : [];
  const restAt = list.flatMap((b, i) => ((b as Record<string, unknown> | null)?.pot === "rest" ? [i] : []));
  restAt.slice(1).forEach((i) => f.problem(`blocks[${i}].pot`, msg("rules.restTwice")));
  const blocks: (BlockDef | null)[] = list.map(() => null);
  const order = [...list.keys()].filter((i) => i !== restAt[0]).concat(restAt.slice(0, 1));
  for (const i of order) {
    const others = sum(blocks.flatMap((x, k) => (x && k !== i ? [x.pot] : [])));
    let rest: { roundPot: Rational; others: Rational } | undefined;
    const potOf: PotOf = (x, where) => {
      if (x.pot !== "rest") return f.amount(x.pot, `${where}.pot`);
      if (!roundPot) return f.problem(`${where}.pot`, msg("rules.restNeedsPot")), ZERO;
      if (restAt.length > 1) return ZERO; // said once, as the second "rest"
      if (!roundPot.gt(others)) return f.problem(`${where}.pot`, msg("rules.restNothingLeft", { before: others.toString(), pot: roundPot.toString() })), ZERO;
      rest = { roundPot, others };
      return roundPot.minus(others);
    };
    const def = block(f, parts, list[i], `blocks[${i}]`, potOf, rounding);
    // Pots, fixed amounts and prices in whole units: a fixed 50 000 kr in 100 000s would be rounded like a share and move to another region.
    for (const [unit, w] of !def ? [] : def.kind === "subPots" ? def.pots.map((x, j) => [x, `blocks[${i}].pots[${j}]`] as const) : [[def, `blocks[${i}]`] as const]) {
      checkUnits(f, unit.pot, unit.rounding, `${w}.pot`);
      if (unit.kind === "fixed") checkUnits(f, unit.amount, unit.rounding, `${w}.amount`);
      if (unit.kind === "perUnit") checkUnits(f, unit.price, unit.rounding, `${w}.price`);
    }
    blocks[i] = def && rest ? { ...def, rest } : def;
  }
  const all = blocks.filter((b): b is BlockDef => b !== null);
  // With or without "rest", the blocks together are the round's pot: never more, never less.
  if (roundPot && invalid.length + f.problems.length === 0 && !sum(all.map((b) => b.pot)).eq(roundPot)) f.problem("pot", msg("rules.potsDiffer", { sum: sum(all.map((b) => b.pot)).toString(), pot: roundPot.toString() }));
  // Each pot is within the engine's exact range, but the round's whole kronor are shared out over all of them at once: so must their sum be.
  const allPots = sum(all.map((b) => b.pot));
  if (allPots.gt(Rational.of(BigInt(2 ** 52 - 1)))) f.problem("blocks", msg("rules.potsTooLarge", { value: { decimal: allPots.toString() }, most: { decimal: String(2 ** 52 - 1) } }));
  const units = all.flatMap((b) => (b.kind === "subPots" ? b.pots : [b]));
  const last = units[units.length - 1];
  if (last && "leftover" in last && last.leftover?.kind === "next") f.problem(`blocks[${all.length - 1}].leftover`, msg("rules.nextOnLast"));
  const ids = all.flatMap(resultBlockIds);
  ids.forEach((b, i) => {
    if (b && ids.indexOf(b) !== i) f.problem("blocks", msg("rules.blockTwice", { id: b }));
    if (b === "total") f.problem("blocks", msg("rules.totalReserved"));
  });
  const goodLevel = file.goodLevel === undefined ? undefined : parts.regions(file.goodLevel, "goodLevel");
  // The schema's word on a value stands; the code adds what the schema cannot see, each place said once.
  const more = f.problems.filter((p, i) => !invalid.some((s) => within(p.path, s.path) || within(s.path, p.path)) && f.problems.findIndex((q) => q.path === p.path) === i);
  if (invalid.length + more.length > 0) throw new RoundDefinitionError([...invalid, ...more]);
  return {
    id: id as string,
    title: f.text(file.title, "title", id as string),
    ...titleEn(f, file.titleEn, "titleEn"),
    decision: typeof file.decision === "string" ? file.decision : undefined,
    populationDate: typeof file.populationDate === "string" ? file.populationDate : undefined,
    ...(roundPot ? { pot: roundPot } : {}),
    ...(columns.length ? { columns } : {}),
    ...(rounding ? { rounding } : {}),
    goodLevel,
    blocks: all,
  };
}
