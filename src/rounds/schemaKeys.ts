import schema from "./round.schema.json";

/**
 * Which keys the schema knows at a place in a definition, for "did you mean …?".
 * The schema, not a list of our own, says it: the sub-schemas that apply to the
 * value there (its $refs, allOf, and the branch its if chooses, e.g. the kind of
 * a block) are walked and their property names collected.
 */
type Node = { [k: string]: unknown };
const ROOT = schema as unknown as Node;

function deref(node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const name = ref.replace("#/$defs/", "");
  return deref((ROOT.$defs as Record<string, Node>)[name]);
}

/** Whether a value meets an `if`: the schema's ifs test a type, or a block's kind. */
function meets(cond: Node, value: unknown): boolean {
  if (cond.type === "string") return typeof value === "string";
  const props = (cond.properties ?? {}) as Record<string, Node>;
  const v = (value ?? {}) as Record<string, unknown>;
  return Object.entries(props).every(([k, s]) => (k in v ? !("const" in s) || v[k] === s.const : !((cond.required as string[] | undefined) ?? []).includes(k)));
}

/** The node and every sub-schema of it that applies to this value. */
function applying(node: Node, value: unknown): Node[] {
  const n = deref(node);
  const out = [n];
  for (const sub of (n.allOf as Node[] | undefined) ?? []) out.push(...applying(sub, value));
  if (n.if) {
    const branch = meets(n.if as Node, value) ? n.then : n.else;
    if (branch) out.push(...applying(branch as Node, value));
  }
  return out;
}

/** The schemas of one step down: a property by name, or an array's item. */
function child(nodes: Node[], value: unknown, step: string | number): Node[] {
  return nodes.flatMap((n) => {
    if (typeof step === "number") return n.items ? applying(n.items as Node, value) : [];
    const prop = (n.properties as Record<string, Node> | undefined)?.[step];
    return prop ? applying(prop, value) : [];
  });
}

/** The keys known for the object at a path (["blocks", 0, "cap"]) of this definition. */
export function knownKeys(file: unknown, path: (string | number)[]): string[] {
  let value: unknown = file;
  let nodes = applying(ROOT, file);
  for (const step of path) {
    value = (value as Record<string | number, unknown> | undefined)?.[step];
    nodes = child(nodes, value, step);
  }
  return [...new Set(nodes.flatMap((n) => Object.keys((n.properties as object | undefined) ?? {})))];
}

/** Edits (insert, delete, change, swap two neighbours) from one key to another, case aside. */
function distance(a: string, b: string): number {
  const [s, t] = [a.toLowerCase(), b.toLowerCase()];
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[s.length][t.length];
}

/** The known key an unknown one is most likely a slip for ("Cap" → "cap", "leftovr" → "leftover"), if any is close. */
export function nearestKey(key: string, known: string[]): string | null {
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  const ranked = known.map((k) => ({ k, d: distance(key, k) })).filter((x) => x.d <= limit).sort((x, y) => x.d - y.d);
  return ranked[0]?.k ?? null;
}

/** The schema itself, for `fordela rounds --schema`. */
export const ROUND_SCHEMA: unknown = schema;
