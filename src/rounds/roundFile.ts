import { msg, render } from "../messages/message";
import type { BlockDef, RoundDef } from "../engine/types";
import { Fields, type Problem } from "./fields";

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

function block(f: Fields, value: unknown, where: string): BlockDef | null {
  const b = (value ?? {}) as Record<string, unknown>;
  const base = { id: f.id(b.id, `${where}.id`), title: f.text(b.title, `${where}.title`, String(b.id)), ...titleEn(f, b.titleEn, `${where}.titleEn`), pot: f.amount(b.pot, `${where}.pot`), among: f.among(b.among, `${where}.among`) };
  switch (b.kind) {
    case "proportional":
      return { ...base, kind: "proportional", weight: f.weight(b.weight, `${where}.weight`), unstatedKey: b.unstatedKey === true };
    case "equal":
      return { ...base, kind: "equal" };
    case "ladder":
      f.oneOf(b.measure, `${where}.measure`, ["increase"] as const, "increase");
      f.oneOf(b.overflow, `${where}.overflow`, ["scale"] as const, "scale");
      return { ...base, kind: "ladder", measure: "increase", steps: f.steps(b.steps, `${where}.steps`), remainder: f.remainder(b.remainder, `${where}.remainder`), overflow: "scale" };
    case "monthlyPerformance": {
      const measures = Array.isArray(b.measures) ? b.measures : [];
      if (measures.length === 0) f.problem(`${where}.measures`, msg("rules.measuresNeeded"));
      const months = Array.isArray(b.months) ? b.months : [];
      if (months.length === 0) f.problem(`${where}.months`, msg("rules.monthsNeeded"));
      months.forEach((m, i) => MONTH.test(String(m)) || f.problem(`${where}.months[${i}]`, msg("rules.notMonth", { value: JSON.stringify(m) ?? "undefined" })));
      const imp = (b.improvement ?? {}) as Record<string, unknown>;
      const low = (b.lowest ?? {}) as Record<string, unknown>;
      const bonus = (b.bonus ?? {}) as Record<string, unknown>;
      return {
        ...base,
        kind: "monthlyPerformance",
        measures: measures.map((m, i) => ({ id: f.id(m?.id, `${where}.measures[${i}].id`), title: f.text(m?.title, `${where}.measures[${i}].title`, String(m?.id)), ...titleEn(f, m?.titleEn, `${where}.measures[${i}].titleEn`) })),
        months: months.map(String),
        improvement: { percent: f.number(imp.percent ?? 0.5, `${where}.improvement.percent`), reading: f.oneOf(imp.reading, `${where}.improvement.reading`, ["relative", "points"] as const, "relative") },
        lowest: { n: f.whole(low.n, `${where}.lowest.n`, 5), ties: f.ties(low.ties, `${where}.lowest.ties`) },
        bonus: { id: f.id(bonus.id ?? "bonus", `${where}.bonus.id`), title: f.text(bonus.title, `${where}.bonus.title`, "Bonus"), ...titleEn(f, bonus.titleEn ?? "Bonus", `${where}.bonus.titleEn`) },
      };
    }
    default:
      f.problem(`${where}.kind`, msg("rules.unknownKind", { value: JSON.stringify(b.kind) ?? "undefined" }));
      return null;
  }
}

/** Every id a block yields in the result: its own, or its measures' and bonus's. */
export function resultBlockIds(b: BlockDef): string[] {
  return b.kind === "monthlyPerformance" ? [...b.measures.map((m) => m.id), b.bonus.id] : [b.id];
}

/** Validates a round definition and turns its amounts into exact decimals. */
export function compileRound(file: RoundFile): RoundDef {
  const f = new Fields();
  const id = typeof file.id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(file.id) ? file.id : null;
  if (!id) f.problem("id", msg("rules.notRoundId", { value: JSON.stringify(file.id) ?? "undefined" }));
  if (!Array.isArray(file.blocks) || file.blocks.length === 0) f.problem("blocks", msg("rules.blocksNeeded"));
  const blocks = (Array.isArray(file.blocks) ? file.blocks : []).map((b, i) => block(f, b, `blocks[${i}]`));
  const ids = blocks.flatMap((b) => (b ? resultBlockIds(b) : []));
  ids.forEach((b, i) => {
    if (b && ids.indexOf(b) !== i) f.problem("blocks", msg("rules.blockTwice", { id: b }));
    if (b === "total") f.problem("blocks", msg("rules.totalReserved"));
  });
  const goodLevel = file.goodLevel === undefined ? undefined : Array.isArray(file.goodLevel) ? file.goodLevel.map(String) : (f.problem("goodLevel", msg("rules.regionListNeeded")), []);
  if (f.problems.length > 0) throw new RoundDefinitionError(f.problems);
  return {
    id: id as string,
    title: f.text(file.title, "title", id as string),
    ...titleEn(f, file.titleEn, "titleEn"),
    decision: typeof file.decision === "string" ? file.decision : undefined,
    populationDate: typeof file.populationDate === "string" ? file.populationDate : undefined,
    goodLevel,
    blocks: blocks as BlockDef[],
  };
}
