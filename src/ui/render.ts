import { presetIds, preset } from "../rounds/presets";
import { blockTitle } from "../rounds/blockLabel";
import { formatInputError } from "../workbook/inputError";
import { render as renderMsg } from "../messages/message";
import type { Controller, UiState } from "./controller";
import { allocationChart } from "./chart";
import { columnsCard } from "./columns";
import { copyTable } from "./copyTable";
import { h } from "./dom";
import { explanationCard, printedExplanations } from "./explanations";
import { keptChild, redrawKeepingFocus } from "./focus";
import { t, type Lang } from "./i18n";
import type { Page } from "./page";
import { resultTable } from "./resultTable";
import { reviewCard } from "./reviewCard";
import { printedTables } from "./printedTables";
import { showStatus, statusLine } from "./status";
import { whatIfPanel } from "./whatIfPanel";

/** A button that stays focusable while the flow is busy: `disabled` would throw the keyboard user's focus away. */
function button(props: Record<string, string | boolean>, busy: boolean, onClick: () => void, label: string): HTMLButtonElement {
  return h("button", { type: "button", ...props, "aria-disabled": busy ? "true" : false, onclick: () => busy || onClick() }, label);
}

function header(page: Page) {
  const lang = (l: Lang, label: string) => h("button", { id: `lang-${l}`, type: "button", class: page.lang === l ? "lang on" : "lang", lang: l, "aria-pressed": String(page.lang === l), onclick: () => page.setLang(l) }, label);
  return h(
    "header",
    { class: page.host.showTitle ? "no-print" : "no-print compact" },
    page.host.showTitle ? h("h1", {}, t(page.lang, "title")) : null,
    h("div", { class: "langs", role: "group", "aria-label": t(page.lang, "language") }, lang("sv", "Svenska"), lang("en", "English")),
  );
}

/** A round definition file chosen by the user: read here, handed to the controller as text. */
function roundFileInput(c: Controller): HTMLInputElement {
  const input = h("input", { id: "round-file-input", type: "file", accept: ".json,application/json", hidden: true, tabindex: "-1" }) as HTMLInputElement;
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void file.text().then((text) => c.setRoundFile(file.name, text));
    input.value = ""; // the same file chosen again (after fixing it) is read again
  });
  return input;
}

function roundCard(c: Controller, s: UiState, reread?: () => void) {
  const current = s.source === null ? "" : "preset" in s.source ? s.source.preset : "workbook" in s.source ? "workbook" : "file";
  const fileInput = roundFileInput(c);
  const select = h(
    "select",
    { id: "round", onchange: (e) => void c.setRound((e.target as HTMLSelectElement).value === "workbook" ? { workbook: true } : { preset: (e.target as HTMLSelectElement).value }) },
    s.source === null ? h("option", { value: "", selected: true, disabled: true }, t(s.lang, "chooseRound")) : null,
    ...presetIds().map((id) => h("option", { value: id, selected: id === current }, `${blockTitle(preset(id)!, s.lang)} (${id})`)),
    h("option", { value: "workbook", selected: current === "workbook" }, t(s.lang, "workbookRules")),
    s.source && "file" in s.source ? h("option", { value: "file", selected: true }, t(s.lang, "roundFromFile", { name: s.source.name })) : null,
  );
  // One primary action at a time: Compute until the round is computed (or a question is open).
  const primary = s.done === null && s.conflicts === null;
  const idle = s.busy || s.source === null;
  return h(
    "section",
    { class: "card no-print", id: "round-card" },
    h("label", { for: "round" }, t(s.lang, "round")),
    select,
    button({ id: "round-file", class: "link" }, s.busy, () => fileInput.click(), t(s.lang, "openRoundFile")),
    fileInput,
    h(
      "label",
      { class: "check", for: "tables" },
      h("input", { type: "checkbox", id: "tables", checked: s.tables, onchange: (e) => void c.setTables((e.target as HTMLInputElement).checked) }),
      ` ${t(s.lang, "tablesOption")}`,
    ),
    h(
      "div",
      { class: "actions" },
      button({ id: "compute", class: primary ? "primary" : "" }, idle, () => void c.compute(), t(s.lang, "compute")),
      button({ id: "review" }, idle, () => void c.review(), t(s.lang, "review")),
      button({ id: "read" }, idle, () => (reread ? reread() : void c.refresh()), t(s.lang, "read")),
    ),
  );
}

function conflictsCard(c: Controller, s: UiState) {
  if (!s.conflicts) return null;
  return h(
    "section",
    { class: "card warn", role: "alertdialog", id: "conflicts", "aria-labelledby": "conflicts-title" },
    h("p", { id: "conflicts-title" }, t(s.lang, "conflicts")),
    h("ul", {}, ...s.conflicts.map((o, i) => h("li", {}, h("button", { id: `conflict-${i}`, class: "link", type: "button", onclick: () => void c.selectCell(o.address) }, o.address), ` ${JSON.stringify(o.before)}`))),
    h("div", { class: "actions" }, button({ id: "overwrite", class: "primary" }, s.busy, () => void c.compute(true), t(s.lang, "overwrite")), button({ id: "cancel" }, s.busy, () => c.cancelOverwrite(), t(s.lang, "cancel"))),
  );
}

function errorsCard(c: Controller, s: UiState) {
  const p = s.preview;
  if (!p || p.ok) return null;
  return h(
    "section",
    { class: "card bad", id: "errors", "aria-labelledby": "errors-title" },
    h("h2", { id: "errors-title" }, t(s.lang, "errors")),
    h("ul", {}, ...p.errors.map((e, i) => h("li", {}, h("button", { id: `error-${i}`, class: "link", type: "button", title: formatInputError(e, s.lang, "ui"), onclick: () => void c.selectCell(e.address) }, e.address), `: ${renderMsg(e, s.lang, "ui")}`))),
  );
}

function resultCard(page: Page, c: Controller, s: UiState) {
  const p = s.preview;
  if (!p || !p.ok) return null;
  const r = p.result;
  const lang = s.lang;
  const toggle = h("button", { id: "toggle-blocks", type: "button", class: "narrow-only", "aria-pressed": String(page.blocksShown), "aria-controls": "result-table", onclick: () => page.toggleBlocks() }, t(lang, page.blocksShown ? "hideBlocks" : "showBlocks"));
  const copy = h("button", { id: "copy-table", type: "button", onclick: () => copyTable(r, lang) && c.announce("copied") }, t(lang, "copyTable"));
  // The browser's print view, unless the host prints another way (Excel for Mac: sheets in the workbook).
  const print = h("button", { id: "print", type: "button", onclick: () => (page.host.print ? page.host.print(c) : window.print()) }, t(lang, "print"));
  return h(
    "section",
    { class: "card", id: "result", "aria-labelledby": "result-title" },
    h("h2", { id: "result-title" }, `${blockTitle(r, lang)}${p.round.decision ? ` (${p.round.decision})` : ""}`),
    h("div", { class: "actions tools no-print" }, toggle, copy, print),
    p.warnings.length ? h("div", { class: "warnings" }, h("h3", {}, t(lang, "warnings")), h("ul", {}, ...p.warnings.map((w) => h("li", {}, formatInputError(w, lang, "ui"))))) : null,
    // With every block shown a narrow table scrolls in its frame: the frame takes focus so the keyboard can scroll it.
    h("div", { class: "table-wrap", id: "table-wrap", ...(page.blocksShown ? { tabindex: "0", role: "region", "aria-label": t(lang, "tableCaption") } : {}) }, resultTable(r, lang, page.blocksShown)),
    allocationChart(r, lang),
  );
}

/**
 * The page's one status line and its alert, made once and kept. A host page may hold the status
 * line from the start (the taskpane's "Laddar Fördela …"), so the interface takes that one over.
 */
export function statusRegions(root: HTMLElement): { status: HTMLElement; alert: HTMLElement } {
  const status = keptChild(root, "status", () => h("p", { role: "status", "aria-live": "polite" }));
  const alert = keptChild(root, "alert", () => h("p", { role: "alert" }));
  if (status.nextElementSibling !== alert) status.after(alert);
  return { status, alert };
}

/** Draws the whole interface for the page's state; called on every change. */
export function render(page: Page): void {
  const root = page.root;
  const lang = page.lang;
  document.documentElement.lang = lang;
  const top = keptChild(root, "top", () => h("div", {}));
  const { status, alert } = statusRegions(root);
  // The header above the status line, also where the host page started with the line alone.
  if (status.previousElementSibling !== top) status.before(top);
  const view = keptChild(root, "view", () => h("div", {}));
  const c = page.controller;
  const s = c ? c.state : null;
  showStatus(status, alert, statusLine(s, lang, page.host.activity?.() ?? null, page.host.savesOnWrite), lang);
  const p = s?.preview?.ok ? s.preview : null;
  const keep = (nodes: (Node | null | undefined)[]) => nodes.filter((x): x is Node => x !== null && x !== undefined);
  redrawKeepingFocus([
    { into: top, nodes: keep([header(page), page.host.top?.(lang) ?? null, c && s ? roundCard(c, s, page.host.reread) : null]) },
    {
      into: view,
      nodes: keep(
        c && s
          ? [
              conflictsCard(c, s),
              errorsCard(c, s),
              s.review ? reviewCard(c, s.review, lang) : null,
              page.host.finish?.(s, lang) ?? null,
              resultCard(page, c, s),
              p ? explanationCard(p.result, p.regions, lang) : null,
              whatIfPanel(c, s),
              columnsCard(c, s),
              p ? printedTables(p.round, p.result, p.regions, lang) : null,
              p ? printedExplanations(p.result, p.regions, lang) : null,
            ]
          : [],
      ),
    },
  ]);
}
