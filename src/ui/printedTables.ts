import { formatNumber } from "../engine/format";
import { Rational } from "../engine/rational";
import type { RoundDef, RoundResult } from "../engine/types";
import { decisionTables, type DecisionTable } from "../workbook/write/decisionTables";
import type { RegionRead } from "../workbook/read/readRegions";
import type { RecordCell } from "../workbook/sheet/ownSheet";
import { h } from "./dom";
import type { Lang } from "./i18n";

function cell(v: RecordCell, amount: boolean, lang: Lang, tag: "td" | "th"): HTMLElement {
  if (typeof v !== "number") return h(tag, {}, v ?? "");
  // Amounts grouped as whole kronor; other figures (86,5, a place) as they are.
  return h(tag, { class: "num" }, amount ? formatNumber(Rational.fromCell(v), lang, 0) : formatNumber(Rational.fromCell(v), lang));
}

function table(t: DecisionTable, lang: Lang): HTMLElement {
  const amount = (c: number) => t.layout.amountCols.includes(c);
  return h(
    "section",
    { class: "decision-table", "data-sheet": t.sheet },
    h("h2", {}, t.title),
    h("p", { class: "sub" }, t.subtitle),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, ...t.head.map((x, c) => h("th", { scope: "col", class: amount(c) ? "num" : "" }, x)))),
      h("tbody", {}, ...t.body.map((row) => h("tr", {}, ...t.head.map((_, c) => cell(row[c] ?? null, amount(c), lang, "td"))))),
      h("tfoot", {}, h("tr", { class: "sum" }, ...t.head.map((_, c) => cell(t.foot[c] ?? null, amount(c), lang, "td")))),
    ),
    t.notes.length ? h("div", { class: "notes" }, ...t.notes.map((n) => h("p", {}, n))) : null,
  );
}

/** The decision's appendix and ranking, as the sheets Fördela writes hold them, for the print view only. */
export function printedTables(round: RoundDef, result: RoundResult, reads: readonly RegionRead[], lang: Lang): HTMLElement {
  return h("section", { class: "print-only", id: "print-tables" }, ...decisionTables(round, result, reads, lang).map((t) => table(t, lang)));
}
