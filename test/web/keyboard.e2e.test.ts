import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { browserAvailable, startSession, type Session } from "./browser";
import { axeViolations, focusedId, idle, tabTo } from "./pageChecks";

jest.setTimeout(120000);

/** Whether the focused control shows a focus ring (a keyboard user must see where they are). */
async function ringShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  });
}

(browserAvailable ? describe : describe.skip)("the whole flow by keyboard alone, at 350 px", () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await startSession();
    // Playwright cannot drive Chromium's File System Access picker (showOpenFilePicker): without it, Open uses the
    // file input, as in Firefox and Safari; the picker's own path is tested with a stubbed handle in pageFiles.e2e.test.ts.
    const noPicker = () => delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    page = await s.page({ viewport: { width: 350, height: 700 }, bypassCSP: true, before: async (p) => void (await p.addInitScript(noPicker)) });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("opens a file: Tab reaches the open button first after the languages, with a ring, and Enter opens the chooser", async () => {
    // Playwright intercepts the chooser only once it is asked to, which takes a round trip: ask first.
    const chooser = page.waitForEvent("filechooser");
    // The hidden file input takes no Tab stop: language buttons, then Open.
    expect(await tabTo(page, "open")).toBe(3);
    expect(await ringShown(page)).toBe(true);
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(EXAMPLE);
    await page.waitForSelector("#result-table");
    await idle(page);
    expect(await focusedId(page)).toBe("open");
  });

  it("picks the round with the arrow keys and Enter, keeping focus on the list", async () => {
    await tabTo(page, "round");
    await page.keyboard.press("ArrowUp"); // at-2022: this workbook is not for it
    await page.keyboard.press("Enter"); // chosen: read for that round
    await idle(page);
    expect(await focusedId(page)).toBe("round");
    expect(await page.locator("#round").inputValue()).toBe("at-2022");
    await page.keyboard.press("ArrowDown"); // back to at-2024
    await page.keyboard.press("Enter");
    await idle(page);
    expect(await focusedId(page)).toBe("round");
    expect(await page.locator("#round").inputValue()).toBe("at-2024");
    await page.waitForSelector("#result-table");
  });

  it("fills in the workbook with Enter on the main button, and focus stays there", async () => {
    await tabTo(page, "compute");
    expect(await ringShown(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#download");
    await idle(page);
    expect(await focusedId(page)).toBe("compute");
  });

  it("asks what-if by keyboard: a region chosen with the arrows, a count typed", async () => {
    await tabTo(page, "whatif-region");
    await page.keyboard.press("ArrowDown"); // Uppsala, which did not apply
    expect(await page.locator("#whatif-region").inputValue()).toBe("03");
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("whatif-count");
    await page.keyboard.type("60");
    await page.keyboard.press("Tab");
    await page.keyboard.type("55");
    const answer = await page.locator("#whatif-answer").innerText();
    expect(answer).toContain("Uppsala har inte ansökt");
    expect(answer).toMatch(/Uppsala får då [\d\u00a0]+\u00a0kr \(nu 0\u00a0kr\): \+[\d\u00a0]+\u00a0kr\./);
    expect(await focusedId(page)).toBe("whatif-planned");
  });

  it("opens an explanation with Enter on its summary", async () => {
    await tabTo(page, "explain-01-summary", { back: true, max: 40 });
    await page.keyboard.press("Enter");
    expect(await page.locator("#explain-01").getAttribute("open")).toBe("");
    expect(await focusedId(page)).toBe("explain-01-summary");
  });

  it("downloads with Enter, once, with the cells filled", async () => {
    await tabTo(page, "download", { back: true, max: 40 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    await idle(page);
    expect(await focusedId(page)).toBe("download");
    expect(await page.locator("#status").innerText()).toBe("at-2024-handlaggning-fordela.xlsx är nedladdad.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(SHEET)!.getCell("J5").value).toBe(35563907);
    expect(await axeViolations(page)).toEqual([]);
  });
});
