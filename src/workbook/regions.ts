import { cleanText } from "./cellText";

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

/** Case, spaces, invisible characters and dashes between words do not tell spellings apart. */
export function normalizeName(text: string): string {
  return cleanText(text).toLocaleLowerCase("sv").replace(/\s*-\s*/g, " ").trim();
}

/** A name's core: without "Region", "län", "-regionen" and the genitive s ("Jönköpings län" → "jönköping"). */
function core(name: string): string {
  return name.replace(/^region /, "").replace(/ län$/, "").replace(/regionen$/, "").replace(/s$/, "").trim();
}

const BY_SPELLING = new Map<string, Region>();
const BY_CORE = new Map<string, Region>();
for (const r of REGIONS) {
  for (const s of [r.name, r.officialName, ...r.aliases]) {
    BY_SPELLING.set(normalizeName(s), r);
    BY_CORE.set(core(normalizeName(s)), r);
  }
}

// Footnote markers officers put after a name: "*", "¹", "a)", "(1)", "†".
const FOOTNOTE = /\s*(\*+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\(?[a-z]\)|\(\d\)|\d\)|[\u2020\u2021#])$/;
// A county code before the name: "01 Stockholms län", "01 - Stockholm", "01. Stockholm".
const CODE = /^(\d{1,2})\s*[.:)]?\s+/;

export interface RegionName {
  region: Region;
  /** The county code written before the name, when there is one. */
  code: string | null;
}

/** The region a cell's text names, with a county code before it and footnote markers after it; null if none. */
export function readRegionName(text: string): RegionName | null {
  let t = normalizeName(text);
  let code: string | null = null;
  const c = CODE.exec(t);
  if (c) {
    code = c[1].padStart(2, "0");
    t = t.slice(c[0].length);
  }
  for (let i = 0; i < 3 && FOOTNOTE.test(t); i++) t = t.replace(FOOTNOTE, "");
  const region = BY_SPELLING.get(t) ?? BY_CORE.get(core(t)) ?? null;
  return region ? { region, code } : null;
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
