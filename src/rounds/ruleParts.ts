import { msg } from "../messages/message";
import { Rational } from "../engine/rational";
import type { Bound, ColumnDef, ColumnWeight, Group, Leftover, TopRule, Weight, WeightKey } from "../engine/types";
import { WEIGHT_KEYS, type Fields } from "./fields";

const CODES = new Set(["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"]);
const json = (v: unknown) => JSON.stringify(v) ?? "undefined";

/**
 * The parts of a round definition that the building blocks share: weights and
 * measures (a built-in key or a declared column), caps and floors, where
 * leftover money goes, groups of regions. Each reads one value and says each
 * problem with its path.
 */
export class RuleParts {
  constructor(
    private readonly f: Fields,
    private readonly columns: readonly ColumnDef[],
    private readonly regionOf: (text: string) => string | null = () => null,
  ) {}

  /**
   * Regions as a definition lists them: codes ("04"), names as the workbook's
   * reader knows them ("Sörmland"), or a code as a number (4) where that is a
   * region's code; anything else is refused, never left to match nothing.
   */
  regions(value: unknown, where: string): string[] {
    if (!Array.isArray(value)) return this.f.problem(where, msg("rules.regionListNeeded")), [];
    return value.map((v, i) => {
      const code = this.regionCode(v);
      if (code && value.slice(0, i).some((w) => String(w) !== String(v) && this.regionCode(w) === code)) this.f.problem(`${where}[${i}]`, msg("rules.listedTwice", { value: json(v) }));
      if (!code) this.f.problem(`${where}[${i}]`, msg("rules.notRegion", { value: json(v) }));
      return code ?? "";
    });
  }

  private regionCode(v: unknown): string | null {
    const text = String(v).trim();
    return /^\d{1,2}$/.test(text) && CODES.has(text.padStart(2, "0")) ? text.padStart(2, "0") : typeof v === "string" ? this.regionOf(text) : null;
  }

  /** `{ "column": "needHip", "per100k": true }`: a declared column's value, per 100 000 inhabitants if asked. */
  column(value: unknown, where: string): ColumnWeight {
    const v = (typeof value === "string" ? { column: value } : value ?? {}) as Record<string, unknown>;
    const def = this.columns.find((c) => c.id === v.column);
    if (v.column === undefined) this.f.problem(`${where}.column`, msg("rules.columnNeeded"));
    else if (!def) this.f.problem(`${where}.column`, msg("rules.unknownColumn", { value: json(v.column), known: this.columns.map((c) => c.id).join(", ") || "–" }));
    const per100k = v.per100k === true || v.per100k === "Ja" || v.per100k === "ja";
    return { column: String(v.column ?? ""), per100k, title: def?.title ?? String(v.column ?? ""), ...(def?.titleEn ? { titleEn: def.titleEn } : {}) };
  }

  /** A sharing key or a measure: "population", …, a declared column's id, or `{ "column": id, "per100k": true }`. */
  weight(value: unknown, where: string): Weight {
    if (typeof value === "object" && value !== null) return this.column(value, where);
    if (typeof value === "string" && this.columns.some((c) => c.id === value)) return this.column(value, where);
    if (value === undefined) this.f.problem(where, msg("rules.keyNeeded"));
    return this.f.oneOf<WeightKey>(value, where, [...WEIGHT_KEYS, ...(this.columns.map((c) => c.id) as WeightKey[])], "equal");
  }

  /** `{ "amount": 5000000 }`, `{ "column": "capHip" }` or `{ "share": "population", "factor": 1.2 }`. */
  bound(value: unknown, where: string): Bound | undefined {
    if (value === undefined) return undefined;
    const b = (value ?? {}) as Record<string, unknown>;
    const given = ["amount", "column", "share"].filter((k) => b[k] !== undefined);
    if (given.length > 1) this.f.problem(where, msg("rules.boundOne", { given: given.map(json).join(" + ") }));
    if (b.amount !== undefined) return { kind: "amount", amount: this.f.amount(b.amount, `${where}.amount`, true) };
    if (b.column !== undefined) return { kind: "column", column: this.column(b, where) };
    if (b.share !== undefined) {
      const factor = b.factor === undefined ? Rational.from(1) : this.f.number(b.factor, `${where}.factor`);
      if (!factor.isPositive()) this.f.problem(`${where}.factor`, msg("rules.positive", { value: factor.toString() }));
      return { kind: "share", weight: this.weight(b.share, `${where}.share`), factor };
    }
    this.f.problem(where, msg("rules.boundNeeded"));
    return undefined;
  }

  top(value: Record<string, unknown>, where: string): TopRule {
    return {
      n: this.f.whole(value.n, `${where}.n`, 1),
      by: this.weight(value.by, `${where}.by`),
      order: this.f.oneOf(value.order, `${where}.order`, ["highest", "lowest"] as const, "highest"),
      ties: this.f.ties(value.ties, `${where}.ties`),
      weight: this.weight(value.weight ?? "equal", `${where}.weight`),
    };
  }

  /** "unallocated" (the default), "next", `{ "kind": "top", … }` or `{ "kind": "proportional", "weight": … }`. */
  leftover(value: unknown, where: string): Leftover {
    if (value === undefined || value === "unallocated") return { kind: "unallocated" };
    if (value === "next") return { kind: "next" };
    const v = (value ?? {}) as Record<string, unknown>;
    const kind = this.f.oneOf(v.kind, `${where}.kind`, ["unallocated", "next", "top", "proportional"] as const, "unallocated");
    if (kind === "top") return { kind, top: this.top(v, where) };
    if (kind === "proportional") return { kind, weight: this.weight(v.weight, `${where}.weight`) };
    return { kind };
  }

  /** "all", "applied" or a list of region codes. */
  group(value: unknown, where: string): Group {
    if (Array.isArray(value) && value.length === 1 && (value[0] === "all" || value[0] === "applied")) value = value[0]; // a sheet's one-item list
    if (value === undefined || value === "applied") return { kind: "applied" };
    if (value === "all") return { kind: "all" };
    if (Array.isArray(value) && value.length > 0) return { kind: "codes", codes: this.regions(value, where) };
    this.f.problem(where, msg("rules.groupNeeded"));
    return { kind: "applied" };
  }
}

/** The round's declared columns: `[{ "id": "needHip", "header": "Vårdbehov höftled", "title": … }]`. */
export function columnsOf(f: Fields, value: unknown): ColumnDef[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    f.problem("columns", msg("rules.columnNeeded"));
    return [];
  }
  return value.map((c, i) => {
    const v = (c ?? {}) as Record<string, unknown>;
    const where = `columns[${i}]`;
    const headers = (Array.isArray(v.header) ? v.header : v.header === undefined ? [] : [v.header]).map((h, k) => f.text(h, `${where}.header[${k}]`, ""));
    if (headers.filter(Boolean).length === 0) f.problem(`${where}.header`, msg("rules.headerNeeded"));
    const title = f.text(v.title, `${where}.title`, headers[0] ?? String(v.id));
    return { id: f.id(v.id, `${where}.id`), header: headers.filter(Boolean), title, ...(v.titleEn ? { titleEn: f.text(v.titleEn, `${where}.titleEn`, title) } : {}) };
  });
}
