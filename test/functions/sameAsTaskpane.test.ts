/**
 * One sheet, three ways in: AT.ROUND over the table's range (with each
 * measure's range), the taskpane's flow on Excel (the stand-in, loaded from
 * the file) and the command line's flow on the .xlsx file must give every
 * region the same amount in every block, whichever way Excel hands blanks to
 * the function.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { computeRound } from "../../src/app/roundFlow";
import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";
import { installRuntime, rangeArg, type Blanks } from "../helpers/excelFunctions";
import { excelFromBuffer } from "../helpers/fakeExcelFiles";

installRuntime("sv-SE");
 
const AT = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const files = readdirSync(EXAMPLES).filter((f) => /^(at|beds)-\d{4}.*\.xlsx$/.test(f)); // the presets' examples; the round files' have no sheet functions

/** The rows from the one whose first cell is "Region" to the last with anything in it, as an officer selects a table. */
function tableBox(sheet: SheetSnapshot): { top: number; height: number; width: number } {
  const top = sheet.values.findIndex((r) => r?.[0] === "Region");
  let end = top;
  while (end + 1 < sheet.values.length && (sheet.values[end + 1] ?? []).some((v) => v !== null && v !== "")) end++;
  return { top, height: end - top + 1, width: sheet.values[top].length };
}

type Amounts = Map<string, number[]>;

function fromFlow(preview: Awaited<ReturnType<typeof computeRound>>["preview"]): Amounts {
  if (!preview.ok) throw new Error(`the flow refused: ${preview.errors.map((e) => e.code).join(", ")}`);
  return new Map(preview.result.regions.map((r) => [r.name, [...preview.result.blocks.map((b) => r.amounts[b.id].toNumber()), r.total.toNumber()]]));
}

describe.each(files)("%s", (file) => {
  const round = /^(at-\d{4}|beds-\d{4})/.exec(file)![1];
  const bytes = readFileSync(path.join(EXAMPLES, file));
  let cli: Amounts;
  let taskpane: Amounts;
  let sheets: SheetSnapshot[];

  beforeAll(async () => {
    const req = { source: { preset: round }, date: "", version: "" };
    cli = fromFlow((await computeRound(new XlsxPort(bytes), req, true)).preview);
    const excel = await excelFromBuffer(bytes);
    const port = new OfficePort(officeRun(excel.host()));
    taskpane = fromFlow((await computeRound(port, req, true)).preview);
    sheets = await new XlsxPort(bytes).read({ alsoSheets: [] });
  });

  it("the taskpane and the command line agree", () => {
    expect(taskpane.size).toBe(21);
    expect([...taskpane]).toEqual([...cli]);
  });

  it.each<Blanks>(["null", "zero"])("AT.ROUND gives the same amounts, blanks arriving as %s", (blanks) => {
    const [main, ...others] = sheets;
    const box = tableBox(main);
    const measures = others.map((s) => {
      const b = tableBox(s);
      return rangeArg(s, b.top, 0, b.height, b.width, blanks);
    });
    const out = AT.ROUND(round, rangeArg(main, box.top, 0, box.height, box.width, blanks), measures);
    const hasIncrease = out[0][1] === "Utökning";
    const fn: Amounts = new Map(out.slice(1).map((row) => [String(row[0]), row.slice(hasIncrease ? 2 : 1).map(Number)]));
    expect([...fn]).toEqual([...taskpane]);
  });
});
