import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { Controller, type MappingStore } from "../../src/ui/controller";
import type { MappingRequest } from "../../src/workbook/table/findTable";
import { FakeExcel } from "../helpers/fakeExcel";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { READ_TRIPS, WRITE_TRIPS } from "../helpers/officeTrips";
import { render, type Msg } from "../../src/messages/message";
import { readFileSync } from "node:fs";
import { EXAMPLE, SHEET } from "../helpers/workbooks";

function memoryStore(): MappingStore & { saved: Record<string, MappingRequest> } {
  const saved: Record<string, MappingRequest> = {};
  return { saved, load: (k) => saved[k] ?? {}, save: (k, m) => void (saved[k] = m) };
}

async function taskpane(fake: FakeExcel, store = memoryStore()) {
  const port = new OfficePort(officeRun(fake.host()));
  const controller = new Controller({ port, store, version: "fordela test", now: () => new Date("2026-11-24T00:00:00Z"), select: (a) => port.select(a) });
  await controller.start(); // recognises the round the workbook is for
  fake.syncs = 0;
  return { controller, store };
}

describe("the taskpane flow on a stand-in Excel", () => {
  it("Compute round is one read and one write, each a fixed number of round trips", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const { controller } = await taskpane(fake);
    await controller.compute();
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    expect(controller.state.done).toEqual({ cells: 81, sheet: SHEET, record: "Fördela at-2024" });
    expect(controller.state.preview?.ok && controller.state.preview.result.totals.total.toNumber()).toBe(223000000);
  });

  it("reads a sheet of 2 000 rows in one more round trip, its cells in two requests under Excel's limit", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const sheet = fake.sheets.get(SHEET)!;
    for (let r = 30; r < 2009; r++) sheet.set(`${r},0`, { value: `rad ${r}`, numFmt: "General" });
    const { controller } = await taskpane(fake);
    await controller.compute();
    expect(controller.state.done).not.toBeNull();
    expect(fake.syncs).toBe(READ_TRIPS + 1 + WRITE_TRIPS);
  });

  it("tells each phase before it starts, and waits for the screen: reading before the read, writing before the write", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const port = new OfficePort(officeRun(fake.host()));
    const seen: string[] = [];
    const controller = new Controller({
      port,
      store: memoryStore(),
      version: "fordela test",
      // Each paint notes the phase on screen and how many round trips Excel has made by then.
      paint: async () => void seen.push(`${controller.state.phase}@${fake.syncs}`),
    });
    await controller.start();
    fake.syncs = 0;
    seen.length = 0;
    await controller.compute();
    // Each phase is shown before its own round trips: reading before the read, writing after it and before the write.
    expect(seen).toEqual(["reading@0", "reading@0", `computing@${READ_TRIPS}`, `writing@${READ_TRIPS}`]);
    expect(controller.state.phase).toBeNull();
    expect(controller.state.busy).toBe(false);
  });

  it("Granska lists the cells whose figures differ from the exact amounts, in one read and no write", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    // Stockholm's block 1 as published (2 208 244, 1 kr under the exact split); its total as Fördela has it.
    fake.sheets.get(SHEET)!.set("4,7", { value: 2208244, numFmt: "#,##0" });
    const { controller } = await taskpane(fake);
    await controller.review();
    expect(fake.syncs).toBe(READ_TRIPS);
    const review = controller.state.review!;
    expect(review.differences.find((d) => d.address === "'Fördelning 2024'!H5")).toMatchObject({ region: "Stockholm", block: "block1" });
    expect(review.differences.find((d) => d.address === "'Fördelning 2024'!H5")!.difference!.toNumber()).toBe(-1);
    expect(controller.state.done).toBeNull();
    await controller.selectCell("'Fördelning 2024'!H5");
    expect(fake.selected).toBe("Fördelning 2024!4,7");
  });

  it("writes the decision's tables when asked, in the same two round trips: values, #,##0 amounts, widths, one page wide", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const { controller } = await taskpane(fake);
    await controller.setTables(true);
    fake.syncs = 0;
    await controller.compute();
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    expect(fake.cell("Bilaga", 0, 0)?.value).toBe("Bilaga: Fler AT-tjänster 2024 (S2024/00586)");
    expect(fake.cell("Bilaga", 3, 4)?.value).toBe("Block 1: rapportera AT");
    // Blekinge, first alphabetically: its total as a number shown as whole kronor.
    expect(fake.cell("Bilaga", 4, 0)?.value).toBe("Blekinge");
    expect(fake.cell("Bilaga", 4, 6)).toMatchObject({ value: 20746160, numFmt: "#,##0" });
    expect(fake.cell("Rangordning", 4, 1)?.value).toBe("Västra Götaland");
    expect(fake.pageLayouts.get("Bilaga")).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
    expect(fake.columnWidths.get("Bilaga!0")).toBeGreaterThan(100);
    // A second run replaces them: still one of each.
    await controller.compute();
    expect(fake.order.filter((n) => n === "Bilaga" || n === "Rangordning")).toEqual(["Bilaga", "Rangordning"]);
  });

  it("refuses to write the tables over an officer's own sheet named Bilaga, before anything is written", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.sheets.set("Bilaga", new Map([["0,0", { value: "Min egen bilaga", numFmt: "General" }]]));
    fake.order.push("Bilaga");
    const { controller } = await taskpane(fake);
    await controller.setTables(true);
    await controller.compute();
    const p = controller.state.preview!;
    expect(!p.ok && p.errors.map((e) => e.code)).toEqual(["tables.notOurs"]);
    expect(fake.cell("Bilaga", 0, 0)?.value).toBe("Min egen bilaga");
    expect(fake.order).not.toContain("Fördela at-2024");
  });

  it("shows what it read: the sheet, the column taken for each input", async () => {
    const { controller } = await taskpane(await excelFromXlsx(EXAMPLE));
    await controller.refresh();
    const table = controller.state.preview!.table!;
    expect(table.sheet).toBe(SHEET);
    expect(table.columns).toMatchObject({ region: 0, population: 1, planned: 2, filled: 3, started: 4, applied: 5 });
  });

  it("a mapping chosen in a drop-down is used and remembered with the workbook", async () => {
    const { controller, store } = await taskpane(await excelFromXlsx(EXAMPLE));
    await controller.setMapping("count", "E");
    await controller.setMapping("filled", "Z");
    await controller.setMapping("started", "Z");
    expect(store.saved["at-2024"]).toEqual({ count: "E", filled: "Z", started: "Z" });
    const p = controller.state.preview!;
    expect(p.ok && p.result.regions[0].increase!.toNumber()).toBe(9); // Stockholm: started 289 − planned 280
    const again = await taskpane(await excelFromXlsx(EXAMPLE), store);
    expect(again.controller.state.mapping).toEqual({ count: "E", filled: "Z", started: "Z" });
  });

  it("lists input errors with their cells; a click selects the cell; nothing is written", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.sheets.get(SHEET)!.set("13,3", { value: "tjugo", numFmt: "General" });
    const { controller } = await taskpane(fake);
    await controller.compute();
    const p = controller.state.preview!;
    expect(p.ok).toBe(false);
    expect(!p.ok && p.errors.map((e) => e.address)).toEqual(["'Fördelning 2024'!D14"]);
    expect(fake.order).toEqual([SHEET]);
    await controller.selectCell("'Fördelning 2024'!D14");
    expect(fake.selected).toBe("Fördelning 2024!13,3");
  });

  it("recognises the round the workbook is for, and never starts on an arbitrary one", async () => {
    const { controller } = await taskpane(await excelFromXlsx(EXAMPLE));
    expect(controller.state.source).toEqual({ preset: "at-2024" });
    // A 2022 workbook: the 2022 round, by the years its headers name.
    const old = await excelFromXlsx(EXAMPLE);
    for (const col of [2, 3, 4]) {
      const cell = old.cell(SHEET, 3, col)!;
      old.sheets.get(SHEET)!.set(`3,${col}`, { ...cell, value: String(cell.value).replace("2024", "2022") });
    }
    expect((await taskpane(old)).controller.state.source).toEqual({ preset: "at-2022" });
    // A sheet that fits no round: nothing chosen, and the user is asked to choose.
    const none = new FakeExcel();
    none.sheets.set(SHEET, new Map([["0,0", { value: "Anteckningar", numFmt: "General" }]]));
    const blank = (await taskpane(none)).controller;
    expect(blank.state.source).toBeNull();
  });

  it("says in Swedish or English where to act, naming the column list, never a command-line option", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.sheets.get(SHEET)!.set("3,10", { value: "Befolkning", numFmt: "General" });
    fake.sheets.get(SHEET)!.set("3,1", { value: "Folkmängd", numFmt: "General" });
    const { controller } = await taskpane(fake);
    await controller.refresh();
    const p = controller.state.preview!;
    expect(p.ok).toBe(false);
    const error = !p.ok ? p.errors[0] : null;
    expect(render(error!, "sv", "ui")).toBe('2 kolumner ser ut att vara folkmängd (B "Folkmängd", K "Befolkning"): välj kolumnen för folkmängd i listan Kolumner');
    expect(render(error!, "en", "ui")).toBe('2 columns look like the population (B "Folkmängd", K "Befolkning"): choose the column for the population in the Columns list');
    expect(render(error!, "en", "cli")).toContain("--map population=K");
    for (const lang of ["sv", "en"] as const) expect(render(error!, lang, "ui")).not.toMatch(/--\w/);
  });

  it("asks before overwriting a cell it did not write; cancelling writes nothing, agreeing writes", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    fake.sheets.get(SHEET)!.set("4,9", { value: 1234, numFmt: "General" });
    const { controller } = await taskpane(fake);
    await controller.compute();
    expect(controller.state.conflicts!.map((c) => c.address)).toEqual(["'Fördelning 2024'!J5"]);
    expect(fake.syncs).toBe(READ_TRIPS);
    controller.cancelOverwrite();
    expect(controller.state.cancelled).toBe(true);
    expect(fake.cell(SHEET, 4, 9)!.value).toBe(1234);
    fake.syncs = 0;
    await controller.compute(true);
    expect(fake.syncs).toBe(READ_TRIPS + WRITE_TRIPS);
    expect(fake.cell(SHEET, 4, 9)!.value).toBe(35563907);
  });

  it("switches between Swedish and English", async () => {
    const { controller } = await taskpane(await excelFromXlsx(EXAMPLE));
    expect(controller.state.lang).toBe("sv");
    controller.setLang("en");
    expect(controller.state.lang).toBe("en");
  });

  it("computes another preset picked from the list", async () => {
    const { controller } = await taskpane(await excelFromXlsx(EXAMPLE.replace("at-2024-handlaggning", "beds-2024-exempel")));
    await controller.setRound({ preset: "beds-2024" });
    const p = controller.state.preview!;
    expect(p.ok && p.result.totals.total.toNumber()).toBe(1990000000);
  });

  it("takes a round from a definition file the user chose, and shows its problems by path", async () => {
    const { controller } = await taskpane(await excelFromXlsx(EXAMPLE.replace("at-2024-handlaggning", "korta-vardkoerna-2025-exempel")));
    const text = readFileSync(EXAMPLE.replace("at-2024-handlaggning.xlsx", "korta-vardkoerna-2025.json"), "utf8");
    await controller.setRoundFile("korta-vardkoerna-2025.json", text);
    expect(controller.state.source).toEqual({ file: JSON.parse(text), name: "korta-vardkoerna-2025.json" });
    const p = controller.state.preview!;
    expect(p.ok && p.result.totals.total.toNumber()).toBe(497000000);
    // A pot that is not a number: refused with the file's name and the path, nothing computed.
    const broken = JSON.parse(text);
    broken.blocks[0].pot = "många";
    await controller.setRoundFile("trasig.json", JSON.stringify(broken));
    const q = controller.state.preview!;
    expect(q.ok).toBe(false);
    expect(!q.ok && q.errors[0].address).toBe("trasig.json blocks[0].pot");
    expect(!q.ok && q.errors.every((e) => e.address.startsWith("trasig.json blocks["))).toBe(true);
  });

  it("changes nothing for a file that is not JSON, or far too large, and says so with its name", async () => {
    const { controller } = await taskpane(await excelFromXlsx(EXAMPLE));
    const before = controller.state.source;
    await controller.setRoundFile("anteckningar.json", "{ pot: 5 }");
    expect(controller.state.source).toEqual(before);
    expect(render(controller.state.failure as Msg, "sv", "ui")).toMatch(/^anteckningar\.json är ingen omgångsdefinition i JSON \(.+\); inget har ändrats$/);
    await controller.setRoundFile("stor.json", " ".repeat(2_000_000));
    expect(render(controller.state.failure as Msg, "en", "ui")).toBe("stor.json is 2000 kB, too large for a round definition (at most 1000 kB); nothing has changed");
    expect(controller.state.source).toEqual(before);
  });
});
