import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { bigWorkbook } from "../../bench/bigWorkbook";
import { EXAMPLE, variant } from "../helpers/workbooks";
import { browserAvailable, useSession } from "./browser";
import { idle, openWorkbook } from "./pageChecks";

jest.setTimeout(240000);

const status = (page: Page) => page.locator("#status").innerText();
const alert = (page: Page) => page.locator("[role=alert]").innerText();

/** Files dropped on the page, built in the page (a drop's DataTransfer cannot come from outside it). */
async function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

/** A File System Access handle stand-in: getFile gives whatever bytes the test put in window.__bytes now. */
const handleStub = () => {
  const w = window as unknown as { __bytes: number[]; showOpenFilePicker: unknown; __picked: number };
  w.__picked = 0;
  w.showOpenFilePicker = async () => {
    w.__picked++;
    return [{ kind: "file", name: "arbetsbok.xlsx", getFile: async () => new File([new Uint8Array(w.__bytes)], "arbetsbok.xlsx") }];
  };
};

const setBytes = (page: Page, file: string) => page.evaluate((b) => ((window as unknown as { __bytes: number[] }).__bytes = b), [...readFileSync(file)]);

(browserAvailable ? describe : describe.skip)("the web page's files: worker, cancel, reading again, bad files", () => {
  const session = useSession();

  it("opens a large workbook in a worker with progress, and Cancel stops it and says so while the page stays responsive", async () => {
    const big = path.join(__dirname, "..", "..", "out", "pageFiles-big.xlsx");
    bigWorkbook(EXAMPLE, big, 2 * 1024 * 1024);
    const page = await session().page();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.setInputFiles("#workbook", big);
    await page.waitForSelector("#stop");
    // Progress is said in the status while the worker unpacks or reads the sheets.
    await page.waitForFunction(() => /packar upp|läser blad/.test(document.getElementById("status")?.textContent ?? ""));
    expect(await page.locator("#status").getAttribute("aria-busy")).toBe("true");
    await page.click("#stop");
    expect(await status(page)).toBe("Avbrutet: pageFiles-big.xlsx är stängd och inget har ändrats. Öppna arbetsboken igen för att fortsätta.");
    expect(await page.locator("#stop").count()).toBe(0);
    expect(await page.locator("#result-table, #errors").count()).toBe(0);
    // Responsive: a frame comes within a few hundred milliseconds even at 6× throttling, and the language switches.
    const frame = await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
    expect(frame).toBeLessThan(500);
    await page.click("#lang-en");
    expect(await page.locator("#open").innerText()).toBe("Open workbook");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // And the workbook can be opened again, to the end.
    await openWorkbook(page, EXAMPLE);
    expect(await page.locator("#result-table").count()).toBe(1);
  });

  it("reads the file again from disk where the browser has a file handle: a cell fixed in Excel is read", async () => {
    const bad = await variant((w) => (w.getCell("D14").value = "tjugo"), "d14.xlsx");
    const page = await session().page({ before: async (p) => void (await p.addInitScript(handleStub)) });
    await setBytes(page, bad);
    await page.click("#open");
    await page.waitForSelector("#errors");
    await idle(page);
    expect(await page.locator("#errors").innerText()).toContain("'Fördelning 2024'!D14");
    await setBytes(page, EXAMPLE); // the officer fixes D14 and saves
    await page.click("#read");
    await page.waitForSelector("#result-table");
    await idle(page);
    expect(await page.locator("#errors").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __picked: number }).__picked)).toBe(1); // read again without asking
  });

  it("asks for the file again, saying why, where the browser has no file handles", async () => {
    const page = await session().page({ before: async (p) => void (await p.addInitScript(() => delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker)) });
    const bad = await variant((w) => (w.getCell("D14").value = "tjugo"), "d14b.xlsx");
    await openWorkbook(page, bad);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("#read")]);
    expect(await status(page)).toBe("Webbläsaren kan inte läsa filen igen på egen hand: välj d14b.xlsx igen, så läses den som den är sparad nu.");
    await chooser.setFiles(EXAMPLE);
    await page.waitForSelector("#result-table");
    expect(await page.locator("#errors").count()).toBe(0);
  });

  it("says what a bad file is and what to do, in Swedish and English", async () => {
    const page = await session().page();
    const cases: [{ name: string; text: string }[], string, string][] = [
      [[{ name: "tom.xlsx", text: "" }], "tom.xlsx kan inte läsas: filen är tom (0 byte): välj arbetsboken igen, eller spara den på nytt i Excel först", "tom.xlsx cannot be read: the file is empty (0 bytes): choose the workbook again, or save it again in Excel first"],
      [[{ name: "regioner.csv", text: "Region;Antal\nSkåne;20\n" }], "regioner.csv kan inte läsas: detta är en CSV-fil (text med värden), ingen arbetsbok: öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och öppna den filen här", "regioner.csv cannot be read: this is a CSV file (text with values), not a workbook: open it in Excel, save it as an Excel workbook (.xlsx) and open that file here"],
      [[{ name: "omgang.json", text: "{}" }], "omgang.json kan inte läsas: detta är en omgångsdefinition (JSON), ingen arbetsbok: öppna arbetsboken först och välj sedan omgångsfilen (Öppna omgångsfil, eller släpp den på sidan)", "omgang.json cannot be read: this is a round definition (JSON), not a workbook: open the workbook first, then choose the round file (Open round file, or drop it on the page)"],
      [[{ name: "a.xlsx", text: "x" }, { name: "b.xlsx", text: "y" }], "Släpp en fil i taget: 2 filer släpptes (a.xlsx, b.xlsx) och ingen av dem öppnades.", "Drop one file at a time: 2 files were dropped (a.xlsx, b.xlsx) and none of them was opened."],
    ];
    for (const [files, sv, en] of cases) {
      await page.click("#lang-sv");
      await drop(page, files);
      await page.waitForFunction((t) => document.querySelector("[role=alert]")?.textContent === t, sv);
      await page.click("#lang-en");
      expect(await alert(page)).toBe(en);
    }
  });

  it("says where a round file dropped on an open workbook breaks, by line and column, in the page's language", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await drop(page, [{ name: "trasig.json", text: '{\n  "id": "x",\n  "pot" 5\n}' }]);
    await page.waitForFunction(() => (document.querySelector("[role=alert]")?.textContent ?? "").includes("trasig.json"));
    const text = await alert(page);
    expect(text).toMatch(/rad 3/);
    expect(text).not.toMatch(/Unexpected|JSON\.parse|position/);
  });

  it("writes sizes one way, in the page's language", async () => {
    const page = await session().page({ before: async (p) => void (await p.addInitScript(() => Object.defineProperty(File.prototype, "size", { get: () => 23_300_000 }))) });
    await drop(page, [{ name: "stor.xlsx", text: "PK" }]);
    await page.waitForFunction(() => (document.querySelector("[role=alert]")?.textContent ?? "").includes("stor.xlsx"));
    expect(await alert(page)).toBe("stor.xlsx kan inte läsas: filen är 22,2\u00a0MB, över gränsen 20,0\u00a0MB; en handläggares arbetsbok är långt mindre");
    await page.click("#lang-en");
    expect(await alert(page)).toBe("stor.xlsx cannot be read: the file is 22.2\u00a0MB, over the limit of 20.0\u00a0MB; an officers' workbook is far smaller");
  });
});
