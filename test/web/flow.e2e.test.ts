import ExcelJS from "exceljs";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { previewRound } from "../../src/app/roundFlow";
import { formatKronor } from "../../src/engine/format";
import { Rational } from "../../src/engine/rational";
import { whatIfChange } from "../../src/engine/whatIf";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { withPublished } from "../helpers/published";
import { EXAMPLE, runCli, tempDir } from "../helpers/workbooks";
import { browserAvailable, useSession } from "./browser";
import { axeViolations, focusedId, idle, openWorkbook, sidewaysScroll } from "./pageChecks";

jest.setTimeout(120000);

const BEDS = path.join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx");
const KV_BOOK = path.join(__dirname, "..", "..", "examples", "korta-vardkoerna-2025-exempel.xlsx");
const KV_FILE = path.join(__dirname, "..", "..", "examples", "korta-vardkoerna-2025.json");

/** The round as the engine computes it from the same file, for what the page must say. */
async function engineAnswer(file: string, round: string, code: string, change: Parameters<typeof whatIfChange>[3]) {
  const p = await previewRound(new XlsxPort(readFileSync(file)), { source: round === "workbook" ? { workbook: true } : { preset: round }, date: "", version: "" });
  if (!p.ok) throw new Error(`${file} does not read`);
  return whatIfChange(p.round, p.regions.map((r) => r.input), code, change);
}

/** Every text the status line showed, recorded as it changes. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
    const status = document.getElementById("status")!;
    new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
}

(browserAvailable ? describe : describe.skip)("the web page's flow in headless Chromium", () => {
  const session = useSession();

  it("shows progress for opening, reading, computing and filling in, then says nothing is saved until the download", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 } });
    const seen = await recordStatus(page);
    await openWorkbook(page, EXAMPLE);
    await page.click("#compute");
    await page.waitForSelector("#download");
    await idle(page);
    const texts = await seen();
    const order = ["Öppnar at-2024-handlaggning.xlsx (", "Läser arbetsboken …", "Beräknar …", "Läst och beräknat: 21 regioner", "Fyller i arbetsboken …", "Beräknat: 81 celler"];
    let at = -1;
    for (const want of order) {
      const i = texts.findIndex((t, k) => k > at && t.startsWith(want));
      expect([want, i > at]).toEqual([want, true]);
      at = i;
    }
  });

  it("builds the download once however often it is clicked while it builds, and says so", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await page.click("#compute");
    await page.waitForSelector("#download");
    let downloads = 0;
    page.on("download", () => downloads++);
    const seen = await recordStatus(page);
    // Three clicks in a row, before the first build has finished.
    await Promise.all([page.waitForEvent("download"), page.evaluate(() => [1, 2, 3].forEach(() => document.getElementById("download")!.click()))]);
    await idle(page);
    await page.waitForTimeout(500); // a second download would have started by now
    expect(downloads).toBe(1);
    expect(await seen()).toContain("Bygger filen för nedladdning …");
  });

  it("what-if for a region that did not apply: what applying with a count and a plan is worth", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await page.selectOption("#whatif-region", "17"); // Värmland did not apply: no count, no plan
    expect(await page.locator("#whatif-count").inputValue()).toBe("");
    // The hint is said by the field it is about, which is marked invalid and described by it.
    expect(await page.locator("#whatif-count-problem").innerText()).toBe("Skriv ett antal (ett heltal, 0 eller mer).");
    expect(await page.locator("#whatif-count").getAttribute("aria-invalid")).toBe("true");
    await page.fill("#whatif-count", "52");
    expect(await page.locator("#whatif-count").getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator("#whatif-planned-problem").innerText()).toBe("Skriv det planerade antalet (till exempel 55 eller 54,5).");
    await page.fill("#whatif-planned", "49");
    const want = await engineAnswer(EXAMPLE, "at-2024", "17", { kind: "count", count: Rational.from(52), planned: Rational.from(49) });
    expect(want.after.total.isPositive()).toBe(true);
    const answer = await page.locator("#whatif-answer").innerText();
    expect(answer).toContain("Värmland har inte ansökt: svaret visar vad en ansökan med dessa siffror ger.");
    expect(answer).toContain(`Värmland får då ${formatKronor(want.after.total, "sv")} (nu 0\u00a0kr): +${formatKronor(want.after.total, "sv")}.`);
    // +3 reaches step 2; step 3 (at least 5) is 2 posts away.
    expect(answer).toContain("2 tjänster till når steg 3 (utökning minst 5) i Block 2");
    // A field cleared stays cleared, with a hint: the page never types back under the cursor.
    await page.fill("#whatif-count", "");
    expect(await page.locator("#whatif-count").inputValue()).toBe("");
    expect(await page.locator("#whatif-count-problem").innerText()).toBe("Skriv ett antal (ett heltal, 0 eller mer).");
  });

  it("what-if in the beds round: one month of one measure changed, with the difference in kronor", async () => {
    const page = await session().page({ bypassCSP: true });
    await openWorkbook(page, BEDS);
    await page.click("#compute");
    await page.waitForSelector("#download");
    await page.selectOption("#whatif-region", "20"); // Dalarna
    await page.selectOption("#whatif-measure", "overcrowding");
    await page.selectOption("#whatif-month", "2024-06");
    await page.fill("#whatif-value", "0");
    const want = await engineAnswer(BEDS, "beds-2024", "20", { kind: "monthly", measure: "overcrowding", month: "2024-06", value: Rational.from(0) });
    const diff = want.difference.isZero() ? "ingen skillnad" : `${want.difference.isPositive() ? "+" : ""}${formatKronor(want.difference, "sv")}`;
    expect(await page.locator("#whatif-answer").innerText()).toBe(`Dalarna får då ${formatKronor(want.after.total, "sv")} (nu ${formatKronor(want.before.total, "sv")}): ${diff}.`);
    expect(want.difference.isZero()).toBe(false);
    // The measures and months in English too.
    await page.click("#lang-en");
    expect(await page.locator("#whatif-measure option:checked").innerText()).toBe("Overcrowding");
    expect(await page.locator("#whatif-month option:checked").innerText()).toBe("Jun 2024");
    expect(await page.locator("#whatif-value").inputValue()).toBe("0");
    expect(await page.locator(".legend").innerText()).toContain("Base amount");
    // Dalarna's explanation says where its months were read, one range per measure.
    await page.click("#explain-20-summary");
    const explained = await page.locator("#explain-20").innerText();
    expect(explained).toMatch(/Overcrowding: the monthly values in '?Överbeläggningar'?!B\d+:S\d+/);
    expect(explained).toMatch(/Outplacement: the monthly values in '?Utlokaliseringar'?!B\d+:S\d+/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("copies the table as HTML and as tab-separated text, without explanations in between", async () => {
    const page = await session().page();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await openWorkbook(page, EXAMPLE);
    await page.click("#copy-table");
    expect(await page.locator("#status").innerText()).toBe("Tabellen är kopierad: klistra in den i Word eller Excel.");
    const { html, text } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item.getType("text/html")).text(), text: await (await item.getType("text/plain")).text() };
    });
    const lines = text.trim().split(/\r\n/);
    expect(lines).toHaveLength(23); // the header, 21 regions, the sum
    expect(lines[0]).toBe("Region\tUtökning\tBlock 1 (kr)\tBlock 2 (kr)\tTotalt (kr)");
    expect(lines[1]).toBe("Stockholm\t15\t2208245\t33355662\t35563907");
    expect(lines[22]).toBe("Summa\t\t63000000\t160000000\t223000000");
    expect(html).toContain('<td x:num="35563907"');
    expect((html.match(/<tr>/g) ?? []).length).toBe(23);
    expect(html).not.toMatch(/Förklaring|Andel efter/);
  });

  it("Granska lists the cells where the published figures differ, each selectable, and writes nothing", async () => {
    const page = await session().page({ viewport: { width: 350, height: 700 }, bypassCSP: true });
    await openWorkbook(page, await withPublished());
    await page.click("#review");
    await idle(page);
    expect(await page.locator("#review-title").innerText()).toBe("Granskning: 8 av 63 belopp skiljer sig från den exakta fördelningen");
    // On the page an address leads to its region's row in the result table.
    const cells = await page.locator("#review-card ol.differences > li > a").allInnerTexts();
    expect(cells).toHaveLength(8);
    expect(cells.filter((c) => /!H\d+$/.test(c))).toHaveLength(4);
    expect(cells.filter((c) => /!J\d+$/.test(c))).toHaveLength(4);
    expect(await page.locator("#review-card ol.differences > li").first().innerText()).toMatch(/^'Fördelning 2024'!H5 Stockholm, Block 1: arbetsboken 2\u00a0208\u00a0244\u00a0kr, Fördela 2\u00a0208\u00a0245\u00a0kr \(−1\u00a0kr\)/);
    expect(await page.locator("#review-card table.sums").innerText()).toContain("Block 1 (H)");
    expect(await page.locator("#status").innerText()).toBe("Granskat: inget skrevs.");
    expect(await page.locator("#download").count()).toBe(0);
    expect(await focusedId(page)).toBe("review");
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("adds the decision's tables to the downloaded workbook when asked", async () => {
    const page = await session().page();
    await openWorkbook(page, EXAMPLE);
    await page.check("#tables");
    await idle(page);
    expect(await focusedId(page)).toBe("tables");
    await page.click("#compute");
    await page.waitForSelector("#download");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Bilaga")!.getCell("A1").value).toBe("Bilaga: Fler AT-tjänster 2024 (S2024/00586)");
    expect(wb.getWorksheet("Rangordning")!.getCell("B5").value).toBe("Västra Götaland");
  });

  it("can tell a page with an accessibility fault: the checker is not blind", async () => {
    const page = await session().page({ bypassCSP: true });
    await page.evaluate(() => document.body.append(Object.assign(document.createElement("img"), { src: "data:image/png;base64,iVBORw0KGgo=" })));
    expect((await axeViolations(page)).join("\n")).toMatch(/image-alt/);
  });

  it("a file dropped outside the file card is opened, and the page stays", async () => {
    const page = await session().page();
    const url = page.url();
    const bytes = readFileSync(EXAMPLE).toString("base64");
    const dt = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "släppt.xlsx"));
      return dt;
    }, bytes);
    await page.dispatchEvent("header", "dragover", { dataTransfer: dt });
    await page.dispatchEvent("header", "drop", { dataTransfer: dt });
    await page.waitForSelector("#result-table");
    expect(page.url()).toBe(url);
    expect(await page.locator("#file-name").innerText()).toBe("släppt.xlsx");
  });

  it("what-if in a round of the workbook's own rules: a value of a declared column (korta vårdköerna's operations)", async () => {
    // The example with the round file copied to its sheet Fördela regler, as an officer would bring it to the page.
    const book = path.join(tempDir(), "kv-regler.xlsx");
    copyFileSync(KV_BOOK, book);
    expect((await runCli("rounds", "--export", KV_FILE, "--into", book)).code).toBe(0);
    const page = await session().page({ bypassCSP: true });
    await openWorkbook(page, book);
    await page.click("#compute");
    await page.waitForSelector("#download");
    await page.selectOption("#whatif-region", "03"); // Uppsala
    await page.selectOption("#whatif-column", "opsCataract");
    await page.fill("#whatif-value", "5400");
    const want = await engineAnswer(book, "workbook", "03", { kind: "value", column: "opsCataract", value: Rational.from(5400) });
    expect(want.difference.isPositive()).toBe(true);
    expect(await page.locator("#whatif-answer").innerText()).toBe(`Uppsala får då ${formatKronor(want.after.total, "sv")} (nu ${formatKronor(want.before.total, "sv")}): +${formatKronor(want.difference, "sv")}.`);
    await page.fill("#whatif-value", "");
    expect(await page.locator("#whatif-value-problem").innerText()).toBe("Skriv ett tal, 0 eller mer.");
    await page.click("#lang-en");
    expect(await page.locator("#whatif-column option:checked").innerText()).toBe("cataract operations 2025");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("takes the round from a definition file chosen on the page, and says so of a file that is not one", async () => {
    const page = await session().page({ bypassCSP: true });
    await page.setInputFiles("#workbook", KV_BOOK); // no rules sheet: no round is assumed
    await page.waitForSelector("#round-file");
    await idle(page);
    await page.setInputFiles("#round-file-input", { name: "anteckningar.json", mimeType: "application/json", buffer: Buffer.from("{ pot: 5 }") });
    // What stops the round is an alert, read out at once.
    // In Swedish, with where it breaks: not the browser's English parser text.
    await page.waitForFunction(() => /^anteckningar\.json är ingen omgångsdefinition i JSON \(rad 1, kolumn 3: här väntades en nyckel inom "" .+\); inget har ändrats$/.test(document.getElementById("alert")?.textContent ?? ""));
    // A misspelt key is refused with its path, said once, and the nearest known key; a byte-order mark is no problem.
    const misspelt = JSON.parse(readFileSync(KV_FILE, "utf8"));
    misspelt.blocks[1].pots[0].leftovr = misspelt.blocks[1].pots[0].leftover;
    delete misspelt.blocks[1].pots[0].leftover;
    await page.setInputFiles("#round-file-input", { name: "korta.json", mimeType: "application/json", buffer: Buffer.from(`\uFEFF${JSON.stringify(misspelt, null, 2)}`) });
    await page.waitForSelector("#errors");
    expect(await page.locator("#errors").innerText()).toContain('korta.json blocks[1].pots[0].leftovr: okänd nyckel "leftovr"; menade du "leftover"?');
    expect(await page.locator("#errors").innerText()).not.toContain("leftovr: blocks");
    await page.setInputFiles("#round-file-input", KV_FILE);
    await page.waitForSelector("#result-table");
    await idle(page);
    expect(await page.locator("#round option:checked").innerText()).toBe("Omgångsfil: korta-vardkoerna-2025.json");
    expect(await page.locator("#result-table").innerText()).toContain("497\u00a0000\u00a0000");
    await page.click("#compute");
    await page.waitForSelector("#download");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Fördela korta-vardkoerna-2025")).toBeDefined();
    expect(await axeViolations(page)).toEqual([]);
  });
});
