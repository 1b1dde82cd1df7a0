import { Decimal } from "../engine/decimal";
import { checkLadder, type LadderStep } from "../engine/ladder";
import type { TieRule } from "../engine/rankSelect";
import type { Condition, RemainderRule, WeightKey } from "../engine/types";

/** Reads the fields of a round definition, collecting every problem with its path. */
export interface Problem {
  /** Where in the definition: "blocks[1].steps[0].amount". */
  path: string;
  message: string;
}

export class Fields {
  readonly problems: Problem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  amount(value: unknown, where: string, allowZero = false): Decimal {
    const ok = (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
    if (!ok) {
      this.problem(where, `${JSON.stringify(value)} is not an amount in kronor`);
      return new Decimal(0);
    }
    const d = new Decimal(String(value).trim());
    if (d.isNegative() || (!allowZero && d.isZero())) this.problem(where, `${d.toString()} must be ${allowZero ? "zero or more" : "a positive amount"}`);
    else if (!d.isInteger()) this.problem(where, `${d.toString()} is not whole kronor`);
    return d;
  }

  number(value: unknown, where: string): Decimal {
    if (typeof value === "number" && Number.isFinite(value)) return new Decimal(String(value));
    if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return new Decimal(value.trim());
    this.problem(where, `${JSON.stringify(value)} is not a number`);
    return new Decimal(0);
  }

  whole(value: unknown, where: string, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
    this.problem(where, `${JSON.stringify(value)} is not a whole number above zero`);
    return fallback;
  }

  text(value: unknown, where: string, fallback: string): string {
    if (value === undefined) return fallback;
    if (typeof value === "string" && value.trim()) return value.trim();
    this.problem(where, `${JSON.stringify(value)} is not a text`);
    return fallback;
  }

  id(value: unknown, where: string): string {
    if (typeof value === "string" && /^[a-z][a-zA-Z0-9]*$/.test(value)) return value;
    this.problem(where, `${JSON.stringify(value)} is not an id (a letter, then letters and digits, like "block1")`);
    return "";
  }

  oneOf<T extends string>(value: unknown, where: string, known: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (known.includes(value as T)) return value as T;
    this.problem(where, `unknown value ${JSON.stringify(value)} (known: ${known.join(", ")})`);
    return fallback;
  }

  weight(value: unknown, where: string): WeightKey {
    if (value === undefined) this.problem(where, "a sharing key is needed");
    return this.oneOf<WeightKey>(value, where, ["population", "countPer100k", "count", "equal"], "equal");
  }

  ties(value: unknown, where: string): TieRule {
    return this.oneOf<TieRule>(value, where, ["includeAll", "rankOrder"], "includeAll");
  }

  among(value: unknown, where: string): Condition[] {
    if (value === undefined) return ["applied"];
    if (!Array.isArray(value)) {
      this.problem(where, "a list of conditions is needed");
      return ["applied"];
    }
    const known: Condition[] = ["applied", "forecast", "goodLevel", "belowGoodLevel", "reachedPlan", "hasCount"];
    return value.map((c, i) => this.oneOf(c, `${where}[${i}]`, known, "applied"));
  }

  steps(value: unknown, where: string): LadderStep[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.problem(where, 'a ladder needs a list of steps { "threshold", "amount" }');
      return [];
    }
    const list = value.map((s, i) => {
      const step = (s ?? {}) as Record<string, unknown>;
      return { threshold: this.number(step.threshold, `${where}[${i}].threshold`), amount: this.amount(step.amount, `${where}[${i}].amount`) };
    });
    try {
      checkLadder(list);
    } catch (e) {
      this.problem(where, `steps out of order: ${(e as Error).message}`);
    }
    return list;
  }

  remainder(value: unknown, where: string): RemainderRule {
    const r = (value ?? { kind: "none" }) as Record<string, unknown>;
    const kind = this.oneOf(r.kind, `${where}.kind`, ["none", "proportional", "largest"] as const, "none");
    if (kind === "proportional") return { kind, weight: this.weight(r.weight, `${where}.weight`) };
    if (kind === "largest") return { kind, n: this.whole(r.n, `${where}.n`, 1), ties: this.ties(r.ties, `${where}.ties`) };
    return { kind: "none" };
  }
}
