type Child = Node | string | null | undefined | false;

/**
 * Builds an element. Strings become text nodes, never HTML: a region name or a
 * note from a workbook cannot inject markup or script into the page.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | ((e: Event) => void)>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, "").toLowerCase(), v as EventListener);
    else if (typeof v === "boolean") {
      if (v) el.setAttribute(k, "");
    } else if (v !== undefined) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}
