// The page's thread gets only the sheets that decide a read (src/web/decidingSheets.ts): the
// flow on those must give exactly the preview the whole workbook gives, errors and all.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReadRequest, WorkbookPort } from "../../src/app/port";
import { previewKey } from "../../src/app/previewKey";
import { previewRound, type FlowRequest, type Preview } from "../../src/app/roundFlow";
import { roundFileSource, type RoundSource } from "../../src/app/roundSource";
import { suggestRound } from "../../src/app/suggestRound";
import { Rational } from "../../src/engine/rational";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { presetIds } from "../../src/rounds/presets";
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";
import { Controller } from "../../src/ui/controller";
import { decidingSheets } from "../../src/web/decidingSheets";
import { sameOutcome } from "../../src/web/sameOutcome";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const sheetsOf = (file: string) => new XlsxPort(readFileSync(path.join(EXAMPLES, file))).read({ alsoSheets: [] });

/** The whole workbook, as the .xlsx host reads it, and the page's port: only the deciding sheets, with what it was handed. */
function ports(all: SheetSnapshot[]) {
  const handed: string[][] = [];
  const whole: WorkbookPort = { read: async () => all, write: async () => undefined };
  const page: WorkbookPort = {
    read: async (r: ReadRequest) => {
      const some = await decidingSheets(all, r);
      handed.push(some.map((s) => s.name));
      return some;
    },
    write: async () => undefined,
  };
  return { whole, page, handed };
}

const shown = (p: Preview) => ({ ...p, sheets: undefined });

/** The page's start and preview, against the same on every sheet. */
async function expectSame(all: SheetSnapshot[], req: Omit<FlowRequest, "date" | "version">): Promise<string[][]> {
  const { whole, page, handed } = ports(all);
  const flow = { ...req, date: "2026-12-06", version: "fordela test" };
  const mine = await previewRound(page, flow);
  const truth = await previewRound(whole, flow);
  // Readable first: the errors, warnings and amounts; then everything, explanations included.
  expect([mine.ok ? [] : mine.errors, mine.warnings, previewKey(mine)]).toEqual([truth.ok ? [] : truth.errors, truth.warnings, previewKey(truth)]);
  expect(sameOutcome(shown(mine), shown(truth), truth.ok ? truth.regions.map((_, i) => i) : [])).toBe(true);
  return handed;
}

/** A sheet of officer's notes: words and figures, no table of regions. */
function notes(name: string, rows: number): SheetSnapshot {
  return { name, values: [["Anteckningar"], ...Array.from({ length: rows }, (_, r) => [`ärende ${r} remiss bedömning`, `KOD${r}`, r * 1.25, r])] };
}

const renamed = (s: SheetSnapshot, name: string): SheetSnapshot => ({ ...s, name, values: s.values.map((r) => [...r]) });

describe("the sheets the worker hands the page", () => {
  const examples: [string, () => Promise<RoundSource>][] = [
    ["at-2022-exempel.xlsx", async () => ({ preset: "at-2022" })],
    ["at-2024-handlaggning.xlsx", async () => ({ preset: "at-2024" })],
    ["at-2025-exempel.xlsx", async () => ({ preset: "at-2025" })],
    ["beds-2024-exempel.xlsx", async () => ({ preset: "beds-2024" })],
    ["korta-vardkoerna-2025-exempel.xlsx", async () => roundFileSource("korta-vardkoerna-2025.json", readFileSync(path.join(EXAMPLES, "korta-vardkoerna-2025.json"), "utf8")) as RoundSource],
    ["tillganglighet-2025-exempel.xlsx", async () => roundFileSource("tillganglighet-2025.json", readFileSync(path.join(EXAMPLES, "tillganglighet-2025.json"), "utf8")) as RoundSource],
  ];

  it.each(examples)("give the bundled %s the same preview for their round (with and without the decision's tables) and for every preset", async (file, source) => {
    const all = await sheetsOf(file);
    const suggested = suggestRound(all);
    for (const src of [await source(), ...(suggested ? [suggested] : [])]) {
      for (const tables of [false, true]) await expectSame(all, { source: src, tables, lang: "en" });
    }
    // Every preset too: the wrong year or columns must be said the same way.
    for (const id of presetIds()) await expectSame(all, { source: { preset: id } });
  });

  it("are none for choosing the round: the page's start asks the worker which round, and reads only for the preview", async () => {
    const all = [notes("Anteckningar", 2000), ...(await sheetsOf("at-2024-handlaggning.xlsx"))];
    const { page, handed } = ports(all);
    const asked: ReadRequest[] = [];
    const port: WorkbookPort = { ...page, suggestRound: async () => suggestRound(all), read: (r) => (asked.push(r), page.read(r)) };
    const controller = new Controller({ port, store: { load: () => ({}), save: () => undefined }, version: "fordela test" });
    await controller.start();
    expect(controller.state.source).toEqual({ preset: "at-2024" });
    expect(asked.every((r) => r.purpose !== undefined)).toBe(true);
    expect(handed.flat()).not.toContain("Anteckningar");
    expect(controller.state.preview?.ok).toBe(true);
  });

  it("leave out the notes, and give the same when the table's own sheet is full of notes", async () => {
    const at = await sheetsOf("at-2024-handlaggning.xlsx");
    const table = at.find((s) => s.name === "Fördelning 2024")!;
    // The table, then 3 000 rows of notes below it on the same sheet.
    const heavy = { ...renamed(table, table.name), values: [...table.values.map((r) => [...r]), [], [], ...notes("x", 3000).values] };
    const all = [...at.filter((s) => s !== table), notes("Anteckningar 1", 3000), heavy, notes("Anteckningar 2", 3000)];
    const handed = await expectSame(all, { source: { preset: "at-2024" } });
    for (const names of handed) expect(names).not.toContain("Anteckningar 1");
    expect(handed.at(-1)).toContain(table.name);
    await expectSame(all, { source: { preset: "at-2024" }, sheet: table.name, tables: true });
  });

  it("hand over every candidate when two sheets hold the round's table, and give the same ambiguity", async () => {
    const at = await sheetsOf("at-2024-handlaggning.xlsx");
    const table = at.find((s) => s.name === "Fördelning 2024")!;
    const all = [notes("Anteckningar", 500), ...at, renamed(table, "Kopia av fördelning")];
    const truth = await previewRound({ read: async () => all, write: async () => undefined }, { source: { preset: "at-2024" }, date: "", version: "" });
    const handed = await expectSame(all, { source: { preset: "at-2024" } });
    // Both tables reach the page whatever the flow concluded from them.
    expect(handed.at(-1)).toEqual(expect.arrayContaining([table.name, "Kopia av fördelning"]));
    expect(truth.ok ? "" : truth.errors.map((e) => e.code).join()).toMatch(/./);
  });

  it("give the same preview for any mix of tables, damaged tables and notes, in any order, with any sheet asked for", async () => {
    const at = await sheetsOf("at-2024-handlaggning.xlsx");
    const table = at.find((s) => s.name === "Fördelning 2024")!;
    const damaged = renamed(table, "Trasig");
    damaged.values[10][3] = "okänt";
    const pieces = [renamed(table, "Kopia"), damaged, notes("Anteckningar", 200), notes("Fler anteckningar", 50), { name: "Tomt", values: [] }];
    await fc.assert(
      fc.asyncProperty(fc.subarray(pieces), fc.boolean(), fc.integer({ min: 0, max: 10 }), fc.constantFrom(...presetIds()), fc.boolean(), async (extra, keepTable, asked, id, tables) => {
        const all = [...(keepTable ? at : at.filter((s) => s !== table)), ...extra];
        const sheet = asked < all.length ? all[asked].name : undefined;
        await expectSame(all, { source: { preset: id }, sheet, tables });
      }),
      { numRuns: 25 },
    );
  });
});

describe("sameOutcome, the worker's proof", () => {
  it("tells exact amounts, classes and lazily built explanations apart", () => {
    const part = (k: bigint) => ({ amount: Rational.of(k, 3n), explain: (i: number) => ({ region: i, share: Rational.of(k * BigInt(i)) }) });
    expect(sameOutcome(part(1n), part(1n), [0, 1, 2])).toBe(true);
    expect(sameOutcome(part(1n), { ...part(1n), amount: Rational.of(2n, 6n) }, [0])).toBe(true); // the same number
    expect(sameOutcome(part(1n), { ...part(1n), amount: Rational.of(2n, 3n) }, [])).toBe(false);
    expect(sameOutcome({ explain: part(1n).explain }, { explain: part(2n).explain }, [0])).toBe(true); // 0 × anything
    expect(sameOutcome({ explain: part(1n).explain }, { explain: part(2n).explain }, [0, 1])).toBe(false);
    expect(sameOutcome({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameOutcome([Rational.of(1n)], [{ ...Rational.of(1n) }])).toBe(false);
  });
});
