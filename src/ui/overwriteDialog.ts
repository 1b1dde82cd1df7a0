import { formatKronor, formatNumber } from "../engine/format";
import { Rational } from "../engine/rational";
import { showCell, type CellValue } from "../workbook/sheet/cell";
import type { Overwrite } from "../workbook/write/planWrite";
import type { Controller, UiState } from "./controller";
import { selectButton } from "./cellRef";
import { h } from "./dom";
import { keptChild, redrawKeepingFocus } from "./focus";
import { t, type Lang } from "./i18n";
import { signedKronor, signedNumber } from "./signed";

/** What the dialog is showing now, and where focus was when it opened: it goes back there after either answer. */
interface Asked {
  conflicts: Overwrite[];
  opener: string;
  /** Set while the interface itself closes the dialog, so its close event is not taken for the user's Escape. */
  closing: boolean;
}
const asked = new WeakMap<HTMLDialogElement, Asked>();

/** A cell's number as Excel keeps it, exactly: null for text, formulas, errors and empty cells. */
function numberIn(v: CellValue | number | string): Rational | null {
  if (typeof v !== "number" || !Number.isFinite(v)) return null;
  return Rational.fromCell(v);
}

/** A value in the language's form: an amount in kronor, the increase as a plain number, anything else as the cell shows it. */
function shown(v: CellValue | number | string, kronor: boolean, lang: Lang): string {
  const n = numberIn(v);
  if (n) return kronor ? formatKronor(n, lang) : formatNumber(n, lang);
  if (typeof v === "string" && v.startsWith("=")) return v; // a formula, as the officer typed it
  const p = showCell(v as CellValue);
  return typeof p === "string" ? p : (p as Record<Lang, string>)[lang];
}

function difference(o: Overwrite, kronor: boolean, lang: Lang): string {
  const before = numberIn(o.before);
  const after = numberIn(o.after);
  if (!before || !after || (typeof o.before === "string" && o.before.startsWith("="))) return "–";
  const d = after.minus(before);
  if (kronor) return signedKronor(d, lang);
  return signedNumber(d, lang);
}

/** Which written columns hold kronor (every one but the increase, a count of posts). */
function kronorColumns(s: UiState): (col: number) => boolean {
  const plan = s.preview?.ok ? s.preview.plan : null;
  return (col) => plan?.columns.find((c) => c.col === col)?.output !== "increase";
}

function values(o: Overwrite, kronor: boolean, lang: Lang): HTMLElement {
  const pair = (label: string, value: string) => h("div", {}, h("dt", {}, label), h("dd", { class: "num" }, value));
  return h(
    "dl",
    { class: "overwrite-values" },
    pair(t(lang, "overwriteNow"), shown(o.before, kronor, lang)),
    pair("Fördela", shown(o.after, kronor, lang)),
    pair(t(lang, "overwriteDifference"), difference(o, kronor, lang)),
  );
}

/** The dialog's content for these cells: where Excel can select a cell, its address is a button that does. */
function content(c: Controller, s: UiState, conflicts: Overwrite[]): Node[] {
  const lang = s.lang;
  const kronor = kronorColumns(s);
  const address = (o: Overwrite, i: number) =>
    // On the page the address is text: a link would lead behind the modal dialog.
    c.canSelect ? selectButton(c, o.address, `conflict-${i}`) : h("span", { class: "address" }, o.address);
  const button = (id: string, cls: string, label: string, act: () => void) => h("button", { id, type: "button", class: cls, onclick: act }, label);
  return [
    h(
      "div",
      { class: "dialog-head" },
      h("h2", { id: "overwrite-title" }, t(lang, "overwriteTitle", { n: conflicts.length })),
      h("p", { id: "overwrite-description" }, t(lang, "overwriteDescription", { n: conflicts.length })),
    ),
    // Many cells scroll here, inside the dialog: its answers stay in view at any height.
    h(
      "div",
      { class: "overwrite-list", tabindex: "0", role: "region", "aria-label": t(lang, "overwriteCells") },
      h("ul", {}, ...conflicts.map((o, i) => h("li", {}, address(o, i), values(o, kronor(o.col), lang)))),
    ),
    h(
      "div",
      { class: "actions dialog-actions" },
      button("overwrite", "primary", t(lang, "overwriteYes"), () => void c.compute(true)),
      button("cancel", "", t(lang, "cancel"), () => c.cancelOverwrite()),
    ),
  ];
}

function makeDialog(): HTMLDialogElement {
  return h("dialog", { class: "overwrite no-print", "aria-labelledby": "overwrite-title", "aria-describedby": "overwrite-description" });
}

/**
 * The question before Fördela writes over cells it did not write, as a modal dialog (`showModal`:
 * the rest of the page inert, Escape cancels). It opens with focus on Cancel, the answer that
 * changes nothing, and gives focus back to the control that asked (Compute) after either answer.
 * Kept across redraws, like the status line: a dialog drawn anew would close and lose focus.
 */
export function syncOverwriteDialog(root: HTMLElement, c: Controller | null, s: UiState | null): void {
  const dialog = keptChild(root, "overwrite-dialog", makeDialog) as HTMLDialogElement;
  const now = asked.get(dialog);
  const conflicts = c && s && !s.busy && s.conflicts?.length ? s.conflicts : null;
  if (!conflicts || !c || !s) {
    if (!now) return;
    asked.delete(dialog);
    now.closing = true;
    if (dialog.open) dialog.close();
    const back = now.opener ? document.getElementById(now.opener) : null;
    (back ?? document.getElementById("compute"))?.focus();
    return;
  }
  if (now?.conflicts === conflicts) return;
  const active = document.activeElement as HTMLElement | null;
  const opener = now?.opener ?? (active && active !== document.body && !dialog.contains(active) && active.id ? active.id : "compute");
  const ask: Asked = { conflicts, opener, closing: false };
  asked.set(dialog, ask);
  redrawKeepingFocus([{ into: dialog, nodes: content(c, s, conflicts) }]);
  // Escape closes the dialog itself: that is the user's Cancel.
  dialog.onclose = () => {
    if (!ask.closing && asked.get(dialog) === ask) c.cancelOverwrite();
  };
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLElement>("#cancel")?.focus();
}
