/**
 * The add-in's runtime lives as long as the document ("Runtimes in Office
 * Add-ins"): between the preview and the click the officer adds, renames and
 * deletes sheets, changes the active one and edits cells, and a write may fail
 * half-way. Compute writes where she looked, or says what changed and shows it again.
 */
import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { render } from "../../src/messages/message";
import { Controller } from "../../src/ui/controller";
import type { FakeExcel } from "../helpers/fakeExcel";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { EXAMPLE, SHEET } from "../helpers/workbooks";

const RECORD = "Fördela at-2024";
/** Stockholm's row (0-based) and the columns H–J that Fördela writes. */
const STOCKHOLM = 4;
const AMOUNT_COLS = [7, 8, 9];

async function opened(fake: FakeExcel) {
  const port = new OfficePort(officeRun(fake.host()));
  const controller = new Controller({ port, store: { load: () => ({}), save: () => undefined }, version: "fordela test", now: () => new Date("2026-12-06T00:00:00Z") });
  await controller.start();
  return controller;
}

const amountsOn = (fake: FakeExcel, sheet: string) => Array.from({ length: 21 }, (_, i) => AMOUNT_COLS.map((c) => fake.cell(sheet, STOCKHOLM + i, c)?.value ?? null));
const failure = (c: Controller) => (c.state.failure && typeof c.state.failure !== "string" ? render(c.state.failure, "en") : c.state.failure);

/** A copy of the table sheet, as the officer makes one ("Move or Copy…"). */
function copySheet(fake: FakeExcel, from: string, to: string): void {
  fake.addSheet(to, [...fake.sheets.get(from)!.entries()].map(([k, cell]) => [...(k.split(",").map(Number) as [number, number]), { ...cell }]));
}

describe("Compute writes on the sheet whose amounts were shown", () => {
  it("another sheet made active after the preview gets nothing; the status names the sheet written", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    expect(controller.state.preview?.ok).toBe(true);
    copySheet(fake, SHEET, "Kopia");
    fake.active = "Kopia";
    await controller.compute();
    expect(controller.state.done).toEqual({ cells: 81, sheet: SHEET, record: RECORD });
    expect(amountsOn(fake, SHEET).flat().every((v) => typeof v === "number")).toBe(true);
    expect(amountsOn(fake, "Kopia").flat().every((v) => v === null)).toBe(true);
  });

  it("a value edited after the preview: nothing written, said, and shown again; the next click writes the new amounts", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    const shown = controller.state.preview!;
    fake.sheets.get(SHEET)!.set(`${STOCKHOLM},1`, { value: 3000000, numFmt: "General" }); // Stockholm's population
    await controller.compute();
    expect(failure(controller)).toBe(`The workbook has changed since the amounts were shown (${SHEET}): nothing was written. Fördela has read it again; check the amounts and press Compute round again.`);
    expect(controller.state.done).toBeNull();
    expect(amountsOn(fake, SHEET).flat().every((v) => v === null)).toBe(true);
    expect(fake.order).toEqual([SHEET]);
    const again = controller.state.preview!;
    expect(again.ok && shown.ok && again.result.regions[0].total.toNumber()).not.toBe(shown.ok && shown.result.regions[0].total.toNumber());
    await controller.compute();
    expect(controller.state.done?.sheet).toBe(SHEET);
    expect(fake.cell(SHEET, STOCKHOLM, 9)!.value).toBe(again.ok && again.result.regions[0].total.toNumber());
  });

  it("the sheet renamed after the preview: nothing written, said, and the sheet now active shown instead", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    fake.renameSheet(SHEET, "AT 2024 slutlig");
    await controller.compute();
    expect(failure(controller)).toBe(`The sheet ${SHEET}, whose amounts were shown, is no longer there (renamed or deleted): nothing was written. Fördela has read the active sheet AT 2024 slutlig instead; check it and press Compute round again.`);
    expect(fake.order).toEqual(["AT 2024 slutlig"]);
    await controller.compute();
    expect(controller.state.done).toEqual({ cells: 81, sheet: "AT 2024 slutlig", record: RECORD });
  });
});

describe("every call learns the workbook as it is now", () => {
  it("the officer's own Bilaga, added after the pane opened, is read and never replaced", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    fake.addSheet("Bilaga", [[0, 0, { value: "Min egen bilaga", numFmt: "General" }]]);
    await controller.setTables(true);
    await controller.compute();
    const p = controller.state.preview!;
    expect(!p.ok && p.errors.map((e) => [e.code, e.address])).toEqual([["tables.notOurs", "'Bilaga'"]]);
    expect(controller.state.done).toBeNull();
    expect(fake.cell("Bilaga", 0, 0)!.value).toBe("Min egen bilaga");
    expect(amountsOn(fake, SHEET).flat().every((v) => v === null)).toBe(true);
    // Renamed out of the way, the next compute writes the decision's tables.
    fake.renameSheet("Bilaga", "Mina anteckningar");
    await controller.setTables(true);
    await controller.compute();
    expect(controller.state.done?.sheet).toBe(SHEET);
    expect(fake.order).toEqual([SHEET, "Mina anteckningar", RECORD, "Bilaga", "Rangordning"]);
  });

  it("a write that fails half-way leaves a record without amounts, and the next compute writes over it", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    fake.failWhen = (kind, sheet) => kind === "values" && sheet === SHEET;
    await controller.compute();
    expect(controller.state.done).toBeNull();
    expect(String(failure(controller))).toMatch(/^Excel did not finish the write \(GeneralException: An internal error has occurred .*\)\. The record sheet may be written without amounts, but no amount without its record; press Compute round again$/);
    expect(fake.order).toEqual([SHEET, RECORD]); // the record sheet was written before the amounts
    expect(amountsOn(fake, SHEET).flat().every((v) => v === null)).toBe(true);
    fake.failWhen = null;
    await controller.refresh();
    await controller.compute();
    expect(controller.state.failure).toBeNull();
    expect(controller.state.done).toEqual({ cells: 81, sheet: SHEET, record: RECORD });
    expect(fake.order).toEqual([SHEET, RECORD]);
  });

  it("a sheet protected after the preview: refused with its name, nothing written; unprotected, the next compute writes", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    fake.protectedSheets.add(SHEET);
    await controller.compute();
    expect(failure(controller)).toBe(`'${SHEET}': the sheet is protected: unprotect it in Excel (Review → Unprotect Sheet), then compute again; nothing was written`);
    expect(fake.order).toEqual([SHEET]);
    fake.protectedSheets.delete(SHEET);
    await controller.compute();
    expect(controller.state.done?.sheet).toBe(SHEET);
  });

  it("a record sheet deleted between two computes is added again", async () => {
    const fake = await excelFromXlsx(EXAMPLE);
    const controller = await opened(fake);
    await controller.compute();
    fake.deleteSheet(RECORD);
    await controller.refresh();
    await controller.compute();
    expect(controller.state.failure).toBeNull();
    expect(fake.order).toEqual([SHEET, RECORD]);
  });
});
