import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { readCsv } from "../helpers/csv";
import { EXAMPLE } from "../helpers/workbooks";
import { browserAvailable, startSession, type Session } from "./browser";
import { axeViolations, focusedId, idle, primaries, sidewaysScroll } from "./pageChecks";

jest.setTimeout(180000);

const SCREENSHOTS = path.join(__dirname, "..", "..", "out", "screenshots");
const published = readCsv("at-2024-outcome.csv");
const number = (text: string) => Number(text.replace(/[\s\u00a0]/g, "").replace("−", "-"));

/** Every region's total cell: shown, inside the window's width, with the published total (within 1 kr). */
async function totalsVisible(page: Page, width: number): Promise<void> {
  const rows = page.locator("#result-table tbody tr");
  expect(await rows.count()).toBe(21);
  for (let i = 0; i < 21; i++) {
    const row = rows.nth(i);
    const name = await row.locator("th").innerText();
    const total = row.locator("td.total");
    expect(await total.isVisible()).toBe(true);
    const box = (await total.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    const want = published.find((p) => p.region === name);
    expect(want).toBeDefined();
    expect(Math.abs(number(await total.innerText()) - Number(want!.total))).toBeLessThanOrEqual(1);
  }
}

/** Clicks a control and waits for the flow to settle: focus must still be on it. */
async function act(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await idle(page);
  expect(await focusedId(page)).toBe(selector.slice(1));
}

for (const viewport of [
  { width: 350, height: 700 },
  { width: 1280, height: 800 },
]) {
  (browserAvailable ? describe : describe.skip)(`the web page at ${viewport.width} × ${viewport.height}`, () => {
    let s: Session;
    let page: Page;
    beforeAll(async () => {
      s = await startSession();
      page = await s.page({ viewport, bypassCSP: true });
    });
    afterAll(async () => {
      await s?.close();
    });

    it("fits the window before a file is opened, with one primary action and no accessibility violation", async () => {
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await primaries(page)).toEqual(["open"]);
      expect(await axeViolations(page)).toEqual([]);
    });

    it("opens, computes and shows every region's total without sideways scrolling", async () => {
      await page.setInputFiles("#workbook", EXAMPLE);
      await page.waitForSelector("#result-table");
      await idle(page);
      expect(await primaries(page)).toEqual(["compute"]);
      await act(page, "#compute");
      expect(await page.locator("#status").innerText()).toMatch(/^Beräknat: 81 celler .* Inget är sparat förrän du laddar ner arbetsboken\.$/);
      // The last step is now the one primary action, right below the status line.
      expect(await primaries(page)).toEqual(["download"]);
      expect(await sidewaysScroll(page)).toBe(0);
      await totalsVisible(page, viewport.width);
      // The unit is in the headers.
      expect(await page.locator("#result-table thead th").last().innerText()).toBe("Totalt (kr)");
      // The computed round as a user sees it: the status, the last step and the table's first rows.
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.evaluate(() => document.getElementById("status")!.scrollIntoView());
      await page.screenshot({ path: path.join(SCREENSHOTS, `web-${viewport.width}.png`) });
    });

    it("keeps focus on each control acted on: language, blocks, round, a column, what-if", async () => {
      await act(page, "#lang-en");
      expect(await page.locator("#result-table thead th").last().innerText()).toBe("Total (SEK)");
      expect(await page.locator("#round option:checked").innerText()).toBe("More AT posts 2024 (at-2024)");
      await act(page, "#lang-sv");
      if (viewport.width < 600) {
        expect(await page.locator("#result-table thead th.blk").first().isVisible()).toBe(false);
        await act(page, "#toggle-blocks");
        expect(await page.locator("#result-table thead th.blk").first().isVisible()).toBe(true);
        expect(await page.locator("#toggle-blocks").getAttribute("aria-pressed")).toBe("true");
        // Names stay readable beside the blocks: Stockholm on one line, not a letter a line.
        expect((await page.locator("#result-table tbody th", { hasText: "Stockholm" }).boundingBox())!.height).toBeLessThan(40);
        // The table may scroll inside its frame; the page does not.
        expect(await sidewaysScroll(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await act(page, "#toggle-blocks");
      } else {
        expect(await page.locator("#toggle-blocks").isVisible()).toBe(false);
        expect(await page.locator("#result-table thead th.blk").first().isVisible()).toBe(true);
      }
      await page.focus("#round");
      await page.selectOption("#round", "at-2024");
      await idle(page);
      expect(await focusedId(page)).toBe("round");
      await page.focus("#map-population");
      await page.selectOption("#map-population", "B");
      await idle(page);
      expect(await focusedId(page)).toBe("map-population");
      await page.focus("#whatif-region");
      await page.selectOption("#whatif-region", "01");
      await page.fill("#whatif-count", "296");
      expect(await focusedId(page)).toBe("whatif-count");
      expect(await page.locator("#whatif-answer").innerText()).toMatch(/^Stockholm får då [\d\u00a0]+\u00a0kr \(nu 35\u00a0563\u00a0907\u00a0kr\): [+−][\d\u00a0]+\u00a0kr\.$/m);
    });

    it("names every region's explanation and the cells its inputs came from", async () => {
      const summaries = await page.locator("#explanations summary").allInnerTexts();
      expect(summaries).toHaveLength(21);
      expect(summaries[0]).toBe("Stockholm: 35\u00a0563\u00a0907\u00a0kr");
      await page.click("#explain-05-summary"); // Östergötland: planned 84–89
      const text = await page.locator("#explain-05").innerText();
      expect(text).toContain("planerat \"84–89\" lästes som intervallets mittpunkt, 86,5");
      expect(text).toMatch(/planerat antal 86,5 \('Fördelning 2024'!C8\)/);
      expect(text).toContain("Block 2: 0\u00a0kr.");
      expect(text).not.toMatch(/block\d:|parametern|ties\)/);
      await page.click("#explain-01-summary");
      expect(await page.locator("#explain-01").innerText()).toContain("antal 295: det största av tillsatta 295, påbörjade 289");
    });

    it("has no accessibility violation of any impact once computed, with an explanation open and a what-if answered", async () => {
      expect(await axeViolations(page)).toEqual([]);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `web-${viewport.width}-full.png`), fullPage: true });
    });

    it("prints the result: the whole table and every explanation, no controls", async () => {
      await page.emulateMedia({ media: "print" });
      try {
        expect(await page.locator("#print-explanations").isVisible()).toBe(true);
        const printed = await page.locator("#print-explanations").innerText();
        for (const p of published) expect(printed).toContain(`${p.region}:`);
        expect(printed).toContain("Utökningen 15 når steg 6 (utökning minst 15)");
        expect(await page.locator("#result-table thead th.blk").first().isVisible()).toBe(true);
        expect(await page.locator("#result-title").innerText()).toBe("Fler AT-tjänster 2024 (S2024/00586)");
        const controls = await page.evaluate(() => Array.from(document.querySelectorAll("button, select, input, progress")).filter((e) => (e as HTMLElement).offsetParent !== null).length);
        expect(controls).toBe(0);
        expect(await page.locator("#explanations").isVisible()).toBe(false);
        // The decision's two tables, as the sheets hold them.
        const appendix = page.locator("#print-tables [data-sheet=Bilaga]");
        expect(await appendix.locator("h2").innerText()).toBe("Bilaga: Fler AT-tjänster 2024 (S2024/00586)");
        expect(await appendix.locator("tbody tr").count()).toBe(21);
        expect(await appendix.locator("tbody tr", { hasText: "Östergötland" }).locator("td").nth(2).innerText()).toBe("86,5");
        expect(await appendix.locator(".notes").innerText()).toContain('Östergötland: planerat "84–89" lästes som intervallets mittpunkt, 86,5');
        const ranked = await page.locator("#print-tables [data-sheet=Rangordning] tbody tr td:nth-child(2)").allInnerTexts();
        expect(ranked.slice(0, 3)).toEqual(["Västra Götaland", "Stockholm", "Blekinge"]);
        expect(ranked).toHaveLength(18);
      } finally {
        await page.emulateMedia({ media: "screen" });
      }
    });

    it("shows no decision table on the screen, only on paper", async () => {
      expect(await page.locator("#print-tables").isVisible()).toBe(false);
    });

    it("made no page error", () => {
      expect(s.requests.filter((r) => r.startsWith("pageerror"))).toEqual([]);
    });
  });
}
