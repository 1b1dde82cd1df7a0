import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { matchRegion } from "../../src/workbook/values/regions";
import { readCsv } from "../helpers/csv";
import { EXAMPLE, SHEET, load, variant } from "../helpers/workbooks";
import { browserAvailable, useSession } from "./browser";
import { openWorkbook } from "./pageChecks";

jest.setTimeout(120000);

const SCREENSHOTS = path.join(__dirname, "..", "..", "out", "screenshots");
const published = readCsv("at-2024-outcome.csv");
// Three regions, their published figures read from the data file.
const THREE = ["Blekinge", "Västra Götaland", "Norrbotten"].map((name) => published.find((r) => r.region === name)!);

const number = (text: string) => Number(text.replace(/[\s\u00a0]/g, "").replace("−", "-"));

/** The result table's row for a region, as numbers: increase, block 1, block 2, total. */
async function rowOf(page: Page, name: string): Promise<number[]> {
  const cells = await page.locator("#result-table tbody tr", { has: page.locator(`th:text-is("${name}")`) }).locator("td").allInnerTexts();
  return cells.map(number);
}

(browserAvailable ? describe : describe.skip)("the web page in headless Chromium", () => {
  const session = useSession();

  it("opens the bundled 2024 workbook, computes, and shows the published amounts", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await page.click("#compute");
    await page.waitForSelector("#download:not([disabled])");
    for (const row of THREE) {
      const [, block1, block2, total] = await rowOf(page, row.region);
      expect(Math.abs(block1 - Number(row.block1))).toBeLessThanOrEqual(1);
      expect(block2).toBe(Number(row.block2));
      expect(Math.abs(total - Number(row.total))).toBeLessThanOrEqual(1);
    }
    const sums = (await page.locator("#result-table tfoot td").allInnerTexts()).slice(1).map(number);
    expect(sums).toEqual([63000000, 160000000, 223000000]);
    expect(await page.locator("#chart .bars li[data-region]").count()).toBe(18); // every region with money, one bar each
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "web-page.png"), fullPage: true });
  });

  it("downloads the workbook with the allocation cells filled and the rest kept", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await page.click("#compute");
    await page.waitForSelector("#download:not([disabled])");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(download.suggestedFilename()).toBe("at-2024-handlaggning-fordela.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    for (let r = 5; r <= 25; r++) {
      const p = published.find((x) => matchRegion(x.region)!.code === matchRegion(String(ws.getCell(`A${r}`).value))!.code)!;
      expect(ws.getCell(`I${r}`).value).toBe(Number(p.block2));
      expect(Math.abs((ws.getCell(`J${r}`).value as number) - Number(p.total))).toBeLessThanOrEqual(1);
    }
    expect(ws.getCell("J26").formula).toBe("SUM(J5:J25)");
    expect(wb.getWorksheet("Fördela at-2024")).toBeDefined();
    const original = (await load(EXAMPLE)).getWorksheet(SHEET)!;
    expect(ws.getCell("A28").value).toEqual(original.getCell("A28").value);
  });

  it("shows a bad count's error with its cell, and offers nothing to download", async () => {
    const bad = await variant((w) => (w.getCell("D14").value = "tjugo"), "fel.xlsx");
    const page = await session().page();
    await openWorkbook(page, bad);
    const errors = await page.locator("#errors").innerText();
    expect(errors).toContain("'Fördelning 2024'!D14");
    expect(errors).toContain('tillsatta för Skåne "tjugo" är inte ett tal');
    // The same error in English, from the same code, when the user switches language.
    await page.click("button.lang:text('English')");
    expect(await page.locator("#errors").innerText()).toContain('filled posts of Skåne "tjugo" is not a number');
    await page.click("#compute");
    await page.waitForSelector("#errors");
    expect(await page.locator("#download").count()).toBe(0);
    expect(await page.locator("#result-table").count()).toBe(0);
  });

  it("refuses a file that is not a workbook, with a message and nothing to download", async () => {
    const page = await session().page();
    const file = path.join(SCREENSHOTS, "..", "inte-en-arbetsbok.xlsx");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "Region;Folkmängd\nGotland;61093\n");
    await page.setInputFiles("#workbook", file);
    await page.waitForFunction(() => document.querySelector("[role=alert]")!.textContent!.includes("kan inte läsas"));
    expect(await page.locator("[role=alert]").innerText()).toBe("inte-en-arbetsbok.xlsx kan inte läsas: detta är en CSV-fil (text med värden), ingen arbetsbok: öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och öppna den filen här");
    // The reason in the user's language, from the same message code.
    await page.click("#lang-en");
    expect(await page.locator("[role=alert]").innerText()).toBe("inte-en-arbetsbok.xlsx cannot be read: this is a CSV file (text with values), not a workbook: open it in Excel, save it as an Excel workbook (.xlsx) and open that file here");
    expect(await page.locator("#download").count()).toBe(0);
    expect(await page.locator("#result-table").count()).toBe(0);
  });

  it("answers what-if for one region: what it would get, and what the next step is worth", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await page.selectOption("#whatif-region", "08"); // Kalmar: 49 posts, planned 47
    await page.fill("#whatif-count", "50");
    // +3 reaches step 2 (4 500 000); step 3 (at least 5, 7 500 000) is 2 posts away.
    await expect(page.locator("#whatif-answer .next-step").innerText()).resolves.toMatch(/^2 tjänster till når steg 3 \(utökning minst 5\) i Block 2: \+3\u00a0000\u00a0000\u00a0kr/);
    await page.click("button.lang:text('English')");
    expect(await page.locator("#whatif-region").inputValue()).toBe("08");
    expect(await page.locator("#whatif-count").inputValue()).toBe("50");
    await expect(page.locator("#whatif-answer .next-step").innerText()).resolves.toMatch(/^2 more posts reach step 3 \(an increase of at least 5\) of Block 2: \+SEK\u00a03,000,000/);
    expect(await page.locator("#compute").innerText()).toBe("Fill in the workbook");
  });

  it("shows text from a workbook as text, never as markup", async () => {
    const hostile = await variant((w) => (w.getCell("A10").value = '<img src=x onerror="window.__pwned=1">'), "elak.xlsx");
    const page = await session().page();
    await openWorkbook(page, hostile);
    expect(await page.locator("#errors").innerText()).toContain('"<img src=x onerror=\\"window.__pwned=1\\">" är ingen region');
    expect(await page.locator("#errors img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("made no request that left localhost, and no page error", () => {
    expect(session().requests.length).toBeGreaterThan(10);
    const away = session().requests.filter((u) => !u.startsWith(session().base) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(away).toEqual([]);
  });
});
