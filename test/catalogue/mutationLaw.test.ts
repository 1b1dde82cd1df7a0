import { ONE } from "../../src/engine/rational";
import type { CellValue, SheetSnapshot } from "../../src/workbook/sheet/cell";
import { judge, namesCell, readExample, run, type Mutation } from "./mutationLaw";
import { at2024, beds2024 } from "./mutationSubjects";

/** The law's judge itself: each verdict reachable, and a silent change caught. */

describe("a text names a cell", () => {
  it("by its address or inside a range, on its own sheet only", () => {
    expect(namesCell("'Fördelning 2024'!B5: not a number", "Fördelning 2024", 4, 1)).toBe(true);
    expect(namesCell("Overcrowding: the monthly values in 'Överbeläggningar'!B4:S4", "Överbeläggningar", 3, 10)).toBe(true);
    expect(namesCell("Outplacement: the monthly values in Utlokaliseringar!B6:S6", "Utlokaliseringar", 5, 18)).toBe(true);
    expect(namesCell("Outplacement: the monthly values in Utlokaliseringar!B6:S6", "Utlokaliseringar", 5, 0)).toBe(false);
    expect(namesCell("'Överbeläggningar'!B4:S4", "Utlokaliseringar", 3, 10)).toBe(false);
    expect(namesCell("'Fördelning 2024'!B50", "Fördelning 2024", 4, 1)).toBe(false);
  });
});

describe("the judge of one mutation", () => {
  let book: SheetSnapshot[];
  beforeAll(async () => void (book = await readExample(at2024.example)));
  const good = () => {
    const p = run(at2024, book);
    if (!p.ok) throw new Error("the bundled workbook must compute");
    return p;
  };
  const set = (row: number, col: number, value: CellValue): Mutation => ({ kind: "set", sheet: "Fördelning 2024", row, col, value });

  it("sees the same amounts for a change to a note", () => expect(judge(at2024, book, good(), set(27, 0, "Anteckning"))).toBe("same"));

  it("sees a population changed as told: Stockholm's inputs name it", () => expect(judge(at2024, book, good(), set(4, 1, 2_500_000))).toBe("told"));

  it("sees a word in a count refused with its cell", () => expect(judge(at2024, book, good(), set(4, 3, "tjugo"))).toBe("refused"));

  it("calls amounts that move with nothing told a violation", () => {
    const g = good();
    // Stockholm's amounts as if they had been read otherwise, without a word in its notes or a warning.
    // (A region's explanation is built on reading, by its class: the copy keeps it.)
    const other = (r: (typeof g.result.regions)[number]) => Object.assign(Object.create(Object.getPrototypeOf(r) as object) as typeof r, r, { amounts: { ...r.amounts, block1: ONE } });
    const moved = { ...g, result: { ...g.result, regions: g.result.regions.map((r) => (r.code === "01" ? other(r) : r)) } };
    expect(judge(at2024, book, moved, set(4, 1, 2_455_914))).toEqual({ violation: expect.stringMatching(/^amounts of 01 changed without a word/) });
  });

  it("on a measure sheet, sees a monthly value changed as told: the region's explanation names the cell and shows the figure", async () => {
    const beds = await readExample(beds2024.example);
    const g = run(beds2024, beds);
    if (!g.ok) throw new Error("the bundled workbook must compute");
    // Stockholm's overcrowding in February 2024, from 2.8 to 1: now among the lowest that month.
    expect(judge(beds2024, beds, g, { kind: "set", sheet: "Överbeläggningar", row: 3, col: 10, value: 1 })).toBe("told");
  });
});
