import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveRound } from "../../src/app/roundSource";
import { sum, ZERO } from "../../src/engine/rational";
import { render } from "../../src/messages/message";
import type { RoundFile } from "../../src/rounds/roundFile";
import type { CellValue, SheetSnapshot } from "../../src/workbook/sheet/cell";
import { prepareRound } from "../../src/workbook/write/prepareRound";
import { roundSheetRows } from "../../src/workbook/rules/roundSheet";
import { ROUND_SHEET } from "../../src/workbook/sheet/ownSheet";
import { mutate, mutations, readExample, type MutableSheet } from "./mutationLaw";

/**
 * The law for the sheet Fördela regler (issue 24): a random change to a good
 * sheet of rules is either refused, every problem at a cell of that sheet (or,
 * for a rule that cannot meet the table, at the table), or the round is
 * computed within its pot: each block pays at most its own, and the round its
 * pot exactly, less what it reports unallocated. A change is never ignored
 * without a word: a key the rules do not know, a value twice, is refused.
 */
const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const SUBJECTS = [
  { file: "tillganglighet-2025.json", book: "tillganglighet-2025-exempel.xlsx" },
  { file: "korta-vardkoerna-2025.json", book: "korta-vardkoerna-2025-exempel.xlsx" },
];

const keys = fc.constantFrom<CellValue>("pot", "blocks.1.pot", "blocks.2.pot", "blocks.1.Cap.amount", "blocks.2.leftovr", "blocks.1.amount", "blocks.1.group", "blocks.2.weight", "blocks.2.cap.share", "blocks.2.pots.1.leftover.n", "blocks.3.kind", "goodLevel", "columns.1.id", "Parameter", "anteckning");
const values = fc.oneof(
  fc.integer({ min: -5, max: 6_000_000_000 }),
  fc.constantFrom<CellValue>("rest", "100 000 000", "5 886 500 000", "1,5", "-3", "", null, "population", "equal", "need", "needHip", "Ja", "Nej", "all", "Stockholm, Upsala", "01, 03", "fixed", "proportional", "ladder", "top", 0, 21, 30, 2.5, "Fast belopp", { error: "#REF!" }),
);

function rulesSheet(definition: RoundFile): SheetSnapshot {
  return { name: ROUND_SHEET, values: roundSheetRows(definition) as CellValue[][] } as SheetSnapshot;
}

describe("a random change to the sheet Fördela regler", () => {
  jest.setTimeout(60_000);

  it.each(SUBJECTS.map((s) => [s.file, s]))("%s: is refused at a cell, or computed within the round's pot", async (_, s) => {
    const definition = JSON.parse(readFileSync(path.join(EXAMPLES, s.file), "utf8")) as RoundFile;
    const book = [rulesSheet(definition), ...(await readExample(path.join(EXAMPLES, s.book)))];
    const rows = book[0].values.length;
    const sheet: MutableSheet = { name: ROUND_SHEET, rows: rows + 2, cols: 2, values: fc.oneof({ weight: 3, arbitrary: values }, { weight: 1, arbitrary: keys }) };
    const seen = { refused: 0, computed: 0 };
    fc.assert(
      fc.property(mutations([sheet]), (m) => {
        const sheets = mutate(book, m);
        const resolved = resolveRound({ workbook: true }, sheets);
        if (!resolved.ok) {
          seen.refused++;
          for (const e of resolved.errors) expect({ address: e.address, message: render(e, "en") }).toEqual({ address: expect.stringMatching(/^'Fördela regler'!/), message: expect.not.stringMatching(/\{\w+\}/) });
          return;
        }
        const out = prepareRound({ sheets }, { round: resolved.round, definition: resolved.definition, date: "2026-12-06", version: "property" });
        if (!out.ok) {
          seen.refused++;
          for (const e of out.errors) expect(e.address).toMatch(/!/);
          return;
        }
        seen.computed++;
        const result = out.result;
        const pot = resolved.round.pot ?? sum(resolved.round.blocks.map((b) => b.pot));
        let unallocated = ZERO;
        for (const b of result.blocks) {
          expect(b.allocated.lte(b.pot)).toBe(true);
          unallocated = unallocated.plus(b.unallocated);
        }
        expect(result.totals.total.plus(unallocated).toString()).toBe(pot.toString());
      }),
      { numRuns: 300 },
    );
    expect(seen.refused).toBeGreaterThan(30);
    expect(seen.computed).toBeGreaterThan(30);
  });
});
