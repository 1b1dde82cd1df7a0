import { presetIds, preset } from "../rounds/presets";
import { blockTitle } from "../engine/blockLabel";
import type { Controller, UiState } from "./controller";
import { noticeItem } from "./cellRef";
import { allocationChart } from "./chart";
import { columnsCard } from "./columns";
import { copyTable } from "./copyTable";
import { h } from "./dom";
import { explanationCard, printedExplanations } from "./explanations";
import { keptChild, redrawKeepingFocus } from "./focus";
import { t, type Lang } from "./i18n";
import type { PageView } from "./pageView";
import { resultTable } from "./resultTable";
import { reviewCard } from "./reviewCard";
import { printedTables } from "./printedTables";
import { printHeader } from "./printHeader";
import { showStatus, statusLine } from "./status";
import { whatIfPanel } from "./whatIfPanel";
import { actionBar } from "./actionBar";
import { syncOverwriteDialog } from "./overwriteDialog";
import { commitOnChoice } from "./selectCommit";

/** A button that stays focusable while the flow is busy: `disabled` would throw the keyboard user's focus away. */
function button(props: Record<string, string | boolean>, busy: boolean, onClick: () => void, label: string): HTMLButtonElement {
  return h("button", { type: "button", ...props, "aria-disabled": busy ? "true" : false, onclick: () => busy || onClick() }, label);
}

function header(page: PageView) {
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
    { id: "round" },
    s.source === null ? h("option", { value: "", selected: true, disabled: true }, t(s.lang, "chooseRound")) : null,
    ...presetIds().map((id) => h("option", { value: id, selected: id === current }, `${blockTitle(preset(id)!, s.lang)} (${id})`)),
    h("option", { value: "workbook", selected: current === "workbook" }, t(s.lang, "workbookRules")),
    s.source && "file" in s.source ? h("option", { value: "file", selected: true }, t(s.lang, "roundFromFile", { name: s.source.name })) : null,
  );
  // Browsing the list with the arrow keys computes nothing: the round is read when it is chosen.
  commitOnChoice(select, (v) => void c.setRound(v === "workbook" ? { workbook: true } : { preset: v }));
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
      button({ id: "read" }, idle, () => (reread ? reread() : void c.refresh()), t(s.lang, "read")),
    ),
  );
}

function errorsCard(c: Controller, s: UiState) {
  const p = s.preview;
  if (!p || p.ok) return null;
  return h(
    "section",
    { class: "card bad", id: "errors", "aria-labelledby": "errors-title" },
    h("h2", { id: "errors-title" }, t(s.lang, "errors")),
    h("ul", {}, ...p.errors.map((e, i) => noticeItem(c, e, `error-${i}`, s.lang))),
  );
}

function resultCard(page: PageView, c: Controller, s: UiState) {
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
    p.warnings.length ? h("div", { class: "warnings" }, h("h3", {}, t(lang, "warnings")), h("ul", {}, ...p.warnings.map((w, i) => noticeItem(c, w, `warning-${i}`, lang)))) : null,
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
export function render(page: PageView): void {
  const root = page.root;
  const lang = page.lang;
  document.documentElement.lang = lang;
  const top = keptChild(root, "top", () => h("div", {}));
  // The primary actions, sticky at the top of the window (actionBar.ts), between the round and the status.
  const bar = keptChild(root, "actionbar", () => h("div", { class: "actionbar no-print" }));
  const { status, alert } = statusRegions(root);
  // The header above the status line, also where the host page started with the line alone.
  if (status.previousElementSibling !== bar || bar.previousElementSibling !== top) status.before(top, bar);
  const view = keptChild(root, "view", () => h("div", {}));
  const c = page.controller;
  const s = c ? c.state : null;
  showStatus(status, alert, statusLine(s, lang, page.host.activity?.() ?? null, page.host.savesOnWrite), lang);
  const p = s?.preview?.ok ? s.preview : null;
  const keep = (nodes: (Node | null | undefined)[]) => nodes.filter((x): x is Node => x !== null && x !== undefined);
  const whatIf = c && s ? whatIfPanel(c, s) : null;
  redrawKeepingFocus([
    { into: top, nodes: keep([header(page), page.host.top?.(lang) ?? null, c && s ? roundCard(c, s, page.host.reread) : null]) },
    { into: bar, nodes: keep([c && s ? actionBar(page, c, s, whatIf !== null) : null]) },
    {
      into: view,
      nodes: keep(
        c && s
          ? [
              p ? printHeader(p.round, p.result, page.host.source?.() ?? null, lang) : null,
              errorsCard(c, s),
              s.review ? reviewCard(c, s.review, lang, page.host.savesOnWrite) : null,
              page.host.finish?.(s, lang) ?? null,
              resultCard(page, c, s),
              p ? explanationCard(p.result, p.regions, lang) : null,
              whatIf,
              columnsCard(c, s),
              p ? printedTables(p.round, p.result, p.regions, lang) : null,
              p ? printedExplanations(p.result, p.regions, lang) : null,
            ]
          : [],
      ),
    },
  ]);
  syncOverwriteDialog(root, c, s);
}
