import { msg, type Localized, type Msg } from "../messages/message";
import type { Problem } from "./fields";
import validateRound, { type SchemaError } from "./generated/validateRound";
import { useSchemaCheck, within } from "./schemaCheck";
import { knownKeys, nearestKey } from "./schemaKeys";

/**
 * A definition checked against round.schema.json, the one description of the
 * format: each problem once, with its path and an officer's words for it
 * (Ajv's own English stays inside). Unknown keys name the nearest known key.
 */

type Step = string | number;

/** "/blocks/0/cap" → ["blocks", 0, "cap"] (JSON Pointer, RFC 6901). */
function steps(pointer: string): Step[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** ["blocks", 0, "cap"] → "blocks[0].cap", the paths every other problem uses. */
export function pathText(path: Step[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function valueAt(file: unknown, path: Step[]): unknown {
  return path.reduce<unknown>((v, s) => (v as Record<Step, unknown> | undefined)?.[s], file);
}

const json = (v: unknown) => JSON.stringify(v) ?? "undefined";

/** The largest amount the engine takes: whole kronor and their sums stay exact in doubles below 2^52 (largestRemainder's filter). */
export const MAX_KRONOR = 2 ** 52 - 1;

const TYPE_NAMES: Record<string, Localized> = {
  string: { sv: "text", en: "text" },
  integer: { sv: "ett heltal", en: "a whole number" },
  number: { sv: "ett tal", en: "a number" },
  object: { sv: "ett objekt { … }", en: "an object { … }" },
  array: { sv: "en lista [ … ]", en: "a list [ … ]" },
  boolean: { sv: "true eller false", en: "true or false" },
};

/** The named definition ($defs) an error comes from, where Ajv inlined it: its message says what that value is. */
function defOf(e: SchemaError): string | null {
  return /\$defs\/(\w+)\/[^/]+$/.exec(e.schemaPath)?.[1] ?? null;
}

/** What a value of a named kind must be, when it is not. */
function wrongValue(def: string | null, value: unknown): Msg | null {
  const v = { value: json(value) };
  switch (def) {
    case "amount":
    case "pot":
    case "amountOrZero": {
      // Only a number, or digits in quotes, is an amount at all; then it is a whole number of kronor above zero (or zero).
      const n = typeof value === "number" ? value : typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : null;
      if (n === null) return msg("rules.notAmount", v);
      if (n > MAX_KRONOR) return msg("rules.tooLarge", { value: v.value, most: { decimal: String(MAX_KRONOR) } });
      return !Number.isInteger(n) ? msg("rules.notWholeKronor", v) : msg(def === "amountOrZero" ? "rules.zeroOrMore" : "rules.positive", v);
    }
    case "decimal":
      return msg("rules.notNumber", v);
    case "factor":
      return msg("rules.positive", v);
    case "percent":
      return msg("rules.percentRange", v);
    case "n":
      return typeof value === "number" && Number.isInteger(value) && value > 21 ? msg("rules.nAtMost", { value: json(value), most: 21 }) : msg("rules.notWhole", v);
    case "id":
      return msg("rules.notId", v);
    case "roundId":
      return msg("rules.notRoundId", v);
    case "month":
      return msg("rules.notMonth", v);
    case "date":
      return msg("rules.notDate", v);
    case "text":
      return msg("rules.notText", v);
    default:
      return null;
  }
}

function problemOf(file: unknown, e: SchemaError): Problem | null {
  const path = steps(e.instancePath);
  const value = valueAt(file, path);
  const at = pathText(path);
  switch (e.keyword) {
    case "if":
      return null; // the branch's own errors say what is wrong
    case "additionalProperties":
    case "unevaluatedProperties": {
      const key = String(e.params.additionalProperty ?? e.params.unevaluatedProperty);
      const known = knownKeys(file, path);
      // A key the block's kind knows is "unevaluated" only because that kind's branch failed elsewhere.
      if (known.includes(key)) return null;
      const near = nearestKey(key, known);
      const where = pathText([...path, key]);
      return { path: where, problem: near ? msg("rules.unknownKey", { key: json(key), suggestion: json(near) }) : msg("rules.unknownKeyKnown", { key: json(key), known: known.map((k) => json(k)).join(", ") }) };
    }
    case "required":
      return { path: pathText([...path, String(e.params.missingProperty)]), problem: msg("rules.missingKey", { key: json(e.params.missingProperty) }) };
    case "enum":
    case "const": {
      const known = (e.params.allowedValues as unknown[] | undefined) ?? [e.params.allowedValue];
      return { path: at, problem: msg("rules.unknownValue", { value: json(value), known: known.map((k) => String(k)) }) };
    }
    case "uniqueItems":
      return { path: `${at}[${e.params.i}]`, problem: msg("rules.listedTwice", { value: json((value as unknown[])[Number(e.params.i)]) }) };
    case "minItems":
      return { path: at, problem: msg("rules.listEmpty") };
    case "maxLength":
      return { path: at, problem: msg("rules.textTooLong", { length: String(value).length, most: Number(e.params.limit) }) };
    default: {
      const own = wrongValue(defOf(e), value);
      if (own) return { path: at, problem: own };
      const expected = ([] as string[]).concat((e.params.type as string | string[] | undefined) ?? []);
      if (e.keyword === "type") return { path: at, problem: msg("rules.wrongType", { value: json(value), expected: expected.map((t) => TYPE_NAMES[t] ?? t) }) };
      if (e.keyword === "maximum" || e.keyword === "minimum" || e.keyword === "exclusiveMinimum") return { path: at, problem: msg("rules.outOfRange", { value: json(value), limit: `${e.params.comparison} ${e.params.limit}` }) };
      return { path: at, problem: msg("rules.notValid", { value: json(value) }) };
    }
  }
}

/**
 * Every problem the schema finds in a definition, each once (the first said of
 * a path). Where a block's kind is unknown, what its kind would need is not said
 * too: the kind is the one thing to fix.
 */
export function schemaProblems(file: unknown): Problem[] {
  if (validateRound(file)) return [];
  const all = (validateRound.errors ?? []).flatMap((e) => problemOf(file, e) ?? []);
  const badKinds = all.filter((p) => p.path.endsWith(".kind") && p.problem.code === "rules.unknownValue").map((p) => p.path.slice(0, -".kind".length));
  const seen = new Set<string>();
  return all.filter((p) => {
    if (seen.has(p.path) || badKinds.some((k) => within(p.path, k) && p.path !== `${k}.kind`)) return false;
    seen.add(p.path);
    return true;
  });
}

// Importing this module is what makes the checks available (see schemaCheck.ts).
useSchemaCheck(schemaProblems);
