import fc from "fast-check";
import { readFileSync } from "node:fs";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { render, renderNotice } from "../../src/messages/message";
import { preset, presetFiles } from "../../src/rounds/presets";
import { cellAddress, type CellValue, type SheetSnapshot } from "../../src/workbook/cell";
import { prepareRound, type Prepared } from "../../src/workbook/prepareRound";
import { EXAMPLE } from "../helpers/workbooks";

/**
 * The law of issue 11: a random change to a good workbook either leaves every
 * amount as it was, or changes an input the reader reports (in a region's
 * explanation of its inputs, or in a warning naming the cell), or is refused
 * with a cell. Never different amounts without a word.
 */
const ROUND = preset("at-2024")!;
const run = (sheets: SheetSnapshot[]) => prepareRound({ sheets }, { round: ROUND, definition: presetFiles["at-2024"], date: "2026-11-24", version: "property" });

const values: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -5, max: 400 }),
  fc.integer({ min: 50_000, max: 2_600_000 }),
  fc.constantFrom(null, "", "–", "-", "Ja", "Nej", "x", "I.U", "84–89", "46 (ev. 48)", "2 455 914", "1,234", "86,5", "−3", "Summa", "Riket", "Anteckning", "tjugo", "\u200b", "Region Gotland", "01 Stockholms län", "Region Uppsala*", "Folkmängd 1 nov 2024", "Tillsatta AT 2023", "Befolkning"),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#NOT-COMPUTED" }, true, false, 12.5),
);

type Mutation = { kind: "set"; row: number; col: number; value: CellValue } | { kind: "insert"; row: number; value: CellValue } | { kind: "delete"; row: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("set" as const), row: fc.integer({ min: 0, max: 29 }), col: fc.integer({ min: 0, max: 11 }), value: values }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert" as const), row: fc.integer({ min: 0, max: 28 }), value: values }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), row: fc.integer({ min: 0, max: 28 }) }) },
);

function mutate(sheet: SheetSnapshot, m: Mutation): SheetSnapshot {
  const rows = sheet.values.map((r) => [...(r ?? [])]);
  if (m.kind === "set") (rows[m.row] ??= [])[m.col] = m.value;
  if (m.kind === "insert") rows.splice(m.row, 0, [m.value]);
  if (m.kind === "delete") rows.splice(m.row, 1);
  // The stored formulas and merges follow the values only for a change in place.
  return { ...sheet, values: rows, formulas: m.kind === "set" ? sheet.formulas : undefined, merges: m.kind === "set" ? sheet.merges : [] };
}

function amounts(p: Extract<Prepared, { ok: true }>): Map<string, string> {
  return new Map(p.result.regions.map((r) => [r.code, JSON.stringify(Object.values(r.amounts).map(String))]));
}

describe("a random change to the officer's workbook", () => {
  const sheets = new XlsxPort(readFileSync(EXAMPLE)).read({ alsoSheets: [] }) as unknown as Promise<SheetSnapshot[]>;

  it("gives the same amounts, or is reported where the amounts change, or is refused with a cell", async () => {
    const book = await sheets;
    const good = run(book);
    if (!good.ok) throw new Error("the bundled workbook must compute");
    const before = amounts(good);
    const seen = { same: 0, reported: 0, refused: 0 };
    fc.assert(
      fc.property(mutation, (m) => {
        const sheet = mutate(book[0], m);
        const out = run([sheet, ...book.slice(1)]);
        if (!out.ok) {
          seen.refused++;
          for (const e of out.errors) expect(e.address).toMatch(/!|^'|^[\w ]+$/);
          return;
        }
        const after = amounts(out);
        const changed = [...before.keys()].filter((code) => after.get(code) !== before.get(code));
        if (changed.length === 0 && after.size === before.size) return void seen.same++;
        seen.reported++;
        const notes = (p: Extract<Prepared, { ok: true }>, code: string) => (p.regions.find((r) => r.input.code === code)?.notes ?? []).map((n) => render(n, "en")).join("; ");
        const warned = out.warnings.map((w) => renderNotice(w, "en")).join("\n");
        if (m.kind === "set") {
          // Some region reads differently, in its explanation of its inputs (values and cells), or a warning names the changed cell.
          const address = cellAddress(sheet.name, m.row, m.col);
          const told = out.regions.some((r) => notes(out, r.input.code) !== notes(good, r.input.code)) || warned.includes(address);
          expect({ changed, address, told }).toEqual({ changed, address, told: true });
        } else {
          // A row inserted or removed: a region missing, or a row skipped, is said.
          expect(out.warnings.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
    // The generator reaches all three outcomes.
    expect(seen.same).toBeGreaterThan(100);
    expect(seen.reported).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(100);
  });
});
