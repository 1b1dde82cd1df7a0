/**
 * The Office host reads a workbook as the .xlsx host does: every case of the
 * catalogue of bad and messy input (hidden rows, merged cells, misplaced
 * headers, …), opened in the stand-in Excel, gives the same errors and
 * warnings at the same cells, and the same amounts, as the file read directly.
 */
import { readFileSync } from "node:fs";
import { previewRound, type FlowRequest, type Preview } from "../../src/app/roundFlow";
import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { CASES, type Case } from "../catalogue/cases";
import { MESSY_CASES } from "../catalogue/messyCases";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { variant } from "../helpers/workbooks";

const req: FlowRequest = { source: { preset: "at-2024" }, date: "", version: "" };
/** Cases where the hosts differ by design, and why. */
const BY_DESIGN: Record<string, string> = {
  "a formula never computed (written by a script)": "Excel computes every formula when it opens a file; only a file can hold one never computed",
  "last year's sheet first": "the taskpane reads the sheet the officer has open; a file has none open, so the command line chooses among the sheets",
  "a sheet of populations before the round's": "the same: the taskpane reads the sheet that is open",
  "two copies of the round's sheet, no year to tell them apart": "the same: the taskpane reads the sheet that is open",
};
const ALL: Case[] = [...CASES, ...MESSY_CASES].filter((c) => !(c.name in BY_DESIGN));

function outcome(p: Preview) {
  const notices = (list: { code: string; address: string | null }[]) => list.map((n) => `${n.code} ${n.address}`).sort();
  return {
    ok: p.ok,
    errors: p.ok ? [] : notices(p.errors),
    warnings: notices(p.warnings),
    totals: p.ok ? p.result.regions.map((r) => `${r.code} ${r.total.toString()}`) : [],
  };
}

describe("the Office host reads what the .xlsx host reads", () => {
  it("differs by design only where a file is not a workbook open in Excel", () => {
    const names = new Set([...CASES, ...MESSY_CASES].map((c) => c.name));
    expect(Object.keys(BY_DESIGN).filter((n) => !names.has(n))).toEqual([]);
    expect(ALL.length).toBeGreaterThanOrEqual(70);
  });

  it.each(ALL.map((c) => [c.name, c]))("%s", async (_, c) => {
    const file = await variant(c.edit);
    const fromFile = await previewRound(new XlsxPort(readFileSync(file)), req);
    const excel = await excelFromXlsx(file);
    const port = new OfficePort(officeRun(excel.host()));
    const fromExcel = await previewRound(port, req);
    expect(outcome(fromExcel)).toEqual(outcome(fromFile));
  });
});
