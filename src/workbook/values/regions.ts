import { cleanText } from "../sheet/cellText";
import { readCode, type RegionCode } from "./regionCodes";

/** The 21 regions in official region-code order (regions.csv), with every spelling seen in the documents. */
export interface Region {
  code: string;
  name: string;
  officialName: string;
  aliases: string[];
}

export const REGIONS: readonly Region[] = [
  ["01", "Stockholm", "Region Stockholm", "Stockholms län|Region Stockholm|Stockholm"],
  ["03", "Uppsala", "Region Uppsala", "Uppsala län|Region Uppsala|Uppsala"],
  ["04", "Södermanland", "Region Sörmland", "Sörmland|Södermanland|Region Sörmland|Södermanlands län"],
  ["05", "Östergötland", "Region Östergötland", "Östergötland|Region Östergötland|Östergötlands län"],
  ["06", "Jönköping", "Region Jönköpings län", "Jönköping|Jönköpings län|Region Jönköpings län"],
  ["07", "Kronoberg", "Region Kronoberg", "Kronoberg|Kronobergs län|Region Kronoberg"],
  ["08", "Kalmar", "Region Kalmar län", "Kalmar|Kalmar län|Region Kalmar län"],
  ["09", "Gotland", "Region Gotland", "Gotland|Gotlands län|Region Gotland"],
  ["10", "Blekinge", "Region Blekinge", "Blekinge|Blekinge län|Region Blekinge"],
  ["12", "Skåne", "Region Skåne", "Skåne|Skåne län|Region Skåne"],
  ["13", "Halland", "Region Halland", "Halland|Hallands län|Region Halland"],
  ["14", "Västra Götaland", "Västra Götalandsregionen", "Västra Götaland|Västra Götalands län|Västra Götalandsregionen|VGR"],
  ["17", "Värmland", "Region Värmland", "Värmland|Värmlands län|Region Värmland"],
  ["18", "Örebro", "Region Örebro län", "Örebro|Örebro län|Region Örebro län"],
  ["19", "Västmanland", "Region Västmanland", "Västmanland|Västmanlands län|Region Västmanland"],
  ["20", "Dalarna", "Region Dalarna", "Dalarna|Dalarnas län|Region Dalarna"],
  ["21", "Gävleborg", "Region Gävleborg", "Gävleborg|Gävleborgs län|Region Gävleborg"],
  ["22", "Västernorrland", "Region Västernorrland", "Västernorrland|Västernorrlands län|Region Västernorrland"],
  ["23", "Jämtland Härjedalen", "Region Jämtland Härjedalen", "Jämtland|Jämtland-Härjedalen|Jämtland Härjedalen|Jämtlands län|Region Jämtland Härjedalen"],
  ["24", "Västerbotten", "Region Västerbotten", "Västerbotten|Västerbottens län|Region Västerbotten"],
  ["25", "Norrbotten", "Region Norrbotten", "Norrbotten|Norrbottens län|Region Norrbotten"],
].map(([code, name, officialName, aliases]) => ({ code, name, officialName, aliases: aliases.split("|") }));

/**
 * The names regions had before they became regions (landsting, until 2019 at
 * the latest) and the names officers shorten them to: the old documents and
 * the agencies' tables still use them. Patterns read the rest ("Landstinget i
 * X län", "X läns landsting"); these are the names no pattern gives.
 */
export const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  "01": ["Stockholms läns landsting", "SLL"],
  "03": ["Landstinget i Uppsala län"],
  "04": ["Landstinget Sörmland", "Landstinget i Södermanlands län"],
  "05": ["Landstinget i Östergötland"],
  "06": ["Landstinget i Jönköpings län"],
  "07": ["Landstinget Kronoberg"],
  "08": ["Landstinget i Kalmar län"],
  // Gotland is a municipality that is also its county's region: the name of the whole body.
  "09": ["Gotlands kommun", "Region Gotland (kommun)"],
  "10": ["Landstinget Blekinge"],
  "12": ["Region Skåne"],
  "13": ["Landstinget Halland"],
  "14": ["Västra Götalandsregionen", "Region Västra Götaland"],
  "17": ["Landstinget i Värmland"],
  "18": ["Örebro läns landsting"],
  "19": ["Landstinget Västmanland"],
  // Kopparbergs län was renamed Dalarnas län in 1997, the county council with it.
  "20": ["Landstinget Dalarna", "Kopparbergs läns landsting", "Kopparbergs län"],
  "21": ["Landstinget Gävleborg"],
  "22": ["Landstinget Västernorrland"],
  "23": ["Jämtlands läns landsting", "Landstinget Jämtland", "Region Jämtland Härjedalen"],
  "24": ["Västerbottens läns landsting"],
  "25": ["Norrbottens läns landsting"],
};

/** Case, spaces, invisible characters and dashes between words do not tell spellings apart. */
export function normalizeName(text: string): string {
  return cleanText(text).toLocaleLowerCase("sv").replace(/\s*-\s*/g, " ").trim();
}

// What a region is called besides its place: "Region X", "Landstinget i X län", "X läns landsting", "X County Council".
// Matched without accents: agencies' English tables write "Orebro lan".
const BEFORE = /^(region of|county of|regionen|region|landstinget i|landstinget|landsting)\s+/;
const AFTER = /\s+(lans landsting|landsting|county council|county|region|lan)$/;

/**
 * A name's core: its place without what the body is called, nor the genitive
 * s ("Landstinget i Jönköpings län" → "jönköping"), the parts of a two-part
 * name joined by any separator or "och" ("Jämtland/Härjedalen", "Jämtland &
 * Härjedalen"), and without accents (agencies' English tables write
 * "Jamtland"): only the letters that tell the regions apart.
 */
function core(text: string): string {
  let t = normalizeName(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/[/&+|\\]/g, " ").replace(/\s+(och|and)\s+/g, " ").replace(/\s+/g, " ").trim();
  for (let before = ""; before !== t; ) {
    before = t;
    t = t.replace(BEFORE, "").replace(AFTER, "").replace(/\s*regionen$/, "").trim();
  }
  return t.replace(/s$/, "").replace(/[^\p{L}\d]/gu, "");
}

const BY_CORE = new Map<string, Region>();
for (const r of REGIONS) {
  for (const s of [r.name, r.officialName, ...r.aliases, ...(FORMER_NAMES[r.code] ?? [])]) {
    const k = core(s);
    const other = BY_CORE.get(k);
    // Two regions read alike would make a name mean either: never.
    if (other && other !== r) throw new Error(`${s} reads as both ${other.name} and ${r.name}`);
    BY_CORE.set(k, r);
  }
}

// Footnote markers officers put after a name: "*", "¹", "a)", "(1)", "†".
// A letter marker stands apart ("Sörmland a)", "Skåne(b)"): the "n)" of "(kommun)" is no marker.
const FOOTNOTE = /(\s*(\*+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\([a-z]\)|\(\d\)|\d\)|[\u2020\u2021#])|\s+[a-z]\))$/;
// A code before the name: "01 Stockholms län", "01 - Stockholm", "AB Stockholm", "SE110 Stockholms län". Capitals: "i" is a word.
const CODE_BEFORE = /^(SE\d{3}|SE-(?:[A-Z]{1,2}|\d{2})|[A-Z]{1,2}|\d{1,2})\s*[.:)-]?\s+(?=\S)/;
// A code after it, in brackets: "Stockholm (AB)", "Uppsala län (03)", "Skåne [SE224]".
const CODE_AFTER = /\s*[([](SE\d{3}|SE-(?:[A-Z]{1,2}|\d{2})|[A-Z]{1,2}|\d{2})[)\]]$/;

export interface RegionName {
  region: Region;
  /** The county code a code written with the name names ("01" for "AB"); null when none is written, "" when the code names no county. */
  code: string | null;
  /** That code as written ("AB", "SE110", "01"), and its system. */
  written: RegionCode | null;
}

/** Splits a code written before or after the name from it. */
function withCode(text: string): { rest: string; written: RegionCode | null } {
  for (const re of [CODE_BEFORE, CODE_AFTER]) {
    const m = re.exec(text);
    const written = m ? readCode(m[1]) : null;
    if (m && written) return { rest: text.slice(0, m.index) + text.slice(m.index + m[0].length), written };
  }
  return { rest: text, written: null };
}

/** The region a cell's text names, with a code before or after it and footnote markers after it; null if none. */
export function readRegionName(text: string): RegionName | null {
  const { rest, written } = withCode(cleanText(text));
  let t = normalizeName(rest);
  for (let i = 0; i < 3 && FOOTNOTE.test(t); i++) t = t.replace(FOOTNOTE, "");
  const k = core(t);
  const region = k ? (BY_CORE.get(k) ?? null) : null;
  return region ? { region, code: written ? (written.county ?? "") : null, written } : null;
}
/** The region a cell's text names, in any spelling of regions.csv; null if none. */
export function matchRegion(text: string): Region | null {
  return readRegionName(text)?.region ?? null;
}

export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((r) => r.code === code);
}

export function regionRank(code: string): number {
  return REGIONS.findIndex((r) => r.code === code);
}
