import type { RoundResult } from "../engine/types";
import { formatNumber } from "../engine/format";
import type { Rational } from "../engine/rational";
import { blockLabel } from "../engine/blockLabel";
import { t, type Lang } from "./i18n";

type Cell = string | Rational;

/** The result as rows of cells: a header row, a row per region, the sum row. Amounts are whole kronor already. */
export function tableRows(r: RoundResult, lang: Lang): Cell[][] {
  const hasIncrease = r.regions.some((x) => x.increase !== null);
  const kr = t(lang, "kr");
  return [
    [t(lang, "region"), ...(hasIncrease ? [t(lang, "increase")] : []), ...r.blocks.map((b) => `${blockLabel(b, lang)} (${kr})`), `${t(lang, "total")} (${kr})`],
    ...r.regions.map((x) => [x.name, ...(hasIncrease ? [x.increase === null ? "–" : formatNumber(x.increase, lang)] : []), ...r.blocks.map((b) => x.amounts[b.id]), x.total]),
    [t(lang, "sum"), ...(hasIncrease ? [""] : []), ...r.blocks.map((b) => r.totals[b.id]), r.totals.total],
  ];
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The table as HTML for Word and Excel. An amount is shown grouped in the user's
 * language and carries its value in `x:num` with the format `#,##0`, the
 * attributes Excel reads when HTML is pasted (Office's HTML format, "Microsoft
 * Office HTML and XML Reference"), so Excel gets numbers, not text.
 */
export function tableHtml(r: RoundResult, lang: Lang): string {
  const rows = tableRows(r, lang);
  const cell = (v: Cell, tag: string) =>
    typeof v === "string"
      ? // Text that Excel would evaluate is given the text format "@", so it pastes as the text it is.
        `<${tag}${actsAsFormula(v) ? ` style="mso-number-format:'\\@'"` : ""}>${escape(v)}</${tag}>`
      : `<${tag} x:num="${v.toString()}" style="mso-number-format:'\\#\\,\\#\\#0';text-align:right">${escape(formatNumber(v, lang))}</${tag}>`;
  const tr = (row: Cell[], tag: string) => `<tr>${row.map((v) => cell(v, tag)).join("")}</tr>`;
  return `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"><thead>${tr(rows[0], "th")}</thead><tbody>${rows.slice(1).map((row) => tr(row, "td")).join("")}</tbody></table>`;
}

/** A number shown as text (the increase, grouped in the user's language): digits only, never a formula, so it is left to be read as a number. */
const NUMBER_TEXT = /^[-\u2212]?\d[\d\s\u00a0\u202f.,]*$/;

/**
 * Whether a spreadsheet would take a text as a formula when pasted: it starts
 * (after any spaces, which some programs drop) with = + - @ or their full-width
 * forms, which OWASP's "CSV Injection" lists, tab and CR among the characters before.
 */
export function actsAsFormula(text: string): boolean {
  return /^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(text) && !NUMBER_TEXT.test(text.trim());
}

/** A cell as tab-separated text: an amount as plain digits; text on one line, with a leading ' where it would otherwise be a formula (OWASP). */
export function tsvCell(v: Cell): string {
  if (typeof v !== "string") return v.toString();
  const flat = v.replace(/[\t\r\n]+/g, " ");
  return actsAsFormula(v) ? `'${flat}` : flat;
}

/** The table as tab-separated text: plain digits, which every Excel reads as numbers whatever its language; no text cell pastes as a formula. */
export function tableTsv(r: RoundResult, lang: Lang): string {
  return tableRows(r, lang).map((row) => row.map(tsvCell).join("\t")).join("\r\n") + "\r\n";
}

/**
 * Puts the table on the clipboard as HTML and as text from the click that asked
 * for it. The copy event works in a taskpane's frame and on a page served over
 * plain HTTP alike, where the asynchronous clipboard API may be refused.
 */
export function copyTable(r: RoundResult, lang: Lang): boolean {
  const html = tableHtml(r, lang);
  const text = tableTsv(r, lang);
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData("text/html", html);
    e.clipboardData?.setData("text/plain", text);
    e.preventDefault();
  };
  document.addEventListener("copy", onCopy);
  try {
    return document.execCommand("copy");
  } finally {
    document.removeEventListener("copy", onCopy);
  }
}
