import { CATALOG, type MessageCode } from "./catalog";

/**
 * Every error and warning is a code and its parameters, rendered only by a
 * host, in the user's language (Swedish first). A parameter may itself be a
 * message, a text in both languages, a decimal number (shown with a comma in
 * Swedish) or a list.
 */
export type Lang = "sv" | "en";
/** Where a message is read: a command line names its options, Excel and the web page their drop-downs. */
export type Host = "cli" | "ui";

export interface Localized {
  sv: string;
  en: string;
}
export interface DecimalParam {
  decimal: string;
}
export type Param = string | number | Localized | DecimalParam | Msg | Param[];
export type Params = Record<string, Param>;

export interface Msg {
  code: MessageCode;
  params: Params;
}

/** A message about one place: a cell (`'Fördelning 2024'!D14`), a sheet, a file, or none. */
export interface Notice extends Msg {
  address: string | null;
}

export function msg(code: MessageCode, params: Params = {}): Msg {
  return { code, params };
}

export function notice(address: string | null, code: MessageCode, params: Params = {}): Notice {
  return { address, code, params };
}

function isMsg(p: Param): p is Msg {
  return typeof p === "object" && !Array.isArray(p) && "code" in p;
}

function renderParam(p: Param, lang: Lang, host: Host): string {
  if (typeof p === "number") return lang === "sv" ? String(p).replace(".", ",") : String(p);
  if (typeof p === "string") return p;
  if (Array.isArray(p)) return p.map((x) => renderParam(x, lang, host)).join(", ");
  if (isMsg(p)) return render(p, lang, host);
  if ("decimal" in p) return decimalText(p.decimal, lang);
  return p[lang];
}

/**
 * A decimal as people read it: thousands grouped from five digits up
 * ("2 455 914", "2,455,914"; a year-like 2024 stays as it is), a decimal comma and a real minus in Swedish.
 */
function decimalText(decimal: string, lang: Lang): string {
  const [int, frac] = decimal.replace(/^-/, "").split(".");
  const grouped = int.length >= 5 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? "\u00a0" : ",") : int;
  const sign = decimal.startsWith("-") ? (lang === "sv" ? "−" : "-") : "";
  return `${sign}${grouped}${frac === undefined ? "" : (lang === "sv" ? "," : ".") + frac}`;
}

/** The message in one language, for one kind of host. */
/** "{n|cell|cells}": the first word where the number n is 1, else the second ("1 cell", "2 cells"; "1 cell", "2 celler"). */
export function plurals(text: string, params: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (_, k: string, one: string, many: string) => (params[k] === 1 ? one : many));
}

export function render(m: Msg, lang: Lang, host: Host = "cli"): string {
  const entry = CATALOG[m.code];
  const forHost = "cli" in entry ? entry[host] : entry;
  return plurals(forHost[lang], m.params).replace(/\{(\w+)\}/g, (whole, k: string) => (k in m.params ? renderParam(m.params[k], lang, host) : whole));
}

/** `'Fördelning 2024'!D14: "tjugo" är inte ett tal` */
export function renderNotice(n: Notice, lang: Lang, host: Host = "cli"): string {
  const text = render(n, lang, host);
  return n.address ? `${n.address}: ${text}` : text;
}

const QUOTE_LIMIT = 60;

/** Text quoted from a cell, cut to about 60 characters so one long note cannot bury the message. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return JSON.stringify(chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT - 1).join("")}…` : flat);
}
