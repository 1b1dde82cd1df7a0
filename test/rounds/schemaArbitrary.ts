import fc from "fast-check";
import schema from "../../src/rounds/round.schema.json";

/**
 * Random round definitions drawn from round.schema.json itself: its $defs,
 * properties, items, enums and the kind branches of its if/then. Each named
 * value ($defs) draws from a small set of values that fit it, and now and then
 * one that does not (a wrong type, a value out of range, an unknown key), so
 * that both ways out of compileRound are reached.
 */
type Node = Record<string, unknown>;
const ROOT = schema as unknown as Node;
const DEFS = ROOT.$defs as Record<string, Node>;

/** Declared columns the definitions may name; the property gives every region a value in each. */
export const COLUMN_IDS = ["need", "ops", "opsBefore"];
const IDS = ["a", "b", "c", "block1", "bonus", "total", "need"];

const wrong = fc.constantFrom<unknown>(-1, 0, 1.5, "x", "", true, null, [], {}, 1e21);

/** Values that fit a named definition. */
const FITTING: Record<string, fc.Arbitrary<unknown>> = {
  roundId: fc.constantFrom("r-2026", "at-2026"),
  id: fc.constantFrom(...IDS),
  text: fc.constantFrom("Block", "Omgång"),
  date: fc.constantFrom("2025-11-01"),
  month: fc.constantFrom("2024-02", "2024-03", "2024-04"),
  amount: fc.oneof(fc.integer({ min: 1, max: 500_000_000 }), fc.integer({ min: 1, max: 1000 }).map(String)),
  amountOrZero: fc.integer({ min: 0, max: 50_000_000 }),
  pot: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 500_000_000 }) }, { weight: 1, arbitrary: fc.constant("rest") }),
  decimal: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom("2.5", "0.5")),
  factor: fc.constantFrom(1, 1.2, "0.5"),
  percent: fc.constantFrom(0, 0.5, 5, "1.5"),
  n: fc.integer({ min: 1, max: 21 }),
  flag: fc.boolean(),
  region: fc.constantFrom<unknown>("01", "04", 4, "Sörmland", "Gotland", 25),
  weight: fc.oneof(fc.constantFrom("population", "countPer100k", "count", "equal", ...COLUMN_IDS), fc.record({ column: fc.constantFrom(...COLUMN_IDS), per100k: fc.boolean() })),
  columnRef: fc.constantFrom(...COLUMN_IDS),
  // Mostly whole kronor: a random pot is seldom a whole number of 1 000s, and the property would see only refusals.
  rounding: fc.record({ method: fc.constantFrom("largestRemainder", "halfUpToLargest", "down"), unit: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(1000, 100_000, "1000") }) }, { requiredKeys: [] }),
};

function deref(node: Node): Node {
  return typeof node.$ref === "string" ? DEFS[node.$ref.replace("#/$defs/", "")] : node;
}

function defName(node: Node): string | null {
  return typeof node.$ref === "string" ? node.$ref.replace("#/$defs/", "") : null;
}

/** An object of the node's properties: each optional one present or not, required ones nearly always (fc.option's freq: one in freq is left out), now and then a key the schema does not know. */
function object(props: Record<string, Node>, required: string[], depth: number, fixed: Node = {}): fc.Arbitrary<Node> {
  const entries = Object.entries(props).filter(([k]) => !(k in fixed) && k !== "$schema" && k !== "note");
  const parts = Object.fromEntries(entries.map(([k, v]) => [k, required.includes(k) ? fc.option(of(v, depth + 1), { freq: 60, nil: undefined }) : fc.option(of(v, depth + 1), { freq: 2, nil: undefined })]));
  return fc.tuple(fc.record(parts), fc.oneof({ weight: 40, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("Cap", "leftovr", "zz") })).map(([o, extra]) => {
    const out: Node = { ...fixed };
    for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
    if (extra) out[extra] = 1;
    return out;
  });
}

/** A block or a sub-pot: a kind from its enum, then the properties of that kind's branch beside the common ones. */
function block(node: Node, depth: number): fc.Arbitrary<unknown> {
  const kinds = ((node.properties as Record<string, Node>).kind.enum as string[]).filter((k) => depth < 3 || k !== "subPots");
  const base = (DEFS.blockBase.properties ?? {}) as Record<string, Node>;
  const branches = (DEFS.kinds.allOf as Node[]).map((b) => ({ kind: ((b.if as Node).properties as Record<string, Node>).kind.const as string, then: b.then as Node }));
  return fc.constantFrom(...kinds).chain((kind) => {
    const then = branches.find((b) => b.kind === kind)!.then;
    const props = { ...base, ...(then.properties as Record<string, Node>), ...(defName(node) === "subPot" || node === DEFS.subPot ? { pot: { $ref: "#/$defs/amount" } } : {}) };
    return object(props, ["id", ...((then.required as string[]) ?? [])], depth, { kind });
  });
}

export function of(raw: Node, depth = 0): fc.Arbitrary<unknown> {
  const name = defName(raw);
  const node = deref(raw);
  if (node === DEFS.block || node === DEFS.subPot) return block(node, depth);
  if (name && FITTING[name]) return fc.oneof({ weight: 40, arbitrary: FITTING[name] }, { weight: 1, arbitrary: wrong });
  if (node.enum) return fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...(node.enum as unknown[])) }, { weight: 1, arbitrary: fc.constant("okänd") });
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.if && (node.then as Node).enum) return fc.oneof(fc.constantFrom(...((node.then as Node).enum as unknown[])), of(node.else as Node, depth));
  const type = ([] as string[]).concat((node.type as string | string[] | undefined) ?? []);
  if (type.includes("array") && node.items) return fc.array(of(node.items as Node, depth + 1), { minLength: (node.minItems as number) ?? 0, maxLength: depth > 2 ? 2 : 3 });
  if (type.includes("object") && node.properties) return object(node.properties as Record<string, Node>, (node.required as string[]) ?? [], depth);
  if (type.includes("string")) return fc.constantFrom("Vårdbehov", "x");
  return wrong;
}

/**
 * A whole round definition, with the declared columns every region has. The
 * round's pot is mostly left out or set to what its blocks add up to (a random
 * pot would almost never fit, and the property would only see refusals).
 */
export const roundDefinition: fc.Arbitrary<Record<string, unknown>> = fc.tuple(of(ROOT) as fc.Arbitrary<Node>, fc.constantFrom("drawn", "none", "sum", "sumPlus")).map(([d, pot]) => {
  const out: Node = { ...d, id: typeof d.id === "string" ? d.id : "r-2026", columns: COLUMN_IDS.map((id) => ({ id, header: `Kolumn ${id}` })) };
  const blocks = Array.isArray(d.blocks) ? (d.blocks as Node[]) : [];
  const stated = blocks.map((b) => (typeof b?.pot === "number" ? b.pot : null));
  if (pot === "none") delete out.pot;
  if ((pot === "sum" || pot === "sumPlus") && stated.every((x) => x !== null)) out.pot = (stated as number[]).reduce((a, b) => a + b, 0) + (pot === "sumPlus" ? 1_000_000 : 0);
  // With a pot above the blocks', one block takes the rest.
  if (pot === "sumPlus" && blocks.length > 0 && typeof blocks[0] === "object" && blocks[0] !== null && blocks[0].kind !== "fixed" && blocks[0].kind !== "subPots") blocks[0].pot = "rest";
  return out;
});
