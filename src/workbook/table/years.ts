import { headerText } from "./headers";

/**
 * Years a text names, told apart from dates: "Fördelning 2024" names 2024,
 * "Folkmängd 1 nov 2023" and "2023-11-01" are dates (of a population), and a
 * year after a word for population ("Befolkning 2023") is a population's year.
 */
const MONTH = "jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|march|apr(?:il)?|maj|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_NUMBER: Record<string, string> = { jan: "01", feb: "02", mar: "03", apr: "04", maj: "05", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", okt: "10", oct: "10", nov: "11", dec: "12" };
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\.?\\s*(${MONTH})\\.?\\s*(20\\d\\d)`, "g");
const ISO = /(20\d\d)-(\d\d)-(\d\d)/g;
const DAY_SLASH = /(\d{1,2})\/(\d{1,2})[ /-]?(20\d\d)/g;
const YEAR = /(?<![\p{L}\d/])(20\d\d)(?!\d)/gu;
const POPULATION_WORD = /(folkmängd|befolkning|invånare|population|inhabitants)/;

export interface NamedYears {
  /** Years named as such: a round's, a report's. */
  years: string[];
  /** Years of a population, and full dates (ISO, "2023-11-01"). */
  populationYears: string[];
  dates: string[];
}

export function yearsIn(value: unknown): NamedYears {
  let text = headerText(value);
  const dates: string[] = [];
  text = text.replace(DAY_MONTH_YEAR, (_, d: string, m: string, y: string) => (dates.push(`${y}-${MONTH_NUMBER[m.slice(0, 3)]}-${d.padStart(2, "0")}`), " "));
  text = text.replace(ISO, (whole: string) => (dates.push(whole), " "));
  text = text.replace(DAY_SLASH, (_, d: string, m: string, y: string) => (dates.push(`${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`), " "));
  const years: string[] = [];
  const populationYears: string[] = dates.map((d) => d.slice(0, 4));
  for (const m of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    (POPULATION_WORD.test(before) ? populationYears : years).push(m[1]);
  }
  return { years, populationYears, dates };
}

/** The year a round is for ("at-2024" → "2024"), from its id or title; null when neither names one. */
export function roundYear(round: { id: string; title: string }): string | null {
  return /20\d\d/.exec(round.id)?.[0] ?? /20\d\d/.exec(round.title)?.[0] ?? null;
}
