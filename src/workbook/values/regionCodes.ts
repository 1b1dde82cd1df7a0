import { cellAt, isBlank, type CellValue, type SheetSnapshot } from "../sheet/cell";
import { cleanText } from "../sheet/cellText";

/**
 * The codes other systems give the 21 regions (their counties): the county
 * code (länskod, "01"), the county letter (länsbokstav, "AB"; also ISO 3166-2
 * "SE-AB") and the NUTS 3 code of Eurostat ("SE110", NUTS 2008 and later).
 */
export type CodeSystem = "county" | "letter" | "nuts";

export interface RegionCode {
  system: CodeSystem;
  /** The code as written ("AB", "SE110", "01"). */
  written: string;
  /** The county code it names ("01"), or null when it names no county ("02", "SE999"). */
  county: string | null;
}

const COUNTY = new Set(["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"]);
const LETTER: Record<string, string> = { AB: "01", C: "03", D: "04", E: "05", F: "06", G: "07", H: "08", I: "09", K: "10", M: "12", N: "13", O: "14", S: "17", T: "18", U: "19", W: "20", X: "21", Y: "22", Z: "23", AC: "24", BD: "25" };
// Eurostat's NUTS 3 table for Sweden (NUTS 2008 onwards, unchanged in NUTS 2021 and 2024).
const NUTS: Record<string, string> = { SE110: "01", SE121: "03", SE122: "04", SE123: "05", SE124: "18", SE125: "19", SE211: "06", SE212: "07", SE213: "08", SE214: "09", SE221: "10", SE224: "12", SE231: "13", SE232: "14", SE311: "17", SE312: "20", SE313: "21", SE321: "22", SE322: "23", SE331: "24", SE332: "25" };

/** A code whose form says what it is wherever it stands: a NUTS code, an ISO code "SE-AB" or "SE-01". */
export const SELF_EVIDENT = /^(SE\d{3}|SE-(?:[A-Z]{1,2}|\d{2}))$/;
/** A bare code, read as one only in a column of codes: a county letter, or a county number. */
export const BARE = /^([A-Z]{1,2}|\d{1,2})$/;

function named(written: string): RegionCode | null {
  if (/^SE\d{3}$/.test(written)) return { system: "nuts", written, county: NUTS[written] ?? null };
  const bare = written.replace(/^SE-/, "");
  if (/^\d{1,2}$/.test(bare)) {
    const code = bare.padStart(2, "0");
    return { system: "county", written, county: COUNTY.has(code) ? code : null };
  }
  // A letter that is no county's ("A", "B", "L") is not a code at all: it stays text.
  if (LETTER[bare]) return { system: "letter", written, county: LETTER[bare] };
  return written.startsWith("SE-") ? { system: "letter", written, county: null } : null;
}

/** The code a written code names ("AB", "SE110", "SE-C", "01"); null when it is not the form of any code. */
export function readCode(written: string): RegionCode | null {
  return SELF_EVIDENT.test(written) || BARE.test(written) ? named(written) : null;
}

/**
 * A cell that holds a code and nothing else. A bare code ("C", "1") only when
 * `bare` says the column is one of codes; a NUTS or ISO code anywhere. Case
 * matters: letter codes are capitals, "i" is a word.
 */
export function codeInCell(value: CellValue, bare: boolean): RegionCode | null {
  if (typeof value === "number") return bare && Number.isInteger(value) && value > 0 && value < 100 ? named(String(value)) : null;
  if (typeof value !== "string") return null;
  const t = cleanText(value);
  if (SELF_EVIDENT.test(t)) return named(t);
  return bare && BARE.test(t) ? named(t) : null;
}

/**
 * Whether a column under a header is one of codes: two codes or more, and no
 * region name in it (a sum row's label or a note is neither). Only then is a lone "C" or "1" read as a code; in a
 * column of names a stray letter stays text.
 */
export function isCodeColumn(sheet: SheetSnapshot, headerRow: number, col: number, isName: (text: string) => boolean): boolean {
  let codes = 0;
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const v = cellAt(sheet, r, col);
    if (isBlank(v)) continue;
    if (typeof v === "string" && isName(v)) return false;
    if (codeInCell(v, true)?.county) codes++;
  }
  return codes >= 2;
}
