import type { Controller, UiState } from "./controller";
import { h } from "./dom";
import { t, type Key } from "./i18n";
import type { PageView } from "./pageView";

/** The region the user last looked at (a row of the table, an explanation), per page: Tänk om starts there. */
const regionInFocus = new WeakMap<HTMLElement, string>();

/** Remembers the region of the row or explanation the user focused or clicked, once per page root. */
function followRegion(root: HTMLElement): void {
  if (root.hasAttribute("data-follows-region")) return;
  root.setAttribute("data-follows-region", "");
  const note = (e: Event) => {
    const at = (e.target as Element | null)?.closest?.("[data-region], details.explain[id^='explain-']") as HTMLElement | null;
    const code = at?.dataset.region ?? at?.id.slice("explain-".length);
    if (code) regionInFocus.set(root, code);
  };
  root.addEventListener("focusin", note);
  root.addEventListener("click", note);
}

/** Moves to a part of the page: scrolled to (below the sticky bar, by its scroll margin) and focused, so a screen reader reads on from there. */
function goTo(target: HTMLElement | null): void {
  if (!target) return;
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}

/** Tänk om, on the region in focus: chosen in its list as the user would (the panel fills in that region's figures). */
function goToWhatIf(root: HTMLElement): void {
  const list = document.getElementById("whatif-region") as HTMLSelectElement | null;
  const code = regionInFocus.get(root);
  if (list && code && list.value !== code && Array.from(list.options).some((o) => o.value === code)) {
    list.value = code;
    list.dispatchEvent(new Event("change"));
  }
  document.getElementById("whatif")?.scrollIntoView({ block: "start" });
  list?.focus({ preventScroll: true });
}

/** The section of the result, focusable by script only: a skip link's target. */
function goToResult(): void {
  const result = document.getElementById("result");
  result?.setAttribute("tabindex", "-1");
  goTo(result);
}

/**
 * What the main button does now, said as such: on the page the amounts are already computed and
 * shown, so it fills in the workbook (saved by the download); in Excel it computes and writes at
 * once, and the messages that send the officer back to it call it Compute round.
 */
export function computeLabel(page: PageView, s: UiState): Key {
  return s.preview?.ok && !page.host.savesOnWrite ? "fillIn" : "compute";
}

/**
 * The primary actions, in a bar that stays at the top of the window while the page scrolls
 * (taskpane.css): Compute (or Fill in) and Granska, and links to the result and to Tänk om, so
 * each is a few Tab presses away at 350 px wherever the officer is.
 */
export function actionBar(page: PageView, c: Controller, s: UiState, hasWhatIf: boolean): HTMLElement {
  followRegion(page.root);
  const idle = s.busy || s.source === null;
  const primary = s.done === null && s.conflicts === null;
  const button = (id: string, cls: string, label: string, act: () => void) => h("button", { id, type: "button", class: cls, "aria-disabled": idle ? "true" : false, onclick: () => idle || act() }, label);
  const link = (id: string, href: string, label: string, go: () => void) =>
    h("a", { id, href, class: "jump", onclick: (e: Event) => { e.preventDefault(); go(); } }, label);
  const shown = s.preview?.ok === true;
  return h(
    "div",
    { class: "bar-inner" },
    h(
      "div",
      { class: "actions" },
      button("compute", primary ? "primary" : "", t(s.lang, computeLabel(page, s)), () => void c.compute()),
      button("review", "", t(s.lang, "review"), () => void c.review()),
    ),
    shown
      ? h(
          "nav",
          { class: "jumps", "aria-label": t(s.lang, "jumpTo") },
          link("go-result", "#result", t(s.lang, "result"), goToResult),
          hasWhatIf ? link("go-whatif", "#whatif", t(s.lang, "whatIfTitle"), () => goToWhatIf(page.root)) : null,
        )
      : null,
  );
}
