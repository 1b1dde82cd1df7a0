/* The stale-result pass of an .xlsx write (issue 28: it was cubic in a formula chain, 47 s for 1 000 formulas): now one pass over an index. */
import { FormulaInputs } from "../src/hosts/xlsx/formulaInputs";
import { parseSheetXml } from "../src/hosts/xlsx/sheetXml";
import { staleResults } from "../src/hosts/xlsx/staleResults";
import { record } from "./results";
import { medianMs } from "./timing";

function sheetOf(count: number, formula: (k: number) => string) {
  const rows: string[] = [];
  for (let k = 0; k < count; k++) rows.push(`<row r="${k + 1}"><c r="A${k + 1}"><v>${k}</v></c><c r="B${k + 1}"><f>${formula(k)}</f><v>${k}</v></c></row>`);
  return parseSheetXml(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`, "sheet1.xml");
}

export function staleFigures(): void {
  const inputs = () => new FormulaInputs(["Blad"], [], []);
  const cases: [string, string, number, (k: number) => string][] = [
    ["xlsx.stale.chain1k", "a chain of 1 000 formulas (B2 = B1 + 1 …), the first cell written", 1000, (k) => (k === 0 ? "A1+1" : `B${k}+1`)],
    ["xlsx.stale.chain100k", "a chain of 100 000 formulas, the first cell written", 100_000, (k) => (k === 0 ? "A1+1" : `B${k}+1`)],
    ["xlsx.stale.growing10k", "10 000 formulas SUM($A$1:Ak), A1 written", 10_000, (k) => `SUM($A$1:A${k + 1})`],
    ["xlsx.stale.column10k", "10 000 formulas SUM(A:A), A6 written", 10_000, () => "SUM(A:A)"],
  ];
  for (const [id, measure, count, formula] of cases) {
    const xml = sheetOf(count, formula);
    const ms = medianMs(() => staleResults([{ name: "Blad", xml }], inputs(), new Map([["Blad", new Set(["0:0", "5:0"])]])), 5, 1);
    record({ id, area: "Workbook file", measure: `stale-result pass: ${measure}`, median: ms, unit: "ms" });
  }
}
