import type { Rational } from "../engine/rational";
import { formatNumber } from "../engine/format";
import { presetIds, preset } from "../rounds/presets";
import { columnLetter } from "../workbook/cell";
import { FIELD_LABELS, INPUT_FIELDS } from "../workbook/headers";
import { formatInputError } from "../workbook/inputError";
import { render as renderMsg } from "../messages/message";
import type { Controller, UiState } from "./controller";
import { allocationChart } from "./chart";
import { h } from "./dom";
import { whatIfPanel } from "./whatIfPanel";
import { t, type Lang } from "./i18n";

const kr = (n: Rational, lang: Lang) => formatNumber(n, lang);

function header(c: Controller, s: UiState) {
  const lang = (l: Lang, label: string) => h("button", { class: s.lang === l ? "lang on" : "lang", type: "button", "aria-pressed": String(s.lang === l), onclick: () => c.setLang(l) }, label);
  return h("header", {}, h("h1", {}, t(s.lang, "title")), h("div", { class: "langs" }, lang("sv", "Svenska"), lang("en", "English")));
}

function roundPicker(c: Controller, s: UiState) {
  const current = s.source === null ? "" : "preset" in s.source ? s.source.preset : "workbook" in s.source ? "workbook" : "";
  const select = h(
    "select",
    { id: "round", onchange: (e) => void c.setRound((e.target as HTMLSelectElement).value === "workbook" ? { workbook: true } : { preset: (e.target as HTMLSelectElement).value }) },
    s.source === null ? h("option", { value: "", selected: true, disabled: true }, t(s.lang, "chooseRound")) : null,
    ...presetIds().map((id) => h("option", { value: id, selected: id === current }, `${preset(id)!.title} (${id})`)),
    h("option", { value: "workbook", selected: current === "workbook" }, t(s.lang, "workbookRules")),
  );
  return h(
    "section",
    { class: "card" },
    h("label", { for: "round" }, t(s.lang, "round")),
    select,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", id: "read", onclick: () => void c.refresh(), disabled: s.busy || s.source === null }, t(s.lang, "read")),
      h("button", { type: "button", id: "compute", class: "primary", onclick: () => void c.compute(), disabled: s.busy || s.source === null }, t(s.lang, "compute")),
    ),
  );
}

function status(c: Controller, s: UiState) {
  if (s.busy) return h("p", { class: "status", role: "status" }, t(s.lang, "busy"));
  if (s.failure) return h("p", { class: "status bad", role: "alert" }, s.failure);
  if (s.done) return h("p", { class: "status good", role: "status" }, t(s.lang, "written", { n: s.done.cells, sheet: s.done.sheet }));
  if (s.cancelled) return h("p", { class: "status", role: "status" }, t(s.lang, "cancelled"));
  if (s.source === null) return h("p", { class: "status", role: "status", id: "no-round" }, t(s.lang, "noRound"));
  if (s.conflicts)
    return h(
      "section",
      { class: "card warn", role: "alertdialog", id: "conflicts" },
      h("p", {}, t(s.lang, "conflicts")),
      h("ul", {}, ...s.conflicts.map((o) => h("li", {}, h("button", { class: "link", type: "button", onclick: () => void c.selectCell(o.address) }, o.address), ` ${JSON.stringify(o.before)}`))),
      h("div", { class: "actions" }, h("button", { type: "button", class: "primary", id: "overwrite", onclick: () => void c.compute(true) }, t(s.lang, "overwrite")), h("button", { type: "button", onclick: () => c.cancelOverwrite() }, t(s.lang, "cancel"))),
    );
  return null;
}

function errors(c: Controller, s: UiState) {
  const p = s.preview;
  if (!p || p.ok) return null;
  return h(
    "section",
    { class: "card bad", id: "errors" },
    h("h2", {}, t(s.lang, "errors")),
    h("ul", {}, ...p.errors.map((e) => h("li", {}, h("button", { class: "link", type: "button", title: formatInputError(e, s.lang, "ui"), onclick: () => void c.selectCell(e.address) }, e.address), `: ${renderMsg(e, s.lang, "ui")}`))),
  );
}

function columns(c: Controller, s: UiState) {
  const table = s.preview?.table;
  if (!table) return null;
  const sheet = s.preview!.sheets.find((x) => x.name === table.sheet);
  const headers = (sheet?.values[table.headerRow] ?? []).map((v, i) => ({ i, text: v === null ? "" : String(v) })).filter((x) => x.text.trim());
  return h(
    "section",
    { class: "card", id: "columns" },
    h("h2", {}, `${t(s.lang, "columns")} – ${t(s.lang, "sheet")} ${table.sheet}`),
    h(
      "div",
      { class: "grid" },
      ...INPUT_FIELDS.flatMap((field) => {
        const col = table.columns[field];
        const select = h(
          "select",
          { id: `map-${field}`, "aria-label": FIELD_LABELS[field][s.lang], onchange: (e) => { const v = (e.target as HTMLSelectElement).value; void c.setMapping(field, v === "" ? null : v); } },
          h("option", { value: "" }, t(s.lang, "none")),
          ...headers.map((x) => h("option", { value: columnLetter(x.i), selected: col === x.i }, `${columnLetter(x.i)}: ${x.text}`)),
        );
        return [h("label", { for: `map-${field}` }, FIELD_LABELS[field][s.lang]), select];
      }),
    ),
  );
}

function result(s: UiState) {
  const p = s.preview;
  if (!p || !p.ok) return null;
  const r = p.result;
  const hasIncrease = r.regions.some((x) => x.increase !== null);
  const head = h("tr", {}, h("th", {}, t(s.lang, "region")), hasIncrease ? h("th", {}, t(s.lang, "increase")) : null, ...r.blocks.map((b) => h("th", {}, b.title)), h("th", {}, t(s.lang, "total")));
  const rows = r.regions.flatMap((x) => [
    h("tr", {}, h("td", {}, x.name), hasIncrease ? h("td", { class: "num" }, x.increase === null ? "–" : kr(x.increase, s.lang)) : null, ...r.blocks.map((b) => h("td", { class: "num" }, kr(x.amounts[b.id], s.lang))), h("td", { class: "num total" }, kr(x.total, s.lang))),
    h("tr", { class: "explain" }, h("td", { colspan: String(r.blocks.length + 2 + (hasIncrease ? 1 : 0)) }, h("details", {}, h("summary", {}, t(s.lang, "explain")), h("ul", {}, ...x.explanation.map((e) => h("li", {}, `${e.block}: ${e.text[s.lang]}`)))))),
  ]);
  const sums = h("tr", { class: "sum" }, h("td", {}, t(s.lang, "sum")), hasIncrease ? h("td", {}) : null, ...r.blocks.map((b) => h("td", { class: "num" }, kr(r.totals[b.id], s.lang))), h("td", { class: "num total" }, kr(r.totals.total, s.lang)));
  return h(
    "section",
    { class: "card", id: "result" },
    h("h2", {}, `${t(s.lang, "result")}: ${r.title}`),
    h("div", { class: "chart-wrap", id: "chart" }, allocationChart(r, s.lang)),
    p.warnings.length ? h("div", { class: "warnings" }, h("h3", {}, t(s.lang, "warnings")), h("ul", {}, ...p.warnings.map((w) => h("li", {}, formatInputError(w, s.lang, "ui"))))) : null,
    h("div", { class: "scroll" }, h("table", { id: "result-table" }, h("thead", {}, head), h("tbody", {}, ...rows), h("tfoot", {}, sums))),
  );
}

/** Draws the whole interface for a state; the controller calls it on every change. */
export function render(root: HTMLElement, c: Controller, s: UiState): void {
  document.documentElement.lang = s.lang;
  root.replaceChildren(...[header(c, s), roundPicker(c, s), status(c, s), errors(c, s), result(s), whatIfPanel(c, s), columns(c, s)].filter((x): x is HTMLElement => x !== null));
}
