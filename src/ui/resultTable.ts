import type { RoundResult } from "../engine/types";
import { formatNumber } from "../engine/format";
import { blockLabel, blockTitle } from "../engine/blockLabel";
import { regionRowId } from "./cellRef";
import { h } from "./dom";
import { t, type Lang } from "./i18n";

/**
 * The amounts as a table: region and total always; the increase and the blocks
 * as columns that a narrow taskpane shows on demand (the stylesheet hides
 * `.blk` cells below 600 px unless the table has `blocks-shown`). Amount
 * headers say the unit and sit right-aligned over their numbers.
 */
export function resultTable(r: RoundResult, lang: Lang, blocksShown: boolean): HTMLTableElement {
  const hasIncrease = r.regions.some((x) => x.increase !== null);
  const kr = t(lang, "kr");
  const num = (v: Parameters<typeof formatNumber>[0]) => formatNumber(v, lang);
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, t(lang, "region")),
    hasIncrease ? h("th", { scope: "col", class: "num blk" }, t(lang, "increase")) : null,
    ...r.blocks.map((b) => h("th", { scope: "col", class: "num blk", title: blockTitle(b, lang) }, `${blockLabel(b, lang)} (${kr})`)),
    h("th", { scope: "col", class: "num" }, `${t(lang, "total")} (${kr})`),
  );
  const rows = r.regions.map((x) =>
    h(
      "tr",
      { "data-region": x.code },
      // Where an address on the page leads: focusable by script only, highlighted while it is the page's target.
      h("th", { scope: "row", id: regionRowId(x.code), tabindex: "-1" }, x.name),
      hasIncrease ? h("td", { class: "num blk" }, x.increase === null ? "–" : num(x.increase)) : null,
      ...r.blocks.map((b) => h("td", { class: "num blk" }, num(x.amounts[b.id]))),
      h("td", { class: "num total" }, num(x.total)),
    ),
  );
  const sums = h(
    "tr",
    { class: "sum" },
    h("th", { scope: "row" }, t(lang, "sum")),
    hasIncrease ? h("td", { class: "blk" }) : null,
    ...r.blocks.map((b) => h("td", { class: "num blk" }, num(r.totals[b.id]))),
    h("td", { class: "num total" }, num(r.totals.total)),
  );
  return h(
    "table",
    { id: "result-table", class: blocksShown ? "amounts blocks-shown" : "amounts" },
    h("caption", { class: "visually-hidden" }, t(lang, "tableCaption")),
    h("thead", {}, head),
    h("tbody", {}, ...rows),
    h("tfoot", {}, sums),
  );
}
