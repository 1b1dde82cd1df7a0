/**
 * Redraws a part of the page and gives focus back to the control the user
 * acted on: the interface is redrawn on every change, and a keyboard or
 * screen-reader user must not be sent back to the top of the page each time.
 * Controls keep stable ids across redraws for this.
 */
export function redrawKeepingFocus(parts: { into: HTMLElement; nodes: Node[] }[]): void {
  const active = document.activeElement as HTMLElement | null;
  const id = active && active !== document.body && parts.some((p) => p.into.contains(active)) ? active.id : "";
  for (const p of parts) p.into.replaceChildren(...p.nodes);
  if (!id) return;
  const again = document.getElementById(id);
  if (again && again !== document.activeElement) again.focus({ preventScroll: true });
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
