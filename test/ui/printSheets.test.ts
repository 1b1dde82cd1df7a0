import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { PRINT_PATIENCE_MS, printInExcel, type PrintWindow } from "../../src/taskpane/print";
import { Controller } from "../../src/ui/controller";
import { statusLine } from "../../src/ui/status";
import type { FakeExcel } from "../helpers/fakeExcel";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { READ_TRIPS, WRITE_TRIPS } from "../helpers/officeTrips";
import { EXAMPLE, SHEET } from "../helpers/workbooks";

const RECORD = "Fördela at-2024";

async function taskpane(fake: FakeExcel) {
  const port = new OfficePort(officeRun(fake.host()));
  const controller = new Controller({ port, store: { load: () => ({}), save: () => undefined }, version: "fordela test", now: () => new Date("2026-11-24T00:00:00Z") });
  await controller.start(); // recognises the round the workbook is for
  fake.syncs = 0;
  return controller;
}

/** Every cell of a sheet, as text: to see that nothing in it changed. */
const cellsOf = (fake: FakeExcel, sheet: string) => JSON.stringify([...fake.sheets.get(sheet)!.entries()].sort());
const said = (c: Controller, lang: "sv" | "en" = "sv") => statusLine(c.state, lang, null, true);

describe("Print where window.print() does nothing: the decision's tables as sheets of the workbook", () => {
  it("writes Bilaga and Rangordning, fitted to one page, in one read and one write, and says so in the status line", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await taskpane(fake);
    const before = cellsOf(fake, SHEET);
    await controller.printSheets("printSheetsMac");
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    expect(fake.cell("Bilaga", 0, 0)?.value).toBe("Bilaga: Fler AT-tjänster 2024 (S2024/00586)");
    expect(fake.cell("Bilaga", 4, 0)?.value).toBe("Blekinge");
    expect(fake.cell("Bilaga", 4, 6)).toMatchObject({ value: 20746160, numFmt: "#,##0" });
    expect(fake.cell("Rangordning", 4, 1)?.value).toBe("Västra Götaland");
    for (const sheet of ["Bilaga", "Rangordning"]) expect(fake.pageLayouts.get(sheet)).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
    // Printing changes nothing else: no amount in the officer's sheet, no record sheet.
    expect(cellsOf(fake, SHEET)).toBe(before);
    expect(fake.order).not.toContain(RECORD);
    expect(controller.state.done).toBeNull();
    expect(said(controller)).toEqual({ text: "Excel för Mac kan inte skriva ut från ett tillägg. Bladen Bilaga och Rangordning är nu skrivna i arbetsboken, anpassade till en sida: skriv ut dem med Arkiv > Skriv ut.", busy: false, tone: "good" });
    expect(said(controller, "en").text).toBe("Excel for Mac cannot print from an add-in. The sheets Bilaga and Rangordning are now written in the workbook, fitted to one page: print them with File > Print.");
  });

  it("writes them whether or not the decision's tables are ticked for Compute, and leaves the box as it was", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await taskpane(fake);
    expect(controller.state.tables).toBe(false);
    await controller.printSheets("printSheetsNoPrint");
    expect(fake.order.filter((n) => n === "Bilaga" || n === "Rangordning")).toEqual(["Bilaga", "Rangordning"]);
    expect(controller.state.tables).toBe(false);
    expect(said(controller).text).toMatch(/^Utskriften öppnades inte här\. Bladen Bilaga och Rangordning/);
  });

  it("replaces its own sheets when printed again, and Compute with the tables afterwards replaces them too", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await taskpane(fake);
    await controller.printSheets("printSheetsMac");
    await controller.printSheets("printSheetsMac");
    await controller.setTables(true);
    await controller.compute();
    expect(controller.state.done).toEqual({ cells: 81, sheet: SHEET, record: RECORD });
    expect(fake.order.filter((n) => n === "Bilaga" || n === "Rangordning")).toEqual(["Bilaga", "Rangordning"]);
  });

  it("never replaces an officer's own sheet named Bilaga: refused with its sheet, nothing written, nothing said of printing", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.addSheet("Bilaga", [[0, 0, { value: "Min egen bilaga", numFmt: "General" }]]);
    const controller = await taskpane(fake);
    await controller.printSheets("printSheetsMac");
    const p = controller.state.preview!;
    expect(!p.ok && p.errors.map((e) => [e.code, e.address])).toEqual([["tables.notOurs", "'Bilaga'"]]);
    expect(fake.cell("Bilaga", 0, 0)?.value).toBe("Min egen bilaga");
    expect(fake.order).not.toContain("Rangordning");
    expect(fake.syncs).toBe(READ_TRIPS); // the read only
    expect(controller.state.notice).toBeNull();
    expect(said(controller).tone).toBe("bad");
  });

  it("refuses before writing where a sheet cannot be written: a protected Rangordning of its own, or no sheet can be added", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await taskpane(fake);
    await controller.printSheets("printSheetsMac");
    fake.protectedSheets.add("Rangordning");
    fake.sheets.get("Bilaga")!.set("0,0", { value: "Förra utskriften", numFmt: "General" }); // still marked as Fördela's
    fake.syncs = 0;
    await controller.printSheets("printSheetsMac");
    const p = controller.state.preview!;
    expect(!p.ok && p.errors.map((e) => [e.code, e.address])).toEqual([["write.protected", "'Rangordning'"]]);
    expect(fake.cell("Bilaga", 0, 0)?.value).toBe("Förra utskriften"); // Bilaga, queued before it, not written either
    expect(fake.syncs).toBe(READ_TRIPS);

    const locked = await excelFromXlsx(EXAMPLE);
    locked.structureProtected = true;
    const again = await taskpane(locked);
    await again.printSheets("printSheetsMac");
    const q = again.state.preview!;
    expect(!q.ok && q.errors.map((e) => e.code)).toEqual(["write.structureLocked", "write.structureLocked"]);
    expect(locked.order).not.toContain("Bilaga");
  });
});

/** A window whose print view opens (firing beforeprint, as every engine does) or does nothing, as in Excel for Mac. */
function fakeWindow(opens: boolean) {
  const listeners: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const win = {
    printed: 0,
    delays: [] as number[],
    print() {
      win.printed++;
      if (opens) for (const l of listeners) l();
    },
    addEventListener: (_: string, l: () => void) => void listeners.push(l),
    removeEventListener: (_: string, l: () => void) => void listeners.splice(listeners.indexOf(l), 1),
    setTimeout: (f: () => void, ms: number) => (win.delays.push(ms), timers.push(f), 0),
    /** The patience runs out. */
    wait: () => timers.splice(0).forEach((f) => f()),
  };
  return win;
}

function fakeController() {
  const asked: string[] = [];
  return { asked, controller: { printSheets: async (key: string) => void asked.push(key) } as unknown as Controller };
}

describe("how the taskpane prints, by platform", () => {
  it("Excel for Mac: the sheets at once, no print view asked for", () => {
    const win = fakeWindow(false);
    const { asked, controller } = fakeController();
    printInExcel("Mac" as unknown as Office.PlatformType, controller, win as unknown as PrintWindow);
    expect(win.printed).toBe(0);
    expect(asked).toEqual(["printSheetsMac"]);
  });

  it("Windows and the web: the print view; the sheets only if it never begins", () => {
    for (const platform of ["PC", "OfficeOnline", null]) {
      const works = fakeWindow(true);
      const a = fakeController();
      printInExcel(platform as unknown as Office.PlatformType | null, a.controller, works as unknown as PrintWindow);
      works.wait();
      expect([works.printed, a.asked]).toEqual([1, []]);

      const ignored = fakeWindow(false);
      const b = fakeController();
      printInExcel(platform as unknown as Office.PlatformType | null, b.controller, ignored as unknown as PrintWindow);
      expect(b.asked).toEqual([]); // not before the patience runs out
      ignored.wait();
      expect([ignored.printed, ignored.delays, b.asked]).toEqual([1, [PRINT_PATIENCE_MS], ["printSheetsNoPrint"]]);
    }
  });
});
