/**
 * Every argument a cell can give is declared `any` (a range `any[][]`), so
 * what Excel hands over reaches the same readers in every function: a header
 * row above thresholds and amounts is skipped as above counts, a pot or a unit
 * typed as text ("63 000 000", which Excel keeps as text) is read as a cell is,
 * and a text that is no number is refused with its line. The metadata is
 * checked in test/addin/build.test.ts.
 */
import fc from "fast-check";
import { excelError, installRuntime } from "../helpers/excelFunctions";

installRuntime("en-US");

const AT = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const counts = [[10], [20], [5]];
const pops = [[100000], [200000], [50000]];

describe("thresholds and amounts (any[][])", () => {
  const t = [[2], [5], [10]];
  const a = [[100], [200], [300]];

  it("skip a header row as every range does, in AT.LADDER and AT.BLOCK2 alike", () => {
    const withHeader = (label: string, xs: unknown[][]) => [[label], ...xs];
    for (const inc of [1, 2, 4, 5, 9, 10, 40]) expect(AT.LADDER(inc, withHeader("Tröskel", t), withHeader("Belopp", a))).toBe(AT.LADDER(inc, t, a));
    const planned = [[8], [10], [5]];
    expect(AT.BLOCK2(counts, planned, pops, 1000, withHeader("Tröskel", t), withHeader("Belopp", a))).toEqual(AT.BLOCK2(counts, planned, pops, 1000, t, a));
  });

  it("read numbers typed as text, in Swedish or English form", () => {
    expect(AT.LADDER(12, [["10"], ["20"]], [["10 000 000"], ["20,000,000"]])).toBe(10000000);
  });

  it("refuse a text further down with its line, the header counted", () => {
    expect(excelError(() => AT.LADDER(5, [[2], ["fem"], [10]], a)).message).toBe('row 2: threshold "fem" is not a number');
    expect(excelError(() => AT.LADDER(5, [["Tröskel"], [2], ["fem"], [10]], [["Belopp"], ...a])).message).toBe('row 3: threshold "fem" is not a number');
    expect(excelError(() => AT.LADDER(5, [["Tröskel"], [2], [5], [10]], [["Belopp"], [100], ["mycket"], [300]])).message).toBe('row 3: amount "mycket" is not a number');
  });

  it("take a header only over both: over one alone its lines outnumber the other's", () => {
    expect(excelError(() => AT.LADDER(5, [["Tröskel"], ...t], a)).message).toBe("thresholds has 4 cells but amounts has 3");
  });
});

describe("a pot or a unit as text (any)", () => {
  it("reads a pot typed with spaces or thousands separators as the number", () => {
    expect(AT.SHARE([[1], [1]], "1 000")).toEqual(AT.SHARE([[1], [1]], 1000));
    expect(AT.BLOCK1(counts, pops, "63 000 000")).toEqual(AT.BLOCK1(counts, pops, 63000000));
    expect(AT.BLOCK2(counts, [[8], [10], [5]], pops, "160,000,000")).toEqual(AT.BLOCK2(counts, [[8], [10], [5]], pops, 160000000));
  });

  it("refuses a pot that is empty, text that is no number, or öre", () => {
    expect(excelError(() => AT.SHARE([[1]], null)).message).toBe("the pot is empty");
    expect(excelError(() => AT.SHARE([[1]], "  ")).message).toBe("the pot is empty");
    expect(excelError(() => AT.SHARE([[1]], "sextio miljoner")).message).toBe('pot: "sextio miljoner" is not a number');
    expect(excelError(() => AT.SHARE([[1]], "10,5")).message).toBe("pot: 10.5 is not whole kronor");
  });

  it("reads a unit typed as text, as the README promises (\"1 000\")", () => {
    expect(AT.SHARE([[1], [1], [1]], 1000000, "uppåt", "1 000")).toEqual([[334000], [333000], [333000]]);
  });

  it("reads an increase typed as text in AT.LADDER", () => {
    expect(AT.LADDER("7")).toBe(AT.LADDER(7));
  });

  it("gives the same amounts for any whole pot, as a number or as Swedish text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (pot) => {
        const swedish = pot.toLocaleString("en-US").replace(/,/g, " ");
        expect(AT.SHARE([[1], [2], [3]], swedish)).toEqual(AT.SHARE([[1], [2], [3]], pot));
      }),
      { numRuns: 50 },
    );
  });
});
