/** Keys that move a closed list's choice by one (or to an end) in Chromium and Edge on Windows and Linux, each firing `change`. */
const STEP_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/**
 * A drop-down whose choice costs a computation (the round, a column) acts on a choice, not on
 * each step towards it. A closed `<select>` fires `change` on every arrow key (and on type-ahead)
 * in Chromium, WebView2 and Firefox on Windows: browsing the list would compute, and throw away
 * the result and the download, at every step. So a step by key is held, and the choice is made
 * with Enter or by leaving the list (Tab, a click elsewhere); a choice by mouse, or in the opened
 * list, acts at once. Escape puts back the choice that was made.
 */
export function commitOnChoice(select: HTMLSelectElement, commit: (value: string) => void): HTMLSelectElement {
  let chosen = select.value;
  let stepping = false;
  const act = () => {
    stepping = false;
    if (select.value === chosen) return;
    chosen = select.value;
    commit(chosen);
  };
  select.addEventListener("keydown", (e) => {
    if (e.key === "Enter") return act();
    if (e.key === "Escape" && select.value !== chosen) {
      select.value = chosen;
      stepping = false;
      return;
    }
    // Alt+Down, F4 and Space open the list: a choice made in it is a choice.
    stepping = !e.altKey && (STEP_KEYS.has(e.key) || (e.key.length === 1 && e.key !== " "));
  });
  select.addEventListener("pointerdown", () => (stepping = false));
  select.addEventListener("change", () => stepping || act());
  // After the focus has moved: the redraw the choice causes then keeps focus where the user went.
  select.addEventListener("blur", () => setTimeout(act, 0));
  return select;
}
