import { msg, type Msg } from "../messages/message";
import { Rational } from "../engine/rational";
import { ladderProblem, type LadderStep } from "../engine/ladder";
import type { TieRule } from "../engine/rankSelect";
import type { Condition, RemainderRule, WeightKey } from "../engine/types";

/** Reads the fields of a round definition, collecting every problem with its path. */
export interface Problem {
  /** Where in the definition: "blocks[1].steps[0].amount". */
  path: string;
  problem: Msg;
}

/** Decimals of up to 15 significant digits survive a double exactly (IEEE 754 binary64: DBL_DIG is 15). */
const JSON_EXACT_DIGITS = 15;

/** Significant digits of a double's shortest decimal form (1e+21 has 1, 0.125 has 3). */
function significantDigits(v: number): number {
  const mantissa = String(Math.abs(v)).split("e")[0].replace(".", "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** The built-in sharing keys, as a definition names them. */
export const WEIGHT_KEYS: WeightKey[] = ["population", "countPer100k", "count", "equal"];

export class Fields {
  readonly problems: Problem[] = [];

  problem(path: string, problem: Msg): void {
    this.problems.push({ path, problem });
  }

  amount(value: unknown, where: string, allowZero = false): Rational {
    const ok = (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
    if (!ok) {
      this.problem(where, msg("rules.notAmount", { value: JSON.stringify(value) ?? "undefined" }));
      return Rational.from(0);
    }
    const d = typeof value === "number" ? this.jsonNumber(value, where) : Rational.from(value.trim());
    if (d.isNegative() || (!allowZero && d.isZero())) this.problem(where, msg(allowZero ? "rules.zeroOrMore" : "rules.positive", { value: d.toString() }));
    else if (d.gt(Rational.of(BigInt(2 ** 52 - 1)))) this.problem(where, msg("rules.tooLarge", { value: d.toString(), most: { decimal: String(2 ** 52 - 1) } })); // beyond any budget: the engine's exact filter stops there
    else if (!d.isInteger()) this.problem(where, msg("rules.notWholeKronor", { value: d.toString() }));
    return d;
  }

  number(value: unknown, where: string): Rational {
    if (typeof value === "number" && Number.isFinite(value)) return this.jsonNumber(value, where);
    if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Rational.from(value.trim());
    this.problem(where, msg("rules.notNumber", { value: JSON.stringify(value) ?? "undefined" }));
    return Rational.from(0);
  }

  /**
   * A number as JSON gives it: a double. Up to 15 significant digits it is
   * exactly the decimal written (every such decimal has its own double); one
   * with more may have lost digits in JSON.parse already, so it is refused,
   * never silently rounded: written as text ("0.1234567890123456789") it is exact.
   */
  private jsonNumber(value: number, where: string): Rational {
    if (significantDigits(value) > JSON_EXACT_DIGITS) this.problem(where, msg("rules.tooManyDigits", { value: String(value), digits: JSON_EXACT_DIGITS }));
    return Rational.fromCell(value);
  }

  /** A percentage, 0 to 100 (a decimal in quotes is not range-checked by the schema). */
  percent(value: unknown, where: string): Rational {
    const p = this.number(value, where);
    if (p.isNegative() || p.gt(100)) this.problem(where, msg("rules.percentRange", { value: p.toString() }));
    return p;
  }

  whole(value: unknown, where: string, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
    this.problem(where, msg("rules.notWhole", { value: JSON.stringify(value) ?? "undefined" }));
    return fallback;
  }

  text(value: unknown, where: string, fallback: string): string {
    if (value === undefined) return fallback;
    if (typeof value === "string" && value.trim()) return value.trim();
    this.problem(where, msg("rules.notText", { value: JSON.stringify(value) ?? "undefined" }));
    return fallback;
  }

  id(value: unknown, where: string): string {
    if (typeof value === "string" && /^[a-z][a-zA-Z0-9]*$/.test(value)) return value;
    this.problem(where, msg("rules.notId", { value: JSON.stringify(value) ?? "undefined" }));
    return "";
  }

  oneOf<T extends string>(value: unknown, where: string, known: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (known.includes(value as T)) return value as T;
    this.problem(where, msg("rules.unknownValue", { value: JSON.stringify(value) ?? "undefined", known: [...known] }));
    return fallback;
  }

  weight(value: unknown, where: string): WeightKey {
    if (value === undefined) this.problem(where, msg("rules.keyNeeded"));
    return this.oneOf<WeightKey>(value, where, WEIGHT_KEYS, "equal");
  }

  ties(value: unknown, where: string): TieRule {
    return this.oneOf<TieRule>(value, where, ["includeAll", "rankOrder"], "includeAll");
  }

  among(value: unknown, where: string): Condition[] {
    if (value === undefined) return ["applied"];
    if (!Array.isArray(value)) {
      this.problem(where, msg("rules.conditionsNeeded"));
      return ["applied"];
    }
    const known: Condition[] = ["applied", "forecast", "goodLevel", "belowGoodLevel", "reachedPlan", "hasCount"];
    return value.map((c, i) => this.oneOf(c, `${where}[${i}]`, known, "applied"));
  }

  steps(value: unknown, where: string): LadderStep[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.problem(where, msg("rules.stepsNeeded"));
      return [];
    }
    const list = value.map((s, i) => {
      const step = (s ?? {}) as Record<string, unknown>;
      return { threshold: this.number(step.threshold, `${where}[${i}].threshold`), amount: this.amount(step.amount, `${where}[${i}].amount`) };
    });
    const problem = ladderProblem(list);
    if (problem) this.problem(where, msg("rules.stepsOrder", { detail: problem }));
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
