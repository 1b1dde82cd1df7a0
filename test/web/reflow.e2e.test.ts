import type { Page } from "playwright-core";
import { EXAMPLE, variant } from "../helpers/workbooks";
import { browserAvailable, useSession } from "./browser";
import { checkState, focusedId, idle, openWorkbook } from "./pageChecks";

jest.setTimeout(180000);

/** What a screen reader hears as the field's description: the text of every element its aria-describedby names. */
function description(page: Page, id: string): Promise<string> {
  return page.evaluate((x) => (document.getElementById(x)!.getAttribute("aria-describedby") ?? "").split(" ").map((d) => document.getElementById(d)?.textContent ?? "").join(" ").trim(), id);
}

/**
 * Every state the officer meets, checked as it is reached (not only at opening): axe finds
 * nothing, no two elements share an id, and at 320 px with WCAG's text spacing the page does
 * not scroll sideways (a wide table scrolls in its own named frame).
 */
(browserAvailable ? describe : describe.skip)("axe and reflow after every state of the web page", () => {
  const session = useSession();

  it("with errors shown: the addresses are plain text, since nothing on the page shows a cell", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    expect(await checkState(page, "opened")).toEqual([]);
    await openWorkbook(page, await variant((w) => (w.getCell("D14").value = "tjugo"), "fel.xlsx"));
    expect(await page.locator("#errors li").first().innerText()).toMatch(/^'Fördelning 2024'!D14: /);
    expect(await page.locator("#errors a, #errors button").count()).toBe(0);
    expect(await checkState(page, "errors shown")).toEqual([]);
  });

  it("the whole way: computed, Granska, every block shown, what-if with a wrong count, and in English", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    await openWorkbook(page, EXAMPLE);
    await page.click("#compute");
    await page.waitForSelector("#download");
    await idle(page);
    expect(await checkState(page, "computed")).toEqual([]);

    await page.click("#review");
    await idle(page);
    expect(await page.locator("#review-copy").innerText()).toBe("Granskningen gäller arbetsboken så som Fördela fyllde i den, inte som den öppnades: öppna filen igen för att granska originalet.");
    expect(await checkState(page, "Granska shown")).toEqual([]);

    await page.click("#toggle-blocks");
    expect(await checkState(page, "every block shown")).toEqual([]);
    // The region column stays where it is while the table scrolls in its frame.
    const wrap = page.locator("#table-wrap");
    const name = page.locator("#result-table tbody th", { hasText: "Stockholm" });
    const before = (await name.boundingBox())!.x;
    expect(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true);
    await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
    expect(await wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(50);
    expect(Math.abs((await name.boundingBox())!.x - before)).toBeLessThan(1);
    expect(await name.isVisible()).toBe(true);
    // Nothing scrolled over it shows through: the name's cell is opaque.
    expect(await name.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(255, 255, 255)");

    await page.fill("#whatif-count", "tjugo");
    expect(await page.locator("#whatif-count").getAttribute("aria-invalid")).toBe("true");
    expect(await description(page, "whatif-count")).toBe("Skriv ett antal (ett heltal, 0 eller mer).");
    expect(await page.locator("#whatif-count-problem").isVisible()).toBe(true);
    expect(await page.locator("#whatif-answer").innerText()).toBe("");
    expect(await focusedId(page)).toBe("whatif-count");
    expect(await checkState(page, "what-if with a wrong count")).toEqual([]);
    await page.fill("#whatif-count", "296");
    expect(await page.locator("#whatif-count").getAttribute("aria-invalid")).toBeNull();
    expect(await description(page, "whatif-count")).toBe("");
    expect(await page.locator("#whatif-count-problem").isVisible()).toBe(false);
    expect(await page.locator("#whatif-answer").innerText()).toMatch(/^Stockholm får då/);

    await page.click("#lang-en");
    await idle(page);
    expect(await checkState(page, "in English")).toEqual([]);
    await page.click("#review");
    await idle(page);
    expect(await page.locator("#review-copy").innerText()).toBe("This checks the workbook as Fördela filled it in, not as it was opened: open the file again to check the original.");
    expect(await checkState(page, "Granska in English")).toEqual([]);
  });

  it("what-if in the beds round: an empty month is not reported, a word is refused next to its field", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    await openWorkbook(page, require("node:path").join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx"));
    await page.fill("#whatif-value", "");
    expect(await page.locator("#whatif-value").getAttribute("aria-invalid")).toBeNull();
    await page.fill("#whatif-value", "många");
    expect(await page.locator("#whatif-value").getAttribute("aria-invalid")).toBe("true");
    expect(await description(page, "whatif-value")).toBe("Skriv ett tal, eller lämna tomt för inte rapporterat.");
    expect(await checkState(page, "beds what-if with a word")).toEqual([]);
  });
});
