import type { MonthlyMeasure } from "../../engine/types";
import { normalizeName } from "../values/regions";

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const ISO = /\b(\d{4})[-/](\d{1,2})\b/;
const NAMED = /\b([a-zåäö]+)\.?\s+(\d{4})\b/;

/** "2024-02", "feb 2024", "februari 2023", "Feb. 2024" → "2024-02"; null if the header names no month. */
export function monthOf(header: string): string | null {
  // Not normalizeName: its hyphen folding would turn "2024-02" into "2024 02".
  const text = header.normalize("NFC").toLocaleLowerCase("sv").replace(/[\s\u00a0]+/g, " ");
  const iso = ISO.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2].padStart(2, "0")}`;
  for (const m of text.matchAll(new RegExp(NAMED, "g"))) {
    const month = MONTHS[m[1]];
    if (month) return `${m[2]}-${String(month).padStart(2, "0")}`;
  }
  return null;
}

/**
 * A month named without a year ("feb", "Februari", "Överbeläggningar mars"), as
 * the headers of a sheet kept per year are written: its number, 1–12; null when
 * the header names a year too (read by monthOf) or no month.
 */
export function monthNumberOf(header: string): number | null {
  const text = header.normalize("NFC").toLocaleLowerCase("sv").replace(/[\s\u00a0]+/g, " ").trim();
  if (/\d{4}/.test(text)) return null;
  const words = text.split(/[\s.,:;()–-]+/).filter(Boolean);
  const months = words.map((w) => MONTHS[w]).filter((m): m is number => m !== undefined);
  return months.length === 1 ? months[0] : null;
}

/** The measure a header or sheet name names, by its title (singular or plural) or its id. */
export function measureOf(text: string, measures: readonly MonthlyMeasure[]): MonthlyMeasure | null {
  const t = normalizeName(text);
  return (
    measures.find((m) => {
      const title = normalizeName(m.title);
      const stem = title.replace(/(ar|er|s)$/, "");
      return t.includes(title) || t.includes(stem) || t.includes(m.id.toLowerCase());
    }) ?? null
  );
}
