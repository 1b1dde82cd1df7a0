import { formatKronor, formatNumber } from "../engine/format";
import { msg, render as renderMsg } from "../messages/message";
import { holdsFigure } from "../workbook/check/checkConvention";
import { differing, unfilled, type CellDifference, type CheckResult } from "../workbook/check/checkRound";
import { cellRef } from "./cellRef";
import type { Controller } from "./controller";
import { h } from "./dom";
import { t, type Lang } from "./i18n";
import { signedKronor } from "./signed";

/** The card's heading: cannot check, all agree, differ only in the rounding, or how many differ and how many are not filled in. */
export function reviewTitle(review: CheckResult, lang: Lang): string {
  if (review.errors.length) return t(lang, "reviewCannot");
  if (review.differences.length === 0) return t(lang, "reviewAgree", { n: review.checked });
  if (review.convention) return renderMsg(msg("check.conventionTitle", { n: review.differences.filter(holdsFigure).length, of: review.checked }), lang, "ui");
  const n = differing(review).length;
  const u = unfilled(review).length;
  if (u === 0) return t(lang, "reviewDiffer", { n, of: review.checked });
  return t(lang, n === 0 ? "reviewUnfilled" : "reviewDifferUnfilled", { n, u, of: review.checked });
}

/** Which copy was checked: on the page the file as opened, or the copy in memory Fördela filled in; in Excel the workbook as it is now. */
function checkedCopy(c: Controller, lang: Lang, savesOnWrite: boolean): string {
  const wrote = c.state?.wrote ?? false;
  if (savesOnWrite) return t(lang, wrote ? "reviewCopyWritten" : "reviewCopyExcel");
  return t(lang, wrote ? "reviewCopyFilled" : "reviewCopyOpened");
}

/** What a differing cell holds: its figure, or its text in quotes ("–", "#REF!", "x"). */
function workbookSays(d: CellDifference, lang: Lang): string {
  return d.workbook ? formatKronor(d.workbook, lang) : t(lang, "reviewShown", { text: d.shown ?? "" });
}

/** One cell: its address (a link where following it does something), region and column, then what it says. */
function cellItem(c: Controller, d: CellDifference, id: string, lang: Lang, ...says: (Node | string | null)[]): HTMLElement {
  return h("li", {}, cellRef(c, d.address, id), ` ${d.region}, ${d.label[lang]}: `, ...says);
}

/** The sums, in a frame of their own that scrolls sideways where the window is too narrow (never the page); the frame is named by the visible heading. */
function sumsTable(review: CheckResult, lang: Lang): HTMLElement[] {
  const unit = (key: Parameters<typeof t>[1]) => `${t(lang, key)} (${t(lang, "kr")})`;
  const num = (v: Parameters<typeof formatNumber>[0]) => formatNumber(v, lang, 2);
  return [
    h("h3", { id: "review-sums-title" }, t(lang, "reviewSums")),
    h(
      "div",
      { class: "table-wrap", role: "region", tabindex: "0", "aria-labelledby": "review-sums-title" },
      h(
        "table",
        { class: "sums", "aria-labelledby": "review-sums-title" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t(lang, "reviewColumn")), h("th", { scope: "col", class: "num" }, unit("reviewWorkbook")), h("th", { scope: "col", class: "num" }, unit("reviewFordela")), h("th", { scope: "col", class: "num" }, unit("reviewPot")))),
        h("tbody", {}, ...review.sums.map((s) => h("tr", {}, h("th", { scope: "row" }, `${s.label[lang]} (${s.column})`), h("td", { class: "num" }, num(s.workbook)), h("td", { class: "num" }, num(s.fordela)), h("td", { class: "num" }, num(s.pot))))),
      ),
    ),
  ];
}

/**
 * Granska: the workbook's own figures against the exact amounts, saying which
 * copy of the workbook was checked. Each differing cell is listed with both
 * figures; an empty cell is "not filled in", counted and listed apart; each
 * column's sum against its pot. Nothing is written.
 */
export function reviewCard(c: Controller, review: CheckResult, lang: Lang, savesOnWrite = false): HTMLElement {
  const agree = review.errors.length === 0 && review.differences.length === 0;
  const convention = review.convention;
  // Under another rounding rule only the cells with no figure are listed: the rule explains the rest.
  const listed = differing(review).filter((d) => !convention || !holdsFigure(d));
  const empty = unfilled(review);
  const kr = (v: Parameters<typeof formatKronor>[0]) => h("span", { class: "num" }, formatKronor(v, lang));
  return h(
    "section",
    { class: `card ${agree ? "good" : "warn"}`, id: "review-card", "aria-labelledby": "review-title" },
    h("h2", { id: "review-title" }, reviewTitle(review, lang)),
    h("p", { id: "review-copy", class: "sub" }, checkedCopy(c, lang, savesOnWrite)),
    review.errors.length ? h("ul", {}, ...review.errors.map((e, i) => h("li", {}, cellRef(c, e.address, `review-error-${i}`), `: ${renderMsg(e, lang, "ui")}`))) : null,
    // Figures that follow another rule for the last krona: the rule is said instead of a list of ±1 kr differences.
    convention ? h("p", { id: "review-convention" }, renderMsg(convention.message, lang, "ui")) : null,
    listed.length
      ? h(
          "ol",
          { class: "differences" },
          ...listed.map((d, i) =>
            cellItem(
              c,
              d,
              `review-cell-${i}`,
              lang,
              `${t(lang, "reviewWorkbookSays")} `,
              h("span", { class: "num" }, workbookSays(d, lang)),
              ", Fördela ",
              kr(d.fordela),
              d.difference ? h("strong", { class: "num" }, ` (${signedKronor(d.difference, lang)})`) : null,
              // Each toggle names its cell for a screen reader, not just "Why" eight times.
              h("details", {}, h("summary", {}, t(lang, "reviewWhy"), h("span", { class: "visually-hidden" }, ` – ${d.region}, ${d.label[lang]}`)), h("ul", {}, ...d.explanation.map((e) => h("li", {}, `${e.label[lang]}: ${e.text[lang]}`)))),
            ),
          ),
        )
      : null,
    // Empty is empty: not a figure that differs, but one still to fill in, with the amount that belongs there.
    empty.length ? h("p", { id: "review-unfilled" }, renderMsg(msg("check.unfilled", { n: empty.length }), lang, "ui")) : null,
    empty.length ? h("ol", { class: "unfilled" }, ...empty.map((d, i) => cellItem(c, d, `review-empty-${i}`, lang, `${t(lang, "reviewNotFilled")}, Fördela `, kr(d.fordela)))) : null,
    ...(review.sums.length ? sumsTable(review, lang) : []),
    h("p", { class: "sub" }, t(lang, "reviewNothingWritten")),
  );
}
