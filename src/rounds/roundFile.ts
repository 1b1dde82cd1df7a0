import { Decimal } from "../engine/decimal";
import { checkLadder, type LadderStep } from "../engine/ladder";
import type { BlockDef, RemainderRule, RoundDef, WeightKey } from "../engine/types";

/** A round definition as written in JSON or a workbook sheet: plain numbers and strings. */
export type RoundFile = Record<string, unknown>;

export class RoundDefinitionError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The round definition has errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

const WEIGHTS: WeightKey[] = ["population", "countPer100k", "count", "equal"];

function amount(value: unknown, where: string, problems: string[], allowZero = false): Decimal {
  const ok = (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
  if (!ok) {
    problems.push(`${where}: ${JSON.stringify(value)} is not an amount in kronor`);
    return new Decimal(0);
  }
  const d = new Decimal(String(value).trim());
  if (d.isNegative() || (!allowZero && d.isZero())) problems.push(`${where}: ${d.toString()} must be ${allowZero ? "zero or more" : "a positive amount"}`);
  else if (!d.isInteger()) problems.push(`${where}: ${d.toString()} is not whole kronor`);
  return d;
}

function weightKey(value: unknown, where: string, problems: string[]): WeightKey {
  if (WEIGHTS.includes(value as WeightKey)) return value as WeightKey;
  problems.push(`${where}: unknown sharing key ${JSON.stringify(value)} (known: ${WEIGHTS.join(", ")})`);
  return "equal";
}

function steps(value: unknown, where: string, problems: string[]): LadderStep[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${where}: a ladder needs a list of steps { "threshold", "amount" }`);
    return [];
  }
  const list = value.map((s, i) => {
    const step = (s ?? {}) as Record<string, unknown>;
    const t = step.threshold;
    const threshold = typeof t === "number" && Number.isFinite(t) ? new Decimal(String(t)) : null;
    if (threshold === null) problems.push(`${where}[${i}].threshold: ${JSON.stringify(t)} is not a number`);
    return { threshold: threshold ?? new Decimal(0), amount: amount(step.amount, `${where}[${i}].amount`, problems) };
  });
  try {
    checkLadder(list);
  } catch (e) {
    problems.push(`${where}: steps out of order: ${(e as Error).message}`);
  }
  return list;
}

function remainder(value: unknown, where: string, problems: string[]): RemainderRule {
  const r = (value ?? { kind: "none" }) as Record<string, unknown>;
  if (r.kind === "none") return { kind: "none" };
  if (r.kind === "proportional") return { kind: "proportional", weight: weightKey(r.weight, `${where}.weight`, problems) };
  problems.push(`${where}.kind: unknown remainder rule ${JSON.stringify(r.kind)}`);
  return { kind: "none" };
}

function block(value: unknown, i: number, problems: string[]): BlockDef | null {
  const where = `blocks[${i}]`;
  const b = (value ?? {}) as Record<string, unknown>;
  const id = typeof b.id === "string" && /^[a-z][a-zA-Z0-9]*$/.test(b.id) ? b.id : null;
  if (!id) problems.push(`${where}.id: ${JSON.stringify(b.id)} is not a block id (letters and digits, like "block1")`);
  const title = typeof b.title === "string" ? b.title : String(id);
  const pot = amount(b.pot, `${where}.pot`, problems);
  switch (b.kind) {
    case "proportional":
      return { kind: "proportional", id: id ?? "", title, pot, weight: weightKey(b.weight, `${where}.weight`, problems) };
    case "ladder":
      if (b.measure !== undefined && b.measure !== "increase") problems.push(`${where}.measure: only "increase" is known`);
      return {
        kind: "ladder", id: id ?? "", title, pot, measure: "increase",
        steps: steps(b.steps, `${where}.steps`, problems),
        remainder: remainder(b.remainder, `${where}.remainder`, problems),
        overflow: "scale",
      };
    default:
      problems.push(`${where}.kind: unknown block kind ${JSON.stringify(b.kind)} (known: proportional, ladder)`);
      return null;
  }
}

/** Validates a round definition and turns its amounts into exact decimals. */
export function compileRound(file: RoundFile): RoundDef {
  const problems: string[] = [];
  const id = typeof file.id === "string" && file.id.trim() ? file.id.trim() : null;
  if (!id) problems.push(`id: a round needs an id`);
  if (!Array.isArray(file.blocks) || file.blocks.length === 0) problems.push("blocks: a round needs at least one block");
  const blocks = (Array.isArray(file.blocks) ? file.blocks : []).map((b, i) => block(b, i, problems));
  const ids = blocks.map((b) => b?.id);
  ids.forEach((b, i) => {
    if (b && ids.indexOf(b) !== i) problems.push(`blocks[${i}].id: "${b}" is used twice`);
    if (b === "total") problems.push(`blocks[${i}].id: "total" is reserved for the sum of the blocks`);
  });
  if (problems.length > 0) throw new RoundDefinitionError(problems);
  return {
    id: id as string,
    title: typeof file.title === "string" ? file.title : (id as string),
    decision: typeof file.decision === "string" ? file.decision : undefined,
    populationDate: typeof file.populationDate === "string" ? file.populationDate : undefined,
    blocks: blocks as BlockDef[],
  };
}
