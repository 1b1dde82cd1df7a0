import { normalizeName } from "../values/regions";

export type InputField = "region" | "population" | "planned" | "filled" | "started" | "count" | "applied" | "forecast" | "goodLevel";

export const INPUT_FIELDS: InputField[] = ["region", "population", "planned", "filled", "started", "count", "applied", "forecast", "goodLevel"];

/** Header phrases from workbook.md; a header containing a phrase counts, the longest phrase wins. */
const PHRASES: Record<InputField, string[]> = {
  region: ["region", "län", "county"],
  population: ["folkmängd", "befolkning", "invånare", "population", "inhabitants"],
  planned: ["planerade", "planering", "planeringsunderlag", "planned", "plan"],
  filled: ["tillsatta", "filled"],
  started: ["påbörjade", "started"],
  count: ["antal at", "rapporterat", "reported", "count"],
  applied: ["ansökt", "anmält intresse", "rapporterat data", "applied"],
  forecast: ["prognos", "rapporterat prognos", "prognos rapporterad", "forecast", "forecast reported"],
  goodLevel: ["god nivå", "good level"],
};

export const FIELD_LABELS: Record<InputField, { sv: string; en: string }> = {
  region: { sv: "region", en: "region" },
  population: { sv: "folkmängd", en: "population" },
  planned: { sv: "planerat antal", en: "planned count" },
  filled: { sv: "tillsatta", en: "filled posts" },
  started: { sv: "påbörjade", en: "started posts" },
  count: { sv: "rapporterat antal", en: "reported count" },
  applied: { sv: "ansökt", en: "applied" },
  forecast: { sv: "prognos rapporterad", en: "forecast reported" },
  goodLevel: { sv: "god nivå", en: "good level" },
};

/**
 * A header as one line of text: a word broken with a hyphen at a line break
 * ("Folk-\nmängd") is joined again; other breaks are spaces.
 */
export function headerText(value: unknown): string {
  if (typeof value !== "string") return "";
  return normalizeName(value.replace(/(\p{Ll})[-\u00ad\u2010\u2011]\s*\n\s*(\p{Ll})/gu, "$1$2"));
}

/**
 * Columns computed from the inputs ("AT per 100 000 invånare", "Kronor per
 * invånare", "Andel %") name an input's words but are not inputs.
 */
const DERIVED = /\bper (10+\b|1 ?000\b|100 ?000\b|invånare|inv\b|capita|inhabitant|region|tjänst)|\/ ?(inv|100 ?000\b)|%|\bprocent|\bandel|\bshare\b|\bkronor\b|\bkr\b|\btkr\b|\bmkr\b|\bsek\b|\bbelopp|\bbidrag|\bamount|\bdiff|förändring|\bchange\b/;

export function isDerivedHeader(header: string): boolean {
  return DERIVED.test(header);
}

/** The input field a header names, or null. */
export function inputFieldOf(header: string): InputField | null {
  if (isDerivedHeader(header)) return null;
  let best: { field: InputField; length: number } | null = null;
  for (const field of INPUT_FIELDS) {
    for (const phrase of PHRASES[field]) {
      if (header.includes(phrase) && (!best || phrase.length > best.length)) best = { field, length: phrase.length };
    }
  }
  return best?.field ?? null;
}

/** Output columns: `Utökning`/`Increase`, `Block N`, `Totalt`/`Total`/`Total summa`. */
export type OutputColumn = "increase" | "total" | `block:${string}`;

export function outputColumnOf(header: string, blocks: readonly { id: string; title: string }[]): OutputColumn | null {
  if (/^(utökning|increase)\b/.test(header)) return "increase";
  if (/^(totalt|total|total summa|summa totalt)(\s*\(.*\))?$/.test(header) || /^(totalt|total) (belopp|amount|kr|kronor)$/.test(header)) return "total";
  for (const { id, title } of blocks) {
    const n = /^block(\d+)$/.exec(id)?.[1];
    if (n ? new RegExp(`^block\\s*${n}(?!\\d)`).test(header) : header.startsWith(id.toLowerCase()) || header.startsWith(normalizeName(title))) return `block:${id}`;
  }
  return null;
}

const TOTAL_ROW = /^(summa|totalsumma|totalt|total|sum|sammanlagt|riket|hela riket|hela landet|sverige|samtliga regioner|alla regioner|samtliga|alla)\b/;

/** A row label that closes the table (the officer's sum row). */
export function isTotalLabel(text: string): boolean {
  return TOTAL_ROW.test(normalizeName(text));
}
