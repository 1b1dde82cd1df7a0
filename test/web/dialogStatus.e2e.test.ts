import type { Page } from "playwright-core";
import { formatKronor } from "../../src/engine/format";
import { Rational } from "../../src/engine/rational";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { codeOf, PUBLISHED_2024, withPublished } from "../helpers/published";
import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { browserAvailable, useSession } from "./browser";
import { openTaskpane } from "./officeStandIn";
import { axeViolations, focusedId, idle, openWorkbook, sidewaysScroll, tabTo } from "./pageChecks";

jest.setTimeout(180000);

const SMALL = { width: 350, height: 700 };

/** The dialog as a screen reader gets it from Chromium's accessibility tree: role, name, description, and whether it is modal. */
async function dialogAsAnnounced(page: Page): Promise<{ name: string; description: string; modal: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; ignored: boolean }[] };
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === "dialog");
  if (!dialog) throw new Error("no dialog in the accessibility tree");
  return { name: dialog.name?.value ?? "", description: dialog.description?.value ?? "", modal: dialog.properties?.some((p) => p.name === "modal" && p.value.value === true) ?? false };
}

/** Whether an element is wholly inside the window as it is scrolled now. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  }, selector);
}

/** Counts the reads the page starts (each computation begins with "Läser arbetsboken …" in the status line). */
async function countReads(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __reads: number };
    w.__reads = 0;
    const status = document.getElementById("status")!;
    new MutationObserver(() => {
      if (status.textContent === "Läser arbetsboken …") w.__reads++;
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __reads: number }).__reads);
}

/** Whether the page asks before it is closed: a cancelable beforeunload is cancelled by its listener. */
function asksBeforeLeaving(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const e = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
}

const status = (page: Page) => page.locator("#status").innerText();
const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector("dialog")?.open ?? false);

(browserAvailable ? describe : describe.skip)("the overwrite dialog, the action bar and the one status, in headless Chromium", () => {
  const session = useSession();

  it("asks before overwriting in a modal dialog: focus in, announced, old and new and the difference in Swedish form, all in view at 350 px, focus back after either answer", async () => {
    const page = await session().page({ viewport: SMALL, bypassCSP: true });
    await openWorkbook(page, await withPublished());
    await page.focus("#compute");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog[open]");
    await idle(page);
    // Focus is in the dialog, on the answer that changes nothing.
    expect(await focusedId(page)).toBe("cancel");
    const announced = await dialogAsAnnounced(page);
    expect(announced.name).toBe("Skriva över 8 celler?");
    expect(announced.description).toBe("Cellerna nedan innehåller något som Fördela inte har skrivit. Skriver du över sparas det gamla på protokollbladet; avbryter du skrivs ingenting.");
    expect(announced.modal).toBe(true);
    // Both answers in the window without scrolling the page; the cells scroll inside the dialog.
    expect(await inView(page, "#overwrite")).toBe(true);
    expect(await inView(page, "#cancel")).toBe(true);
    expect(await inView(page, "#overwrite-title")).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await sidewaysScroll(page)).toBe(0);
    // One Shift+Tab from Cancel to Overwrite; the page behind is inert.
    await page.keyboard.press("Shift+Tab");
    expect(await focusedId(page)).toBe("overwrite");
    // Each cell: its address, what it holds, Fördela's amount and the difference, in Swedish form.
    const first = await page.locator(".overwrite-list li").first().innerText();
    const stockholm = PUBLISHED_2024.find((r) => codeOf(r.region) === "01")!;
    const old = Rational.from(Number(stockholm.block1));
    const fordela = Rational.from(2208245);
    expect(first.replace(/\s+/g, " ")).toBe(`'Fördelning 2024'!H5 Nu ${formatKronor(old, "sv")} Fördela ${formatKronor(fordela, "sv")} Skillnad +${formatKronor(fordela.minus(old), "sv")}`.replace(/\s+/g, " "));
    expect(first).toContain("2\u00a0208\u00a0244\u00a0kr");
    expect(first).not.toContain("2208244");
    // On the page no cell can be selected: the address is text, not a button that does nothing.
    expect(await page.locator(".overwrite-list button").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Escape is Cancel: nothing written, said, and focus back on the button that asked.
    await page.keyboard.press("Escape");
    await idle(page);
    expect(await dialogOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe("compute");
    expect(await status(page)).toBe("Inget skrevs.");
    expect(await page.locator("#download").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Asked again, in English, and answered: written, focus back on the button.
    await page.click("#lang-en");
    await page.focus("#compute");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog[open]");
    expect((await dialogAsAnnounced(page)).name).toBe("Overwrite 8 cells?");
    expect((await page.locator(".overwrite-list li").first().innerText()).replace(/\s+/g, " ")).toBe(`'Fördelning 2024'!H5 Now SEK 2,208,244 Fördela SEK 2,208,245 Difference +SEK 1`);
    await page.click("#overwrite");
    await page.waitForSelector("#download");
    await idle(page);
    expect(await dialogOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe("compute");
    expect(await status(page)).toMatch(/^Computed: \d+ cells on the sheet Fördelning 2024/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("in Excel: the dialog's addresses select their cell, Escape writes nothing, Overwrite writes, and focus comes back to Compute round", async () => {
    const fx = await excelFromXlsx(EXAMPLE);
    // J5:J25, every region's total, hold a figure of the officer's: 21 cells, more than the window holds.
    for (let row = 4; row <= 24; row++) fx.sheets.get(SHEET)!.set(`${row},9`, { value: 1234, numFmt: "General" });
    const t = await openTaskpane(session(), fx);
    const page = t.page;
    await page.setViewportSize(SMALL);
    // In Excel the button computes and writes in one step, and the messages call it so.
    expect(await page.locator("#compute").innerText()).toBe("Beräkna omgång");
    await page.focus("#compute");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog[open]");
    expect(await focusedId(page)).toBe("cancel");
    expect((await dialogAsAnnounced(page)).name).toBe("Skriva över 21 celler?");
    expect((await page.locator(".overwrite-list li").first().innerText()).replace(/\s+/g, " ")).toBe("'Fördelning 2024'!J5 Nu 1 234 kr Fördela 35 563 907 kr Skillnad +35 562 673 kr");
    expect(await page.locator("#conflict-0").innerText()).toBe("'Fördelning 2024'!J5");
    // The list scrolls inside the dialog; its answers stay in the window.
    expect(await page.evaluate(() => { const l = document.querySelector(".overwrite-list")!; return l.scrollHeight > l.clientHeight; })).toBe(true);
    expect(await inView(page, "#overwrite")).toBe(true);
    expect(await inView(page, "#cancel")).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press("Escape");
    await idle(page);
    expect(await focusedId(page)).toBe("compute");
    expect(await t.excel.written()).toEqual([]);
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog[open]");
    await page.click("#overwrite");
    await idle(page);
    expect(await dialogOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe("compute");
    expect((await t.excel.cell(SHEET, "J5"))?.value).toBe(35563907);
  });

  it("one status: the download is said until the next action, which says its own; the page asks before closing only while the filled workbook is not downloaded", async () => {
    const page = await session().page({ viewport: SMALL, bypassCSP: true });
    await openWorkbook(page, EXAMPLE);
    expect(await asksBeforeLeaving(page)).toBe(false);
    // With the amounts shown, the main button says what it does now on the page.
    expect(await page.locator("#compute").innerText()).toBe("Fyll i arbetsboken");
    await page.click("#compute");
    await page.waitForSelector("#download");
    await idle(page);
    expect(await asksBeforeLeaving(page)).toBe(true);
    await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    await idle(page);
    expect(await status(page)).toBe("at-2024-handlaggning-fordela.xlsx är nedladdad.");
    expect(await asksBeforeLeaving(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    // Ticking the decision's tables reads again: the status says so, not the download of the workbook without them.
    await page.check("#tables");
    await idle(page);
    expect(await status(page)).toBe("Läst och beräknat: 21 regioner. Inget är skrivet ännu.");
    await page.click("#compute");
    await page.waitForSelector("#download");
    await idle(page);
    expect(await status(page)).toMatch(/^Beräknat: \d+ celler/);
    expect(await asksBeforeLeaving(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Granska after a download: its own status.
    await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    await idle(page);
    expect(await status(page)).toBe("at-2024-handlaggning-fordela.xlsx är nedladdad.");
    await page.click("#review");
    await idle(page);
    expect(await status(page)).toBe("Granskat: inget skrevs.");
    expect(await axeViolations(page)).toEqual([]);
    // Filled in again and not downloaded: the page asks again, whatever is read meanwhile.
    await page.click("#compute");
    await page.waitForSelector("#download");
    await idle(page);
    expect(await asksBeforeLeaving(page)).toBe(true);
    await page.uncheck("#tables");
    await idle(page);
    expect(await asksBeforeLeaving(page)).toBe(true);
    await page.click("#lang-en");
    expect(await page.locator("#compute").innerText()).toBe("Fill in the workbook");
  });

  it("the round and column lists compute on a choice, not at each arrow key; an open explanation stays open", async () => {
    const page = await session().page({ viewport: SMALL, bypassCSP: true });
    await openWorkbook(page, EXAMPLE);
    await page.click("#compute");
    await page.waitForSelector("#download");
    await idle(page);
    const reads = await countReads(page);
    await page.click("#explain-12-summary");
    // Browsing the round list: nothing read, the result and the download stay.
    await page.focus("#round");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(300);
    expect(await reads()).toBe(0);
    expect(await page.locator("#round").inputValue()).toBe("at-2025");
    expect(await page.locator("#download").count()).toBe(1);
    // Escape puts the choice back.
    await page.keyboard.press("Escape");
    expect(await page.locator("#round").inputValue()).toBe("at-2024");
    // Enter chooses: one read.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await idle(page);
    expect(await reads()).toBe(1);
    expect(await focusedId(page)).toBe("round");
    expect(await page.locator("#round").inputValue()).toBe("at-2025");
    // Back to 2024 by leaving the list: one read, and focus where the Tab went.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Tab");
    // Leaving the list chooses after the focus has moved (a timer): wait for that read to start, then for it to end.
    await page.waitForFunction(() => (window as unknown as { __reads: number }).__reads >= 2);
    await idle(page);
    expect(await reads()).toBe(2);
    expect(await focusedId(page)).toBe("round-file");
    await page.waitForSelector("#result-table");
    // The column lists the same way.
    await page.focus("#map-population");
    const column = await page.locator("#map-population").inputValue();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(300);
    expect(await reads()).toBe(2);
    await page.keyboard.press("Escape");
    expect(await page.locator("#map-population").inputValue()).toBe(column);
    // A choice with the mouse acts at once.
    await page.selectOption("#round", "at-2024");
    await idle(page);
    // The explanation opened before all these redraws is still open.
    expect(await page.locator("#explain-12").getAttribute("open")).toBe("");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the action bar stays in view, Tänk om is a few Tab presses away and starts on the region in focus, and its answer is read out once typing pauses", async () => {
    const page = await session().page({ viewport: SMALL, bypassCSP: true });
    await openWorkbook(page, EXAMPLE);
    // From the top of the page: the languages, Open, the round's controls, then the bar.
    await page.focus("#lang-sv");
    expect(await tabTo(page, "go-whatif", { max: 12 })).toBeLessThanOrEqual(10);
    // From Print, back up to the bar.
    await page.focus("#print");
    expect(await tabTo(page, "go-whatif", { back: true, max: 8 })).toBeLessThanOrEqual(5);
    // Scrolled to the foot of the page, the bar is still in the window.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const id of ["#compute", "#review", "#go-result", "#go-whatif"]) expect([id, await inView(page, id)]).toEqual([id, true]);
    // Skåne's explanation looked at, then Tänk om: on Skåne, with its figures.
    await page.click("#explain-12-summary");
    await page.focus("#go-whatif");
    await page.keyboard.press("Enter");
    expect(await focusedId(page)).toBe("whatif-region");
    expect(await page.locator("#whatif-region").inputValue()).toBe("12");
    expect(await inView(page, "#whatif-region")).toBe(true);
    expect(await page.locator("#whatif-answer").innerText()).toMatch(/^Skåne får då/);
    // The result link lands on the result, below the bar.
    await page.click("#go-result");
    expect(await focusedId(page)).toBe("result");
    expect(await inView(page, "#result-title")).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Typing a count: the answer changes at every key, the live region speaks once.
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const said = document.getElementById("whatif-said")!;
      new MutationObserver(() => w.__said.push(said.textContent ?? "")).observe(said, { childList: true, subtree: true, characterData: true });
    });
    expect(await page.locator("#whatif-answer").getAttribute("aria-live")).toBeNull();
    expect(await page.locator("#whatif-said").getAttribute("aria-live")).toBe("polite");
    await page.fill("#whatif-count", "");
    await page.focus("#whatif-count");
    await page.keyboard.type("120", { delay: 60 });
    await page.waitForTimeout(1200);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said).toHaveLength(1);
    expect(said[0]).toBe((await page.locator("#whatif-answer").innerText()).replace(/\s*\n+\s*/g, " "));
    expect(said[0]).toMatch(/^Skåne får då/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
