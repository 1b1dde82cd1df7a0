/**
 * Whole columns and Excel's payload limit, as the stand-in models them
 * (test/helpers/excelFunctions.ts: `callOn`, `wholeColumn`): on the desktop a
 * whole-column reference (D:D) hands a function all 1 048 576 rows, and the
 * functions read only the used ones and spill only those; on the web the same
 * call never reaches the function (5 MB custom-function payload: #CALC!,
 * office-js #4654, #4613), which is why the README shows bounded ranges.
 */
import { readFileSync } from "node:fs";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";
import { callOn, installRuntime, PAYLOAD_LIMIT, payloadBytes, rangeArg, SHEET_ROWS, wholeColumn, type Blanks } from "../helpers/excelFunctions";
import { EXAMPLE, SHEET } from "../helpers/workbooks";

installRuntime("en-US");

const AT = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

let sheet: SheetSnapshot;
beforeAll(async () => {
  const sheets = await new XlsxPort(readFileSync(EXAMPLE)).read({ alsoSheets: [] });
  sheet = sheets.find((s) => s.name === SHEET)!;
  // Excel hands over a merged title's value in its first cell only.
  sheet = { ...sheet, values: sheet.values.map((row, r) => (r === 0 ? row.map((v, c) => (c === 0 ? v : null)) : row)) };
});

/** Column `col` (0 for A) of the bundled 2024 sheet, rows 1 to `rows`, as Excel hands it over. */
const column = (col: number, blanks: Blanks, rows = sheet.values.length) => rangeArg(sheet, 0, col, rows, 1, blanks);
/** D5:D25 and the like: the 21 regions' rows. */
const bounded = (col: number, blanks: Blanks) => rangeArg(sheet, 4, col, 21, 1, blanks);
const D = 3;
const C = 2;
const B = 1;

describe.each<Blanks>(["null", "zero"])("on the desktop, blanks arriving as %s", (blanks) => {
  const whole = (col: number) => wholeColumn(column(col, blanks), 0, blanks);

  it("hands over all 1 048 576 rows for D:D (what the functions must cope with)", () => {
    expect(whole(D)).toHaveLength(SHEET_ROWS);
    expect(whole(D)[SHEET_ROWS - 1]).toEqual([blanks === "null" ? null : 0]);
  });

  it("AT.BLOCK1(D:D; B:B; …) reads the used rows and spills level with them: the title rows empty, the header labelled, then the amounts of D5:D25", () => {
    const out = callOn("desktop", AT.BLOCK1, whole(D), whole(B), 63000000) as unknown[][];
    const regions = AT.BLOCK1(bounded(D, blanks), bounded(B, blanks), 63000000);
    expect(out).toHaveLength(25); // rows 1–25: nothing below the table in D or B
    expect(out.slice(0, 3)).toEqual([[""], [""], [""]]);
    expect(out[3]).toEqual(["Block 1"]);
    expect(out.slice(4)).toEqual(regions);
    expect(regions.reduce((s, [v]) => s + (Number(v) || 0), 0)).toBe(63000000);
  });

  it("AT.BLOCK2(D:D; C:C; B:B; …) equals the bounded ranges", () => {
    const out = callOn("desktop", AT.BLOCK2, whole(D), whole(C), whole(B), 160000000) as unknown[][];
    expect(out.slice(4)).toEqual(AT.BLOCK2(bounded(D, blanks), bounded(C, blanks), bounded(B, blanks), 160000000));
  });

  it("AT.ROUND over whole columns A:J equals the table's range A4:J25", () => {
    const table = wholeColumn(rangeArg(sheet, 0, 0, sheet.values.length, 10, blanks), 0, blanks);
    expect(table).toHaveLength(SHEET_ROWS);
    expect(AT.ROUND("at-2024", table)).toEqual(AT.ROUND("at-2024", rangeArg(sheet, 3, 0, 22, 10, blanks)));
  });

  it("AT.LADDER with whole-column thresholds and amounts, each under a header", () => {
    const t = wholeColumn([["Tröskel"], [10], [20]], 0, blanks);
    const a = wholeColumn([["Belopp"], [10000000], [20000000]], 0, blanks);
    expect(AT.LADDER(12, t, a)).toBe(10000000);
    expect(AT.LADDER(25, t, a)).toBe(20000000);
  });

  it("AT.SHARE over a whole row (2:2, 16 384 cells) spills only the used cells", () => {
    const row = [["Vikt", 1, 3, ...Array.from({ length: 16384 - 3 }, () => (blanks === "null" ? null : 0))]];
    expect(AT.SHARE(row, 100)).toEqual([["Andel", 25, 75]]);
  });

  it("keeps ranges of different sizes apart, the trailing empty rows aside", () => {
    const out = callOn("desktop", AT.BLOCK1, whole(D), bounded(B, blanks), 63000000);
    expect(out).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^population has 21 cells but count has 25/) });
  });
});

describe("on the web (5 MB in all for a custom function's arguments and result)", () => {
  it("a whole column never reaches the function: the cell shows #CALC!", () => {
    const col = wholeColumn(column(D, "null"), 0, "null");
    expect(payloadBytes(col)).toBeGreaterThan(PAYLOAD_LIMIT); // 1 048 576 × "[null]": over 7 MB
    let called = false;
    const spy = (...args: unknown[]) => ((called = true), AT.BLOCK1(...(args as Parameters<typeof AT.BLOCK1>)));
    expect(callOn("web", spy, col, wholeColumn(column(B, "null"), 0, "null"), 63000000)).toEqual({ error: "#CALC!" });
    expect(called).toBe(false);
    // The same call on the desktop works.
    expect(callOn("desktop", spy, col, wholeColumn(column(B, "null"), 0, "null"), 63000000)).toHaveLength(25);
  });

  it("bounded ranges work as on the desktop", () => {
    const web = callOn("web", AT.BLOCK1, bounded(D, "null"), bounded(B, "null"), 63000000);
    expect(web).toEqual(AT.BLOCK1(bounded(D, "null"), bounded(B, "null"), 63000000));
    expect(callOn("web", AT.ROUND, "at-2024", rangeArg(sheet, 3, 0, 22, 10, "null"))).toHaveLength(22);
  });

  it("a result that takes the call over the limit gives #CALC! instead of the spill", () => {
    const big = () => Array.from({ length: 700000 }, () => [1234567]); // about 7 MB as sent
    expect(callOn("web", big)).toEqual({ error: "#CALC!" });
    expect(callOn("desktop", big)).toHaveLength(700000);
  });
});
