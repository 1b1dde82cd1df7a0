import { formatKronor } from "../engine/format";
import type { Rational } from "../engine/rational";
import { msg, render as renderMsg } from "../messages/message";
import { holdsFigure } from "../workbook/checkConvention";
import type { CheckResult } from "../workbook/checkRound";
import type { Controller } from "./controller";
import { h } from "./dom";
import { t, type Lang } from "./i18n";

// The same form as every other amount: sign first, a no-break space before the unit.
const kr = (v: Rational, lang: Lang) => formatKronor(v, lang);
const signed = (v: Rational, lang: Lang) => (v.isPositive() ? "+" : "") + kr(v, lang);

/** The card's heading: cannot check, all agree, differ only in the rounding, or differ. */
export function reviewTitle(review: CheckResult, lang: Lang): string {
  if (review.errors.length) return t(lang, "reviewCannot");
  if (review.differences.length === 0) return t(lang, "reviewAgree", { n: review.checked });
  if (review.convention) return renderMsg(msg("check.conventionTitle", { n: review.differences.filter(holdsFigure).length, of: review.checked }), lang, "ui");
  return t(lang, "reviewDiffer", { n: review.differences.length, of: review.checked });
}

/**
 * Granska: the workbook's own figures against the exact amounts. Each differing
 * cell is a button that selects it in Excel; each column's sum against its pot.
 * Nothing is written.
 */
export function reviewCard(c: Controller, review: CheckResult, lang: Lang): HTMLElement {
  const agree = review.errors.length === 0 && review.differences.length === 0;
  const convention = review.convention;
  const title = reviewTitle(review, lang);
  // Under another rounding rule only the cells with no figure are listed: the rule explains the rest.
  const listed = convention ? review.differences.filter((d) => !holdsFigure(d)) : review.differences;
  return h(
    "section",
    { class: `card ${agree ? "good" : "warn"}`, id: "review", "aria-labelledby": "review-title" },
    h("h2", { id: "review-title" }, title),
    review.errors.length
      ? h("ul", {}, ...review.errors.map((e, i) => h("li", {}, h("button", { id: `review-error-${i}`, type: "button", class: "link", onclick: () => void c.selectCell(e.address) }, e.address), `: ${renderMsg(e, lang, "ui")}`)))
      : null,
    // Figures that follow another rule for the last krona: the rule is said instead of a list of ±1 kr differences.
    convention ? h("p", { id: "review-convention" }, renderMsg(convention.message, lang, "ui")) : null,
    listed.length
      ? h(
          "ol",
          { class: "differences" },
          ...listed.map((d, i) =>
            h(
              "li",
              {},
              h("button", { id: `review-cell-${i}`, type: "button", class: "link", onclick: () => void c.selectCell(d.address) }, d.address),
              ` ${d.region}, ${d.label[lang]}: `,
              h("span", { class: "num" }, d.workbook ? kr(d.workbook, lang) : `"${d.shown ?? ""}"`),
              ` ${t(lang, "reviewAgainst")} `,
              h("span", { class: "num" }, kr(d.fordela, lang)),
              d.difference ? h("strong", { class: "num" }, ` (${signed(d.difference, lang)})`) : null,
              // Each toggle names its cell for a screen reader, not just "Why" eight times.
              h("details", {}, h("summary", {}, t(lang, "reviewWhy"), h("span", { class: "visually-hidden" }, ` – ${d.region}, ${d.label[lang]}`)), h("ul", {}, ...d.explanation.map((e) => h("li", {}, `${e.label[lang]}: ${e.text[lang]}`)))),
            ),
          ),
        )
      : null,
    review.sums.length
      ? h(
          "table",
          { class: "sums" },
          h("caption", {}, t(lang, "reviewSums")),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t(lang, "reviewColumn")), h("th", { scope: "col", class: "num" }, t(lang, "reviewWorkbook")), h("th", { scope: "col", class: "num" }, "Fördela"), h("th", { scope: "col", class: "num" }, t(lang, "reviewPot")))),
          h("tbody", {}, ...review.sums.map((s) => h("tr", {}, h("th", { scope: "row" }, `${s.label[lang]} (${s.column})`), h("td", { class: "num" }, kr(s.workbook, lang)), h("td", { class: "num" }, kr(s.fordela, lang)), h("td", { class: "num" }, kr(s.pot, lang))))),
        )
      : null,
    h("p", { class: "sub" }, t(lang, "reviewNothingWritten")),
  );
}
