import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { codeOf, PUBLISHED_2024, withPublished } from "../helpers/published";
import { EXAMPLE, variant } from "../helpers/workbooks";
import { browserAvailable, useSession } from "./browser";
import { act, openTaskpane } from "./officeStandIn";
import { checkState, focusedId, idle, openWorkbook } from "./pageChecks";

jest.setTimeout(180000);

/** The published figures, with block 2 left empty for the first five regions that get a block 2 amount: a table half filled in. */
async function partlyFilled(): Promise<{ file: string; emptied: number[] }> {
  const emptied: number[] = [];
  const file = await variant((ws) => {
    for (let r = 5; r <= 25; r++) {
      const row = PUBLISHED_2024.find((p) => codeOf(p.region) === codeOf(String(ws.getCell(`A${r}`).value)))!;
      ws.getCell(`H${r}`).value = Number(row.block1);
      ws.getCell(`J${r}`).value = Number(row.total);
      if (Number(row.block2) > 0 && emptied.length < 5) emptied.push(r);
      else ws.getCell(`I${r}`).value = Number(row.block2);
    }
  }, "halvifylld.xlsx");
  return { file, emptied };
}

(browserAvailable ? describe : describe.skip)("Granska and the addresses on the page and in Excel", () => {
  const session = useSession();

  it("on a half-filled table: empty cells are not filled in, counted and listed apart from the figures that differ; the copy checked is named", async () => {
    const { file, emptied } = await partlyFilled();
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    await openWorkbook(page, file);
    await page.click("#review");
    await idle(page);
    expect(await focusedId(page)).toBe("review");
    const card = page.locator("#review-card");
    expect(await page.locator("#review-title").innerText()).toBe("Granskning: 8 av 63 belopp skiljer sig från den exakta fördelningen och 5 är inte ifyllda");
    expect(await page.locator("#review-copy").innerText()).toBe("Granskningen gäller arbetsboken som den öppnades.");
    expect(await page.locator("#review-unfilled").innerText()).toBe("5 celler är inte ifyllda, där Fördela har ett belopp:");
    const empty = await card.locator("ol.unfilled > li").allInnerTexts();
    expect(empty.map((t) => /!I(\d+) /.exec(t)?.[1])).toEqual(emptied.map(String));
    for (const t of empty) expect(t).toMatch(/, Block 2: inte ifylld, Fördela [\d\u00a0]+\u00a0kr$/);
    expect(await card.locator("ol.differences > li").count()).toBe(8);
    expect(await card.locator("ol.differences > li").first().innerText()).toMatch(/^'Fördelning 2024'!H5 Stockholm, Block 1: arbetsboken 2\u00a0208\u00a0244\u00a0kr, Fördela 2\u00a0208\u00a0245\u00a0kr \(−1\u00a0kr\)/);
    const text = await card.innerText();
    expect(text).not.toContain('""');
    expect(text).not.toContain("mot Fördelas");
    // The sums' headers stay whole words at 350 px (one line each), not a letter a line.
    for (const height of await card.locator("table.sums th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height))) expect(height).toBeLessThan(40);
    expect(await card.locator(".table-wrap[role=region]").getAttribute("aria-labelledby")).toBe("review-sums-title");
    expect(await checkState(page, "Granska on a half-filled table")).toEqual([]);

    await page.click("#lang-en");
    await idle(page);
    await page.click("#review");
    await idle(page);
    expect(await page.locator("#review-title").innerText()).toBe("Check: 8 of 63 amounts differ from the exact allocation and 5 are not filled in");
    expect(await page.locator("#review-copy").innerText()).toBe("This checks the workbook as it was opened.");
    expect(await card.locator("ol.differences > li").first().innerText()).toMatch(/^'Fördelning 2024'!H5 Stockholm, Block 1: the workbook SEK\u00a02,208,244, Fördela SEK\u00a02,208,245 \(/);
    expect(await checkState(page, "Granska in English")).toEqual([]);
  });

  it("on the page an address leads to its region's row in the result table: scrolled to, highlighted and focused", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    await openWorkbook(page, await withPublished());
    await page.click("#review");
    await idle(page);
    const link = page.locator("#review-cell-0");
    expect(await link.evaluate((e) => e.tagName)).toBe("A");
    expect(await link.getAttribute("href")).toBe("#region-01");
    await link.click();
    await page.waitForFunction(() => document.activeElement?.id === "region-01");
    const row = page.locator("#region-01");
    expect(await row.innerText()).toBe("Stockholm");
    expect(await row.evaluate((e) => e.matches(":target"))).toBe(true);
    expect(await row.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    expect(await page.locator("#result-table tr:has(#region-01) td.total").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(255, 244, 206)");
    expect(await page.locator("#result-table tr:has(#region-03) td.total").evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgb(255, 244, 206)");
    expect(await checkState(page, "an address followed")).toEqual([]);
  });

  it("a round from a workbook with no rules sheet: the message alone, never the internal word 'workbook' as an address", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    await openWorkbook(page, EXAMPLE);
    await page.selectOption("#round", "workbook");
    await page.waitForSelector("#errors");
    await idle(page);
    const item = await page.locator("#errors li").first().innerText();
    expect(item).toMatch(/^inget blad "Fördela regler" med omgångens regler/);
    expect(item).not.toMatch(/workbook/i);
    expect(await page.locator("#errors a, #errors button").count()).toBe(0);
    expect(await checkState(page, "no rules sheet")).toEqual([]);
  });

  it("in Excel each address is a button that selects its cell, and Granska says it checks the workbook as it is now", async () => {
    const t = await openTaskpane(session(), await excelFromXlsx(await withPublished()));
    await act(t.page, "#review");
    expect(await t.page.locator("#review-copy").innerText()).toBe("Granskningen gäller arbetsboken som den är nu i Excel.");
    const cell = t.page.locator("#review-cell-0");
    expect(await cell.evaluate((e) => e.tagName)).toBe("BUTTON");
    expect(await cell.innerText()).toBe("'Fördelning 2024'!H5");
    await cell.click();
    await t.page.waitForFunction(() => (window as unknown as { __excel: { selected(): string | null } }).__excel.selected() !== null);
    expect(await t.excel.selected()).toBe("Fördelning 2024!4,7");
    await act(t.page, "#compute");
    // The published figures are not Fördela's: the question whether to write over them comes first.
    if (await t.page.locator("#overwrite").count()) await act(t.page, "#overwrite");
    await act(t.page, "#review");
    expect(await t.page.locator("#review-copy").innerText()).toBe("Granskningen gäller arbetsboken som den är nu i Excel, med beloppen som Fördela skrev in.");
  });
});
