import type { RoundResult } from "../engine/types";
import { formatKronor } from "../engine/format";
import { blockLabel } from "../engine/blockLabel";
import { h } from "./dom";
import { t, type Lang } from "./i18n";

/** Fluent's data-visualisation colours, dark enough against white for the legend's swatches. */
const COLORS = ["#0f6cbd", "#8764b8", "#c239b3", "#ca5010", "#498205", "#038387", "#4f6bed"];

/** Styles set through the DOM, which the web page's Content-Security-Policy allows (a style attribute it refuses). */
function styled(el: HTMLElement, style: Record<string, string>): HTMLElement {
  for (const [k, v] of Object.entries(style)) el.style.setProperty(k, v);
  return el;
}

/**
 * Each region's amounts as a horizontal bar stacked by block, largest total
 * first. Built of HTML, not a scaled picture, so its text keeps the page's size
 * at any width: at 350 px the name and amount sit above the bar.
 */
export function allocationChart(result: RoundResult, lang: Lang): HTMLElement {
  const rows = [...result.regions].filter((r) => r.total.gt(0)).sort((a, b) => b.total.cmp(a.total) || a.code.localeCompare(b.code));
  const max = rows[0]?.total.toNumber() ?? 1;
  const legend = h(
    "ul",
    { class: "legend" },
    ...result.blocks.map((b, i) => h("li", {}, styled(h("span", { class: "swatch" }), { background: COLORS[i % COLORS.length] }), blockLabel(b, lang))),
  );
  const bars = h(
    "ol",
    { class: "bars" },
    ...rows.map((r) =>
      h(
        "li",
        { "data-region": r.code },
        h("span", { class: "bar-name" }, r.name),
        h("span", { class: "bar-amount" }, formatKronor(r.total, lang)),
        h(
          "span",
          { class: "bar", "aria-hidden": "true" },
          // Drawing only: a width in per cent, not money.
          ...result.blocks.map((b, i) => styled(h("span", {}), { width: `${((r.amounts[b.id].toNumber() / max) * 100).toFixed(3)}%`, background: COLORS[i % COLORS.length] })),
        ),
      ),
    ),
  );
  return h("figure", { class: "chart", id: "chart" }, h("figcaption", {}, t(lang, "chartTitle")), legend, bars);
}
