import { readCsv } from "../helpers/csv";
import { callLikeExcel, excelError, installRuntime, serialOf, type Blanks } from "../helpers/excelFunctions";
import { EXAMPLE, load, SHEET } from "../helpers/workbooks";
import { matchRegion } from "../../src/workbook/values/regions";

installRuntime("en-US");
// Loaded after the runtime's globals, as the shared runtime loads it.
 
const AT = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** A column as Excel passes it: an n×1 array, an empty cell as null or 0. */
const col = (xs: unknown[], blanks: Blanks) => xs.map((x) => [x === null || x === undefined || x === "" ? (blanks === "null" ? null : 0) : x]);

describe.each<Blanks>(["null", "zero"])("custom functions on the officer's 2024 table, blanks arriving as %s", (blanks) => {
  const published = new Map(readCsv("at-2024-outcome.csv").map((r) => [matchRegion(r.region)!.code, r]));
  let codes: string[];
  let counts: unknown[][];
  let planned: unknown[][];
  let pops: unknown[][];
  let table: unknown[][];

  beforeAll(async () => {
    const ws = (await load(EXAMPLE)).getWorksheet(SHEET)!;
    const rows = Array.from({ length: 21 }, (_, i) => ws.getRow(5 + i));
    codes = rows.map((r) => matchRegion(String(r.getCell(1).value))!.code);
    // The count is the larger of filled (D) and started (E); non-applicants have none (a blank).
    counts = col(rows.map((r) => (r.getCell(4).value === null ? null : Math.max(Number(r.getCell(4).value ?? 0), Number(r.getCell(5).value ?? 0)))), blanks);
    planned = col(rows.map((r) => r.getCell(3).value), blanks);
    pops = col(rows.map((r) => r.getCell(2).value), blanks);
    table = Array.from({ length: 22 }, (_, i) => Array.from({ length: 10 }, (_, c) => ws.getCell(4 + i, c + 1).value ?? (blanks === "null" ? null : 0)));
  });

  it("AT.BLOCK1 spills a column within 1 kr of the published block 1, summing to 63 000 000", () => {
    const out = AT.BLOCK1(counts as number[][], pops as number[][], 63000000);
    expect(out).toHaveLength(21);
    out.forEach(([v], i) => expect(Math.abs((v as number) - Number(published.get(codes[i])!.block1))).toBeLessThanOrEqual(1));
    expect(out.reduce((s, [v]) => s + (v as number), 0)).toBe(63000000);
  });

  it("AT.BLOCK2 spills the published block 2 exactly, planned values given as printed text", () => {
    const out = AT.BLOCK2(counts as number[][], planned as number[][], pops as number[][], 160000000, undefined, undefined);
    out.forEach(([v], i) => expect(v).toBe(Number(published.get(codes[i])!.block2)));
  });

  it("AT.ROUND spills the whole round for the table range, header first", () => {
    const out = AT.ROUND("at-2024", table as number[][]);
    expect(out[0]).toEqual(["Region", "Utökning", "Block 1: rapportera AT", "Block 2: ytterligare utökning", "Totalt"]);
    expect(out).toHaveLength(22);
    for (const row of out.slice(1)) {
      const p = published.get(matchRegion(String(row[0]))!.code)!;
      expect(row[3]).toBe(Number(p.block2));
      expect(Math.abs((row[4] as number) - Number(p.total))).toBeLessThanOrEqual(1);
    }
  });

  it("an empty planned cell is refused as empty, never read as a plan of 0 (Uppsala's increase would be 50)", () => {
    const applied = table.map((row, i) => (i === 2 ? row.map((v, c) => (c === 2 ? (blanks === "null" ? null : 0) : c === 3 || c === 4 ? 50 : c === 5 ? "Ja" : v)) : row));
    expect(excelError(() => AT.ROUND("at-2024", applied as number[][])).message).toMatch(/^cell C3 of the table: planned count of Uppsala is empty/);
    const withPlan = planned.map((p, i) => (i === 1 ? [blanks === "null" ? null : 0] : p));
    const withCount = counts.map((c, i) => (i === 1 ? [50] : c));
    expect(excelError(() => AT.BLOCK2(withCount as number[][], withPlan as number[][], pops as number[][], 160000000)).message).toBe("row 2: planned is empty");
    expect(excelError(() => AT.PLANNED(blanks === "null" ? null : 0)).message).toBe("row 1: planned is empty");
  });

  it("an empty population is refused as empty, wherever the row has a count", () => {
    const noPop = pops.map((p, i) => (i === 0 ? [blanks === "null" ? null : 0] : p));
    expect(excelError(() => AT.BLOCK1(counts as number[][], noPop as number[][], 63000000)).message).toBe("row 1: population is empty");
  });

  it("allows blank rows inside the ranges and leaves them blank", () => {
    const empty = [blanks === "null" ? null : 0];
    const withBlank = [...counts.slice(0, 3), empty, ...counts.slice(3)];
    const popsBlank = [...pops.slice(0, 3), empty, ...pops.slice(3)];
    const out = AT.BLOCK1(withBlank as number[][], popsBlank as number[][], 63000000);
    expect(out[3]).toEqual([""]);
    expect(out.reduce((s, [v]) => s + (Number(v) || 0), 0)).toBe(63000000);
    const t = [...table.slice(0, 5), table[0].map(() => empty[0]), ...table.slice(5)];
    expect(AT.ROUND("at-2024", t as number[][])).toHaveLength(22);
  });

  it("skips a header row at the top of every range, the same way in every function, and labels it in the spill", () => {
    const out = AT.BLOCK2([["Antal"], ...counts] as number[][], [["Planerat"], ...planned] as number[][], [["Folkmängd"], ...pops] as number[][], 160000000);
    expect(out).toHaveLength(22);
    expect(out[0]).toEqual(["Block 2"]);
    expect(out.slice(1)).toEqual(AT.BLOCK2(counts as number[][], planned as number[][], pops as number[][], 160000000));
    expect(AT.BLOCK1([["Antal"], ...counts] as number[][], [["Folkmängd"], ...pops] as number[][], 63000000).slice(1)).toEqual(AT.BLOCK1(counts as number[][], pops as number[][], 63000000));
    expect(AT.SHARE([["Vikt"], [1], [3]], 100)).toEqual([["Andel"], [25], [75]]);
  });

  it("trims the trailing empty rows of a whole-column reference (C:C hands over 1 048 576 rows)", () => {
    const rows = 1048576;
    const empty = blanks === "null" ? null : 0;
    const whole = (xs: unknown[][]) => [["Rubrik"], ...xs, ...Array.from({ length: rows - xs.length - 1 }, () => [empty])];
    const out = AT.BLOCK1(whole(counts) as number[][], whole(pops) as number[][], 63000000);
    expect(out).toHaveLength(22);
    expect(out.slice(1)).toEqual(AT.BLOCK1(counts as number[][], pops as number[][], 63000000));
  });
});

describe("custom functions keep Excel's habits", () => {
  it("spill in the orientation of the input: a row gives a row, a block a block", () => {
    expect(AT.SHARE([[1, 1, 2]], 100)).toEqual([[25, 25, 50]]);
    expect(AT.SHARE([[1, 3], [2, 2]], 80)).toEqual([[10, 30], [20, 20]]);
    expect(AT.SHARE([[1], [3]], 100)).toEqual([[25], [75]]);
    const counts = [[10, 20]];
    const pops = [[100000, 200000]];
    expect(AT.BLOCK1(counts, pops, 1000)).toEqual([[500, 500]]);
  });

  it("take round ids in any case", () => {
    const table = [["Region", "Folkmängd", "Antal AT 2025", "Prognos"], ["Region Gotland", 61093, 13, "Ja"]];
    expect(AT.ROUND("AT-2025", table)).toEqual(AT.ROUND("at-2025", table));
  });

  it("take a pot computed by a formula as whole kronor (=160000000*0.07)", () => {
    const pot = 160000000 * 0.07;
    expect(pot).not.toBe(11200000);
    expect(AT.SHARE([[1], [1]], pot)).toEqual([[5600000], [5600000]]);
    expect(excelError(() => AT.SHARE([[1]], 10.5)).message).toBe("pot: 10.5 is not whole kronor");
  });

  it("read month headers that are dates (serial numbers) in a measure's range", async () => {
    const { XlsxPort } = await import("../../src/hosts/xlsx/xlsxPort");
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { rangeArg } = await import("../helpers/excelFunctions");
    const sheets = await new XlsxPort(readFileSync(path.join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx"))).read({ alsoSheets: [] });
    const [main, ...measures] = sheets;
    const table = rangeArg(main, 4, 0, 22, 8, "null");
    const asText = measures.map((m) => rangeArg(m, 2, 0, 22, 19, "null"));
    // The same months typed as dates: Excel hands the header cells over as serial numbers.
    const asDates = asText.map((m) => [m[0].map((v) => (typeof v === "string" && /^\d{4}-\d{2}$/.test(v) ? serialOf(`${v}-01`) : v)), ...m.slice(1)]);
    expect(asDates[0][0][1]).toBe(44958); // 2023-02-01
    expect(AT.ROUND("beds-2024", table, asDates)).toEqual(AT.ROUND("beds-2024", table, asText));
  });

  it("never see an error value: Excel shows the input's error and does not call the function", () => {
    let called = false;
    const spy = (w: unknown[][]) => ((called = true), AT.SHARE(w, 10));
    expect(callLikeExcel(spy, [[1], [{ error: "#N/A" }]])).toEqual({ error: "#N/A" });
    expect(called).toBe(false);
  });
});

describe("custom functions, one at a time", () => {
  it("AT.LADDER pays the highest step reached, not the sum", () => {
    expect(AT.LADDER(7)).toBe(10500000);
    expect(AT.LADDER(1)).toBe(0);
    expect(AT.LADDER(24)).toBe(30000000);
    expect(AT.LADDER(12, [[10], [20]], [[10000000], [20000000]])).toBe(10000000);
  });

  it("AT.PLANNED reads the planning table's text", () => {
    expect(AT.PLANNED("84–89")).toBe(86.5);
    expect(AT.PLANNED("46 (ev. 48)")).toBe(47);
    expect(AT.PLANNED("46 (ev. +)")).toBe(46);
    expect(AT.PLANNED(56)).toBe(56);
  });

  it("AT.SHARE splits a pot exactly by weights, ties by row order", () => {
    expect(AT.SHARE([[1], [1], [1]], 100)).toEqual([[34], [33], [33]]);
  });

  it.each([
    ["AT.PLANNED of I.U", () => AT.PLANNED("I.U"), /ingen uppgift/],
    ["a population missing in a row", () => AT.BLOCK1([[10], [5]], [[100000], [null as unknown as number]], 1000), /^row 2: population is empty$/],
    ["a count that is not a number", () => AT.BLOCK1([["tjugo"]], [[100000]], 1000), /^row 1: count "tjugo" is not a number$/],
    ["a negative count", () => AT.BLOCK1([[-3]], [[100000]], 1000), /^row 1: count is -3: a count cannot be negative$/],
    ["ranges of different sizes", () => AT.BLOCK1([[1], [2]], [[100000]], 1000), /^population has 1 cell but count has 2/],
    ["a pot of zero", () => AT.SHARE([[1]], 0), /^pot: 0 must be a positive amount$/],
    ["a pot with öre", () => AT.SHARE([[1]], 10.5), /^pot: 10\.5 is not whole kronor$/],
    ["steps out of order", () => AT.LADDER(5, [[5], [3]], [[1], [2]]), /step 2: threshold 3 is not above step 1's 5/],
    ["thresholds without amounts", () => AT.LADDER(5, [[5], [3]], [[1]]), /thresholds has 2 cells but amounts has 1/],
    ["a negative weight", () => AT.SHARE([[1], [-1]], 10), /row 2: weight -1 is negative/],
    ["an unknown round", () => AT.ROUND("at-1999", [["Region"]]), /unknown round "at-1999"/],
    ["a table with an unknown region", () => AT.ROUND("at-2024", [["Region", "Folkmängd", "Tillsatta", "Planerade"], ["Narnia", 100, 1, 1]]), /cell A2 of the table: "Narnia" is not a region/],
  ])("%s gives #VALUE! with a message, never a number", (_, call, message) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  it("give their messages in Swedish in a Swedish Office", () => {
    installRuntime("sv-SE");
    try {
      expect(excelError(() => AT.BLOCK1([[10], [5]], [[100000], [0]], 1000)).message).toBe("rad 2: folkmängd är tom");
      expect(excelError(() => AT.SHARE([[1]], 10.5)).message).toMatch(/^potten: .* är inte hela kronor$/);
    } finally {
      installRuntime("en-US");
    }
  });
});
