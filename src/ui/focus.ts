/**
 * Redraws a part of the page and gives focus back to the control the user
 * acted on: the interface is redrawn on every change, and a keyboard or
 * screen-reader user must not be sent back to the top of the page each time.
 * Controls keep stable ids across redraws for this.
 */
export function redrawKeepingFocus(parts: { into: HTMLElement; nodes: Node[] }[]): void {
  const active = document.activeElement as HTMLElement | null;
  const id = active && active !== document.body && parts.some((p) => p.into.contains(active)) ? active.id : "";
  followDisclosures();
  for (const p of parts) p.into.replaceChildren(...p.nodes);
  // An explanation the user opened stays open: the redraw draws every disclosure closed.
  for (const was of opened) {
    const again = document.getElementById(was);
    if (again instanceof HTMLDetailsElement && !again.open) again.open = true;
  }
  if (!id) return;
  const again = document.getElementById(id);
  if (again && again !== document.activeElement) again.focus({ preventScroll: true });
}

/** The disclosures (by id) the user has open, also while a redraw shows none (a round that does not read). */
const opened = new Set<string>();
let following = false;

function followDisclosures(): void {
  if (following) return;
  following = true;
  // `toggle` does not bubble: heard on its way down instead.
  document.addEventListener(
    "toggle",
    (e) => {
      const d = e.target;
      if (!(d instanceof HTMLDetailsElement) || !d.id) return;
      if (d.open) opened.add(d.id);
      else opened.delete(d.id);
    },
    true,
  );
}

/** A container made once and kept: live regions must exist before their text changes, or nothing is announced. */
export function keptChild(root: HTMLElement, id: string, make: () => HTMLElement): HTMLElement {
  const found = root.querySelector<HTMLElement>(`#${id}`);
  if (found) return found;
  const el = make();
  el.id = id;
  root.append(el);
  return el;
}
