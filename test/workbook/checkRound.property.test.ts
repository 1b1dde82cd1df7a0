import fc from "fast-check";
import { readFileSync } from "node:fs";
import { previewRound } from "../../src/app/roundFlow";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { checkRound, differing, unfilled } from "../../src/workbook/check/checkRound";
import type { CellValue, SheetSnapshot } from "../../src/workbook/sheet/cell";
import { EXAMPLE } from "../helpers/workbooks";

/** What an officer may have in an allocation cell instead of Fördela's amount. */
type Edit = "keep" | "empty" | "spaces" | "dash" | "word" | { off: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom<Edit>("keep", "empty", "spaces", "dash", "word"),
  fc.integer({ min: -5000, max: 5000 }).filter((n) => n !== 0).map((off) => ({ off })),
);

describe("Granska's counting: an empty cell is not filled in, never a differing figure", () => {
  let base: { sheet: SheetSnapshot; cells: { row: number; col: number; fordela: number }[]; check: (s: SheetSnapshot) => ReturnType<typeof checkRound> };
  beforeAll(async () => {
    const p = await previewRound(new XlsxPort(readFileSync(EXAMPLE)), { source: { preset: "at-2024" }, date: "", version: "" });
    if (!p.ok) throw new Error("the example does not compute");
    const sheet = p.sheets.find((s) => s.name === p.table.sheet)!;
    const columns = p.plan.columns.filter((c) => c.output !== "increase");
    const cells = columns.flatMap((c) =>
      p.regions.map((read, i) => {
        const r = p.result.regions[i];
        return { row: read.row, col: c.col, fordela: (c.output === "total" ? r.total : r.amounts[c.output.slice("block:".length)]).toNumber() };
      }),
    );
    base = { sheet, cells, check: (s) => checkRound(s, p.plan, p.result, p.regions) };
  });

  it("counts exactly the emptied cells where Fördela has an amount as not filled in, and every other change as differing", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 63, maxLength: 63 }), (edits) => {
        const values: CellValue[][] = base.sheet.values.map((row) => [...row]);
        let wantUnfilled = 0;
        let wantDiffering = 0;
        base.cells.forEach((c, i) => {
          const e = edits[i];
          const set = (v: CellValue) => ((values[c.row] ??= [])[c.col] = v);
          if (e === "keep") set(c.fordela);
          else if (e === "empty" || e === "spaces") {
            set(e === "empty" ? null : "   ");
            if (c.fordela !== 0) wantUnfilled++;
          } else if (e === "dash") {
            // "–" says nothing is paid: it agrees with nothing and differs from an amount.
            set("–");
            if (c.fordela !== 0) wantDiffering++;
          } else if (e === "word") {
            set("saknas");
            wantDiffering++;
          } else {
            set(c.fordela + e.off);
            wantDiffering++;
          }
        });
        const check = base.check({ ...base.sheet, values, formulas: undefined });
        expect(check.checked).toBe(63);
        expect(unfilled(check)).toHaveLength(wantUnfilled);
        expect(differing(check)).toHaveLength(wantDiffering);
        for (const d of unfilled(check)) expect([d.workbook, d.shown, d.difference, d.fordela.isZero()]).toEqual([null, "", null, false]);
        for (const d of differing(check)) expect(d.unfilled).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
