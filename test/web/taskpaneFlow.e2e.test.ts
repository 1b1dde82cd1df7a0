import type { Page } from "playwright-core";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { codeOf, PUBLISHED_2024 } from "../helpers/published";
import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { matchRegion } from "../../src/workbook/values/regions";
import { browserAvailable, useSession } from "./browser";
import type { WrittenCell } from "./officeInPage";
import { act, OFFICE_JS, openTaskpane, statusLines, type Taskpane, type TaskpaneOptions } from "./officeStandIn";

jest.setTimeout(90000);

/** The round's record sheet, which Fördela adds beside the table. */
const RECORD = "Fördela at-2024";
/** The copy Excel makes of a sheet ("Move or Copy"): the officer's working copy of her table. */
const COPY = `${SHEET} (2)`;
/** Rows 5–25 hold the 21 regions; H block 1, I block 2, J the total. */
const REGION_ROWS = Array.from({ length: 21 }, (_, i) => i + 5);
const AMOUNT_COLUMNS = { H: "block1", I: "block2", J: "total" } as const;

/** The bundled 2024 workbook in the stand-in, optionally with the officer's copy of her sheet after it. */
async function workbook(withCopy = false) {
  const fx = await excelFromXlsx(EXAMPLE);
  if (withCopy) fx.addSheet(COPY, [...fx.sheets.get(SHEET)!].map(([k, cell]) => [...(k.split(",").map(Number) as [number, number]), { ...cell }]));
  fx.active = SHEET;
  return fx;
}

async function sheetCell(t: Taskpane, sheet: string, address: string): Promise<unknown> {
  return (await t.excel.cell(sheet, address))?.value;
}

/** The published amount (at-2024-outcome.csv) for the region named in column A of a row. */
async function published(t: Taskpane, sheet: string, row: number, column: keyof typeof AMOUNT_COLUMNS): Promise<number> {
  const region = String(await sheetCell(t, sheet, `A${row}`));
  const p = PUBLISHED_2024.find((r) => codeOf(r.region) === codeOf(region));
  if (!p) throw new Error(`no published row for ${region}`);
  return Number(p[AMOUNT_COLUMNS[column]]);
}

const publishedSum = (column: keyof typeof AMOUNT_COLUMNS) => PUBLISHED_2024.reduce((s, r) => s + Number(r[AMOUNT_COLUMNS[column]]), 0);

/** The allocation columns written on the sheet: each amount within 1 kr of the published one, whole kronor, shown as #,##0, and each column summing to its published pot. */
async function expectPublishedAmounts(t: Taskpane, written: WrittenCell[], sheet: string): Promise<void> {
  const at = new Map(written.filter((w) => w.sheet === sheet).map((w) => [w.address, w]));
  for (const column of Object.keys(AMOUNT_COLUMNS) as (keyof typeof AMOUNT_COLUMNS)[]) {
    let sum = 0;
    for (const row of REGION_ROWS) {
      const cell = at.get(`${column}${row}`);
      const want = await published(t, sheet, row, column);
      expect([`${column}${row}`, typeof cell?.value, cell?.numFmt]).toEqual([`${column}${row}`, "number", "#,##0"]);
      expect([`${column}${row}`, Math.abs((cell!.value as number) - want) <= 1, Number.isInteger(cell!.value)]).toEqual([`${column}${row}`, true, true]);
      sum += cell!.value as number;
    }
    expect([column, sum]).toEqual([column, publishedSum(column)]);
  }
}

/** The sheets the add-in wrote cells on. */
const sheetsWritten = (written: WrittenCell[]) => [...new Set(written.map((w) => w.sheet))].sort();

/** What the pane's own status line says (its polite status or its alert: one of them speaks at a time). */
function theStatus(page: Page): Promise<string> {
  return page.evaluate(() => ["status", "alert"].map((id) => document.getElementById(id)?.innerText.trim() ?? "").filter(Boolean).join(" | "));
}

/** The list of errors the pane shows ("" when there is none): each refusal with its cell or sheet. */
function errorsShown(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById("errors")?.innerText ?? "");
}

(browserAvailable ? describe : describe.skip)("the built taskpane in Excel (an Office.js stand-in), whole workflows", () => {
  const session = useSession();
  const open = async (options: TaskpaneOptions & { withCopy?: boolean } = {}) => openTaskpane(session(), await workbook(options.withCopy), options);

  it("opens on the officer's workbook: the round is recognised and previewed, and nothing is written", async () => {
    const t = await open();
    expect(await t.page.locator("#round").inputValue()).toBe("at-2024");
    expect(await t.page.locator("#result-title").innerText()).toContain("S2024/00586");
    expect(await t.page.locator("#result-table tbody tr").count()).toBe(21);
    expect(await t.page.locator("#result-table tfoot .total").innerText()).toMatch(/^223\s000\s000$/);
    expect(await theStatus(t.page)).toBe("Läst och beräknat: 21 regioner. Inget är skrivet ännu.");
    expect(sheetsWritten(await t.excel.written())).toEqual([]);
  });

  it("shows one status line once started, and one after computing: the start's loading line is gone", async () => {
    const t = await open();
    expect(await statusLines(t.page)).toEqual(["Läst och beräknat: 21 regioner. Inget är skrivet ännu."]);
    await act(t.page, "#compute");
    expect(await statusLines(t.page)).toEqual([await theStatus(t.page)]);
  });

  it("shows one status line when Office is ready only after the pane's patience ran out: the 'could not be loaded' message goes", async () => {
    const t = await open({ readyAfterMs: 20000 });
    expect(await statusLines(t.page)).toEqual(["Läst och beräknat: 21 regioner. Inget är skrivet ännu."]);
  });

  it("computes: the published amounts in the previewed sheet as #,##0, the record sheet added, and the status names the sheet written", async () => {
    const t = await open();
    await act(t.page, "#compute");
    const written = await t.excel.written();
    expect(sheetsWritten(written)).toEqual([SHEET, RECORD].sort());
    await expectPublishedAmounts(t, written, SHEET);
    expect(await t.excel.sheets()).toEqual([SHEET, RECORD]);
    const status = await theStatus(t.page);
    expect(status).toMatch(/^Klart: \d+ celler/);
    expect(status).toContain(SHEET);
  });

  it("writes into the previewed sheet when the officer has clicked over to a copy of it before computing", async () => {
    const t = await open({ withCopy: true });
    await t.excel.activate(COPY);
    await act(t.page, "#compute");
    const written = await t.excel.written();
    expect(sheetsWritten(written)).toEqual([SHEET, RECORD].sort());
    await expectPublishedAmounts(t, written, SHEET);
    expect((await sheetCell(t, COPY, "J5")) ?? "").toBe(""); // the copy's total column stays empty
    expect(await theStatus(t.page)).toContain(SHEET);
  });

  it("after the officer renames the previewed sheet, computing says the workbook changed and writes nothing; the next compute writes into the renamed sheet and names it", async () => {
    const t = await open();
    const renamed = "Fördelning 2024 slutlig";
    await t.excel.renameSheet(SHEET, renamed);
    await act(t.page, "#compute");
    expect(sheetsWritten(await t.excel.written())).toEqual([]);
    expect(await theStatus(t.page)).not.toMatch(/^Klart/);
    await act(t.page, "#compute");
    expect(sheetsWritten(await t.excel.written())).toEqual([renamed, RECORD].sort());
    await expectPublishedAmounts(t, await t.excel.written(), renamed);
    expect(await theStatus(t.page)).toContain(renamed);
  });

  it("after the officer deletes the record sheet, the next compute adds it again", async () => {
    const t = await open();
    await act(t.page, "#compute");
    await t.excel.deleteSheet(RECORD);
    await act(t.page, "#compute");
    expect(await t.excel.sheets()).toEqual([SHEET, RECORD]);
    expect((await t.excel.written()).some((w) => w.sheet === RECORD)).toBe(true);
    expect(await theStatus(t.page)).toMatch(/^Klart: \d+ celler/);
  });

  it("refuses the decision's tables when the officer has added her own Bilaga after opening, naming it, and writes nothing", async () => {
    const t = await open();
    const hers = { A1: "Bilaga till beslutet (mitt utkast)", A3: "Region", B3: "Belopp", A4: "Region Stockholm", B4: 1 };
    await t.excel.addSheet("Bilaga", hers);
    await act(t.page, "#tables");
    expect(await t.page.locator("#tables").isChecked()).toBe(true);
    expect(await errorsShown(t.page)).toContain('"Bilaga"');
    await act(t.page, "#compute");
    expect([await errorsShown(t.page), await theStatus(t.page)].join(" | ")).toContain('"Bilaga"');
    expect(sheetsWritten(await t.excel.written())).toEqual([]);
    expect(await t.excel.sheets()).toEqual([SHEET, "Bilaga"]);
    for (const [address, value] of Object.entries(hers)) expect([address, await sheetCell(t, "Bilaga", address)]).toEqual([address, value]);
  });

  it("computes after a write that failed half-way (the record sheet added, then Excel failed): the second compute writes everything", async () => {
    const t = await open();
    await t.excel.failNextAdd();
    await act(t.page, "#compute");
    expect(await theStatus(t.page)).not.toMatch(/^Klart/);
    expect((await t.excel.written()).filter((w) => w.sheet === SHEET)).toEqual([]);
    await act(t.page, "#compute");
    expect(await theStatus(t.page)).toMatch(/^Klart: \d+ celler/);
    await expectPublishedAmounts(t, await t.excel.written(), SHEET);
    expect(await t.excel.sheets()).toEqual([SHEET, RECORD]);
    expect(await sheetCell(t, RECORD, "A1")).not.toBe("");
  });

  it("refuses to compute into a sheet protected after the preview, says so naming it, writes nothing, and computes once it is unprotected", async () => {
    const t = await open();
    await t.excel.protect(SHEET);
    await act(t.page, "#compute");
    expect(sheetsWritten(await t.excel.written())).toEqual([]);
    expect([await errorsShown(t.page), await theStatus(t.page)].join(" | ")).toContain(SHEET);
    await t.excel.protect(SHEET, false);
    await act(t.page, "#compute");
    expect(await theStatus(t.page)).toMatch(/^Klart: \d+ celler/);
    await expectPublishedAmounts(t, await t.excel.written(), SHEET);
  });

  it("writes the decision's tables when asked: Bilaga with every region's published total as #,##0, and Rangordning", async () => {
    const t = await open();
    await act(t.page, "#tables");
    await act(t.page, "#compute");
    expect(await t.excel.sheets()).toEqual([SHEET, RECORD, "Bilaga", "Rangordning"]);
    const written = await t.excel.written();
    await expectPublishedAmounts(t, written, SHEET);
    const bilaga = written.filter((w) => w.sheet === "Bilaga");
    const rowOf = (w: WrittenCell) => w.address.replace(/^[A-Z]+/, "");
    const columnOf = (w: WrittenCell) => w.address.replace(/\d+$/, "");
    // The appendix's column headed Totalt (block 1 alone can equal the total, as for Gotland).
    const head = bilaga.find((w) => w.value === "Totalt");
    expect(head).toBeDefined();
    for (const p of PUBLISHED_2024) {
      const name = bilaga.find((w) => w.address.startsWith("A") && typeof w.value === "string" && matchRegion(w.value)?.code === codeOf(p.region));
      const total = bilaga.find((w) => name && rowOf(w) === rowOf(name) && columnOf(w) === columnOf(head!));
      expect([p.region, typeof total?.value === "number" && Math.abs(total.value - Number(p.total)) <= 1, total?.numFmt]).toEqual([p.region, true, "#,##0"]);
    }
    expect(written.some((w) => w.sheet === "Rangordning" && typeof w.value === "string" && w.value.startsWith("Skapad av Fördela"))).toBe(true);
    expect(await theStatus(t.page)).toContain(SHEET);
  });

  it("re-reads the table after the officer edits a cell: Gotland's filled posts raised from 12 to 20 turn its decrease into an increase", async () => {
    const t = await open();
    const gotland = t.page.locator(`#result-table tr[data-region="${codeOf("Gotland")}"]`);
    let at = 0;
    for (const r of REGION_ROWS) if (String(await sheetCell(t, SHEET, `A${r}`)).includes("Gotland")) at = r;
    expect(await sheetCell(t, SHEET, `E${at}`)).toBe(12);
    const publishedTotal = Number(PUBLISHED_2024.find((p) => p.region === "Gotland")!.total);
    const shown = async () => Number((await gotland.locator("td.total").innerText()).replace(/\s/g, ""));
    expect(await shown()).toBe(publishedTotal);
    await t.excel.setCell(SHEET, `E${at}`, 20);
    await act(t.page, "#read");
    // Planned 16: 20 posts filled are 4 more, which block 2 rewards.
    expect((await gotland.locator("td").first().innerText()).trim()).toBe("4");
    expect(await shown()).toBeGreaterThan(publishedTotal);
    expect(await theStatus(t.page)).toBe("Läst och beräknat: 21 regioner. Inget är skrivet ännu.");
    expect(sheetsWritten(await t.excel.written())).toEqual([]);
  });

  it("changes language: the labels and the status in English, and the written status names the sheet", async () => {
    const t = await open();
    await t.page.click("#lang-en");
    expect(await t.page.locator("#compute").innerText()).toBe("Compute round");
    expect(await t.page.locator("#read").innerText()).toBe("Read the table again");
    expect(await t.page.locator("label[for=round]").innerText()).toBe("Round");
    expect(await t.page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await theStatus(t.page)).toBe("Read and computed: 21 regions. Nothing is written yet.");
    await act(t.page, "#compute");
    const status = await theStatus(t.page);
    expect(status).toMatch(/^Done: \d+ cells/);
    expect(status).toContain(SHEET);
  });

  it("opens in English in an English Office", async () => {
    const t = await open({ displayLanguage: "en-US" });
    expect(await t.page.locator("#compute").innerText()).toBe("Compute round");
    expect(await theStatus(t.page)).toBe("Read and computed: 21 regions. Nothing is written yet.");
  });

  it("made no page error, and asked for nothing but its own files and the intercepted office.js", () => {
    expect(session().requests.filter((r) => r.startsWith("pageerror"))).toEqual([]);
    expect(session().requests.filter((u) => !u.startsWith(session().base) && u !== OFFICE_JS)).toEqual([]);
  });
});
