import { formatKronor } from "../engine/format";
import type { RegionResult, RoundResult } from "../engine/types";
import { render as renderMsg, type Msg } from "../messages/message";
import { blockLabel } from "../engine/blockLabel";
import type { RegionRead } from "../workbook/read/readRegions";
import { h } from "./dom";
import { t, type Lang } from "./i18n";

/** The reader's notes on one region, one line each: every value with its cell, then how a value was read. */
function inputLines(read: RegionRead | undefined, lang: Lang): string[] {
  if (!read) return [];
  return read.notes.flatMap((n: Msg) => {
    const values = n.code === "note.inputs" ? n.params.values : null;
    if (Array.isArray(values)) return values.map((v) => renderMsg(v as Msg, lang, "ui"));
    return [renderMsg(n, lang, "ui")];
  });
}

/** Why a region got what it got: the inputs read (with their cells), then each block's rule and arithmetic. */
function regionBody(region: RegionResult, read: RegionRead | undefined, result: RoundResult, lang: Lang): Node[] {
  const lines = inputLines(read, lang);
  const label = (id: string) => blockLabel(result.blocks.find((b) => b.id === id) ?? { id, title: id }, lang);
  return [
    lines.length ? h("p", { class: "sub" }, t(lang, "inputs")) : null,
    lines.length ? h("ul", { class: "inputs" }, ...lines.map((l) => h("li", {}, l))) : null,
    h("ul", { class: "blocks" }, ...region.explanation.map((e) => h("li", {}, h("strong", {}, `${label(e.block)}: ${formatKronor(e.amount, lang)}. `), e.text[lang]))),
  ].filter((x): x is HTMLParagraphElement | HTMLUListElement => x !== null);
}

/** One disclosure per region, named by the region and its total, for the screen. */
export function explanationCard(result: RoundResult, reads: readonly RegionRead[], lang: Lang): HTMLElement {
  const byCode = new Map(reads.map((r) => [r.input.code, r]));
  return h(
    "section",
    { class: "card no-print", id: "explanations", "aria-labelledby": "explanations-title" },
    h("h2", { id: "explanations-title" }, t(lang, "explanations")),
    ...result.regions.map((r) =>
      h("details", { id: `explain-${r.code}`, class: "explain" }, h("summary", { id: `explain-${r.code}-summary` }, t(lang, "explainOf", { name: r.name, total: formatKronor(r.total, lang) })), ...regionBody(r, byCode.get(r.code), result, lang)),
    ),
  );
}

/** Every explanation open, for paper: a heading per region, no controls. Hidden on screen by the stylesheet. */
export function printedExplanations(result: RoundResult, reads: readonly RegionRead[], lang: Lang): HTMLElement {
  const byCode = new Map(reads.map((r) => [r.input.code, r]));
  return h(
    "section",
    { class: "print-only", id: "print-explanations" },
    h("h2", {}, t(lang, "explanations")),
    ...result.regions.map((r) => h("div", { class: "explain-print" }, h("h3", {}, t(lang, "explainOf", { name: r.name, total: formatKronor(r.total, lang) })), ...regionBody(r, byCode.get(r.code), result, lang))),
  );
}
