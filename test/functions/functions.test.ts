import { readCsv } from "../helpers/csv";
import { EXAMPLE, load, SHEET } from "../helpers/workbooks";
import { matchRegion } from "../../src/workbook/regions";

/** The runtime's CustomFunctions, as far as the functions use it. */
class ExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };

// Loaded after the stub, as the runtime would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AT = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** The calls Excel makes: a column is an n×1 array, and an empty cell arrives as 0. */
const col = (xs: unknown[]) => xs.map((x) => [x === null || x === undefined || x === "" ? 0 : x]);

function excelError(f: () => unknown): ExcelError {
  try {
    f();
  } catch (e) {
    if (e instanceof ExcelError) return e;
    throw e;
  }
  throw new Error("no Excel error was thrown");
}

describe("custom functions on the officer's 2024 table", () => {
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
    // The count is the larger of filled (D) and started (E); non-applicants have none.
    counts = col(rows.map((r) => Math.max(Number(r.getCell(4).value ?? 0), Number(r.getCell(5).value ?? 0))));
    planned = col(rows.map((r) => r.getCell(3).value));
    pops = col(rows.map((r) => r.getCell(2).value));
    table = Array.from({ length: 22 }, (_, i) => Array.from({ length: 10 }, (_, c) => ws.getCell(4 + i, c + 1).value ?? 0));
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

  it("allow blank rows inside the ranges and leave them blank", () => {
    const withBlank = [...counts.slice(0, 3), [0], ...counts.slice(3)];
    const popsBlank = [...pops.slice(0, 3), [0], ...pops.slice(3)];
    const out = AT.BLOCK1(withBlank as number[][], popsBlank as number[][], 63000000);
    expect(out[3]).toEqual([""]);
    expect(out.reduce((s, [v]) => s + (Number(v) || 0), 0)).toBe(63000000);
    const t = [...table.slice(0, 5), table[0].map(() => 0), ...table.slice(5)];
    expect(AT.ROUND("at-2024", t as number[][])).toHaveLength(22);
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
    expect(AT.SHARE([[1, 3]], 100)).toEqual([[25], [75]]);
  });

  it.each([
    ["AT.PLANNED of I.U", () => AT.PLANNED("I.U"), /ingen uppgift/],
    ["a population missing in a row", () => AT.BLOCK1([[10], [5]], [[100000], [0]], 1000), /^row 2: population is empty$/],
    ["a count that is not a number", () => AT.BLOCK1([["tjugo"]], [[100000]], 1000), /^row 1: count "tjugo" is not a number$/],
    ["a negative count", () => AT.BLOCK1([[-3]], [[100000]], 1000), /^row 1: count is -3: a count cannot be negative$/],
    ["ranges of different sizes", () => AT.BLOCK1([[1], [2]], [[100000]], 1000), /populations has 1 cells but counts has 2/],
    ["a pot of zero", () => AT.SHARE([[1]], 0), /^pot: 0 must be a positive amount$/],
    ["a pot with öre", () => AT.SHARE([[1]], 10.5), /^pot: 10\.5 is not whole kronor$/],
    ["steps out of order", () => AT.LADDER(5, [[5], [3]], [[1], [2]]), /step 2: threshold 3 is not above step 1's 5/],
    ["thresholds without amounts", () => AT.LADDER(5, [[5], [3]], [[1]]), /thresholds has 2 cells but amounts has 1/],
    ["a negative weight", () => AT.SHARE([[1], [-1]], 10), /row 2: weight -1 is negative/],
    ["an error value in a cell", () => AT.SHARE([[1], ["#N/A"]], 10), /row 2: weight holds the error #N\/A/],
    ["an unknown round", () => AT.ROUND("at-1999", [["Region"]]), /unknown round "at-1999"/],
    ["a table with an unknown region", () => AT.ROUND("at-2024", [["Region", "Folkmängd", "Tillsatta", "Planerade"], ["Narnia", 100, 1, 1]]), /cell A2 of the range: "Narnia" is not a region/],
  ])("%s gives #VALUE! with a message, never a number", (_, call, message) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });
});
