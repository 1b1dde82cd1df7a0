import fc from "fast-check";
import { CATALOG, type CatalogEntry } from "../../src/messages/catalog";
import { render, type Msg } from "../../src/messages/message";
import { sum } from "../../src/engine/rational";
import { preset, presetFiles } from "../../src/rounds/presets";
import type { CellValue, SheetSnapshot } from "../../src/workbook/sheet/cell";
import { prepareRound } from "../../src/workbook/write/prepareRound";
import { REGIONS } from "../../src/workbook/values/regions";

const HEADERS = ["Region", "Län", "Folkmängd", "Befolkning", "Planerade AT", "Tillsatta", "Påbörjade", "Antal AT", "Ansökt", "Prognos", "God nivå", "Block 1", "Totalt", "Utökning", "Överbeläggningar feb 2024", "Överbeläggningar 2023-02", "Anteckning", "", null];

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("I.U", "84–89", "46 (ev. 48)", "46 (ev. +)", "Ja", "Nej", "x", "2 455 914", "1,234", "86,5", "−3", "Summa", "=SUM(A1)", "#N/A", "tjugo"),
  fc.constantFrom(...REGIONS.flatMap((r) => [r.name, r.officialName, ...r.aliases])),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e7, max: 1e7 }) },
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }) },
);

const MONTHS = ["02", "03", "04", "05", "06", "07", "08", "09", "10"].flatMap((m) => ["2023", "2024"].map((y) => `${y}-${m}`));
const COLUMNS = ["Region", "Folkmängd", "Planerade AT", "Tillsatta", "Påbörjade", "Ansökt", "Prognos", "God nivå", ...["Överbeläggningar", "Utlokaliseringar"].flatMap((m) => MONTHS.map((ym) => `${m} ${ym}`))];

/** A valid table for every preset (region rows in any order), then random cells written over it. */
const mutatedTable = fc
  .record({
    regions: fc.shuffledSubarray([...REGIONS], { minLength: 1 }),
    values: fc.array(
      fc.record({
        pop: fc.integer({ min: 60_000, max: 2_500_000 }),
        // Posts per 100 000 inhabitants as regions have them (12–23 in 2024), plan and count near each other.
        rate: fc.integer({ min: 10, max: 30 }),
        planned: fc.integer({ min: 80, max: 120 }),
        filled: fc.integer({ min: 80, max: 120 }),
        started: fc.integer({ min: 80, max: 120 }),
        applied: fc.constantFrom("Ja", "Ja", "Ja", "Nej"),
        forecast: fc.constantFrom("Ja", "Nej"),
        good: fc.constantFrom("Ja", "Nej"),
        months: fc.array(fc.option(fc.integer({ min: 0, max: 90 }).map((n) => n / 10), { nil: null }), { minLength: MONTHS.length * 2, maxLength: MONTHS.length * 2 }),
      }),
      { minLength: 21, maxLength: 21 },
    ),
    mutations: fc.array(fc.record({ row: fc.nat(25), col: fc.nat(COLUMNS.length + 1), value: cell }), { maxLength: 4 }),
    sumRow: fc.boolean(),
  })
  .map(({ regions, values, mutations, sumRow }): SheetSnapshot => {
    const rows: CellValue[][] = regions.map((r, i) => {
      const v = values[i];
      const posts = (pct: number) => Math.round((v.pop * v.rate * pct) / 100 / 100_000);
      const counted = v.applied === "Ja";
      return [r.officialName, v.pop, posts(v.planned), counted ? posts(v.filled) : null, counted ? posts(v.started) : null, v.applied, v.forecast, v.good, ...v.months];
    });
    const grid: CellValue[][] = [["Titel"], [], COLUMNS, ...rows, ...(sumRow ? [["Summa"]] : [])];
    for (const m of mutations) {
      const r = 3 + (m.row % Math.max(1, rows.length));
      (grid[r] ??= [])[m.col] = m.value;
    }
    return { name: "Blad", values: grid };
  });

/** The placeholders of a message's texts, in every language and host, that its parameters leave empty. */
function unfilled(m: Msg): string[] {
  const entry: CatalogEntry = CATALOG[m.code as keyof typeof CATALOG];
  const texts = "cli" in entry ? [entry.cli, entry.ui] : [entry];
  const names = texts.flatMap((t) => [...`${t.sv} ${t.en}`.matchAll(/\{(\w+)\}/g)].map((x) => x[1]));
  return [...new Set(names)].filter((k) => !(k in m.params));
}

/** Anything at all: title rows, a header of known and unknown headers, rows of anything. */
const randomSheet = fc
  .record({
    lead: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
    header: fc.shuffledSubarray(HEADERS, { minLength: 1 }),
    rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }),
  })
  .map(({ lead, header, rows }): SheetSnapshot => ({ name: "Blad", values: [...lead, header as CellValue[], ...rows] }));

const sheetArb = fc.oneof({ weight: 4, arbitrary: mutatedTable }, { weight: 1, arbitrary: randomSheet });

describe("fuzz: random cells and tables through the workbook logic", () => {
  it("never throws; either every block sums exactly or the errors name cells", () => {
    const seen = { computed: 0, refused: 0 };
    fc.assert(
      fc.property(sheetArb, fc.constantFrom("at-2024", "at-2022", "at-2025", "beds-2024"), (sheet, id) => {
        const round = preset(id)!;
        const out = prepareRound({ sheets: [sheet] }, { round, definition: presetFiles[id], date: "2026-11-24", version: "fuzz" });
        if (!out.ok) {
          seen.refused++;
          expect(out.errors.length).toBeGreaterThan(0);
          // Every placeholder of the message filled (a cell may itself hold "{0}": its text is quoted, not a placeholder).
          for (const e of out.errors) expect([typeof e.address, render(e, "sv").length > 0, render(e, "en").length > 0, unfilled(e)]).toEqual(["string", true, true, []]);
          return;
        }
        seen.computed++;
        for (const b of out.result.blocks) {
          expect(sum(out.result.regions.map((r) => r.amounts[b.id])).eq(b.allocated)).toBe(true);
          expect(b.allocated.plus(b.unallocated).eq(b.pot)).toBe(true);
        }
        for (const r of out.result.regions) for (const a of Object.values(r.amounts)) expect(a.isNegative()).toBe(false);
        for (const w of out.plan.cells) expect(typeof w.value === "number" ? Number.isFinite(w.value) : true).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // The generator must reach both ends: many computed rounds and many refusals (about 3 in 10 compute since every
    // round is read as strictly as AT 2024: a yes/no column's marks, a header over figures, the table's year).
    expect(seen.computed).toBeGreaterThan(200);
    expect(seen.refused).toBeGreaterThan(100);
  });
});
