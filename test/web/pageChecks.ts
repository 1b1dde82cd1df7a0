import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations of every impact on the page as it is now (the page must be opened with bypassCSP). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  });
  return found;
}

/** The id of the element with focus ("" for the body: focus was lost). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.id : ""));
}

/** How far the page itself scrolls sideways (0: it fits the window). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Presses Tab (or Shift+Tab) until the control with this id has focus; fails after `max` presses. */
export async function tabTo(page: Page, id: string, options: { back?: boolean; max?: number } = {}): Promise<number> {
  for (let n = 1; n <= (options.max ?? 60); n++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    if ((await focusedId(page)) === id) return n;
  }
  throw new Error(`Tab never reached #${id}; focus is on #${await focusedId(page)}`);
}

/** Waits until the status line says the flow is idle again. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("status")?.getAttribute("aria-busy") === "false" && !document.querySelector("progress"));
}

/** The visible buttons with the primary look: one at a time. */
export function primaries(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>("button.primary")).filter((b) => b.offsetParent !== null).map((b) => b.id));
}

/** Opens a workbook through the page's file input and waits for the table or the errors, and for the flow to settle. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.setInputFiles("#workbook", file);
  await page.waitForSelector("#result-table, #errors");
  await idle(page);
}
