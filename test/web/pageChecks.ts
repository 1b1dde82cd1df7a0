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

/** Ids that more than one element has (axe no longer says: a button and a card named "review" went unseen). */
export function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll("[id]"), (e) => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });
}

/** WCAG 1.4.12's text spacing, as the bookmarklets that test it inject it: line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em. */
export const TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

/** The elements that reach past the window's right edge without a frame of their own that scrolls: what makes the page scroll sideways. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inFrame = (e: Element) => {
      for (let p = e.parentElement; p; p = p.parentElement) if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    return Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && e.getClientRects().length > 0 && !inFrame(e))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""} (${Math.round(e.getBoundingClientRect().right)} px)`)
      .slice(0, 5);
  });
}

/**
 * WCAG 1.4.10 and 1.4.12 for the page as it is now: at 320 px, with text spacing injected as a
 * style, the page itself must not scroll sideways (a wide table may, inside its own frame).
 * The window's size and the page's own styles are as before afterwards. Returns what is wrong.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const style = await page.addStyleTag({ content: TEXT_SPACING });
  try {
    const over = await sidewaysScroll(page);
    return over > 0 ? [`the page scrolls ${over} px sideways at 320 px with text spacing: ${(await overflowing(page)).join(", ")}`] : [];
  } finally {
    await style.evaluate((e) => (e as Element).remove());
    if (size) await page.setViewportSize(size);
  }
}

/** After each state of the interface: axe (every impact) and the reflow checks, each problem named by the state. The page must be opened with bypassCSP. */
export async function checkState(page: Page, state: string): Promise<string[]> {
  const problems = [...(await axeViolations(page)).map((v) => `axe ${v}`), ...(await duplicateIds(page)).map((id) => `two elements with the id ${id}`), ...(await reflowProblems(page))];
  return problems.map((p) => `${state}: ${p}`);
}
