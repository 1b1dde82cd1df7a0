import { FormulaInputs } from "../../src/hosts/xlsx/formulaInputs";
import { parseSheetXml } from "../../src/hosts/xlsx/sheetXml";
import { staleResults } from "../../src/hosts/xlsx/staleResults";

/** A sheet of `count` formulas in column B (row k+1 holding formula(k)), values in column A. */
function sheet(count: number, formula: (k: number) => string): string {
  const rows: string[] = [];
  for (let k = 0; k < count; k++) rows.push(`<row r="${k + 1}"><c r="A${k + 1}"><v>${k}</v></c><c r="B${k + 1}"><f>${formula(k)}</f><v>${k}</v></c></row>`);
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** How many stored results a write of the cells `written` (row, col) removes, and how long the pass took (printed, never asserted). */
function pass(label: string, xml: string, written: [number, number][]): number {
  const parsed = parseSheetXml(xml, "sheet1.xml");
  const t = process.hrtime.bigint();
  const { edits } = staleResults([{ name: "Blad", xml: parsed }], new FormulaInputs(["Blad"], [], []), new Map([["Blad", new Set(written.map(([r, c]) => `${r}:${c}`))]]));
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const removed = (edits.get("Blad") ?? []).length;
  process.stdout.write(`stale-result pass, ${label}: ${ms.toFixed(0)} ms, ${removed} results removed\n`);
  return removed;
}

describe("the stale-result pass is linear in the formulas (times printed)", () => {
  it("a chain of 1 000 formulas (B2 = B1 + 1 …)", () => {
    expect(pass("chain of 1 000", sheet(1000, (k) => (k === 0 ? "A1+1" : `B${k}+1`)), [[0, 0]])).toBe(1000);
  });

  it("a chain of 100 000 formulas", () => {
    expect(pass("chain of 100 000", sheet(100_000, (k) => (k === 0 ? "A1+1" : `B${k}+1`)), [[0, 0]])).toBe(100_000);
  });

  it("10 000 formulas each summing a growing range (SUM($A$1:A1) …), written at the top and at the bottom", () => {
    const xml = sheet(10_000, (k) => `SUM($A$1:A${k + 1})`);
    expect(pass("10 000 growing ranges, top written", xml, [[0, 0]])).toBe(10_000);
    expect(pass("10 000 growing ranges, bottom written", xml, [[9999, 0]])).toBe(1);
  });

  it("10 000 formulas reading a whole column, and 10 000 that read none of the written cells", () => {
    expect(pass("10 000 whole-column references", sheet(10_000, () => "SUM(A:A)"), [[5, 0]])).toBe(10_000);
    expect(pass("10 000 unrelated formulas", sheet(10_000, (k) => `C${k + 1}*2`), [[5, 0]])).toBe(0);
  });

  it("2 000 array formulas over the rest of the sheet (overlapping, as only a hostile file has them), each reading the written cell", () => {
    const rows: string[] = [];
    for (let k = 0; k < 2000; k++) rows.push(`<row r="${k + 1}"><c r="A${k + 1}"><v>${k}</v></c><c r="B${k + 1}"><f t="array" ref="B${k + 1}:XFD1048576">$A$1*2</f><v>0</v></c><c r="C${k + 1}"><v>${k}</v></c></row>`);
    // Each anchor and each value cell of column C (inside the ranges) loses its stored result; column A is written or left of them.
    expect(pass("2 000 overlapping whole-sheet arrays", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`, [[0, 0]])).toBe(4000);
  });
});
