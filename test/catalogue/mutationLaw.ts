import fc from "fast-check";
import { readFileSync } from "node:fs";
import type { RoundDef } from "../../src/engine/types";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { render, renderNotice, type Notice } from "../../src/messages/message";
import type { RoundFile } from "../../src/rounds/roundFile";
import { cellAddress, columnIndex, parseAddress, type CellValue, type SheetSnapshot } from "../../src/workbook/sheet/cell";
import { prepareRound, type Prepared } from "../../src/workbook/write/prepareRound";

/**
 * The law of issues 11 and 24, for any bundled example: a random change to a
 * good workbook either leaves every amount as it was, or changes an input the
 * reader tells (in a region's explanation of its inputs, or in a warning naming
 * the changed cell), or is refused with a cell. Never different amounts
 * without a word.
 */

/** A sheet the law mutates: its name, the part of it that is changed, and values that fit its columns. */
export interface MutableSheet {
  name: string;
  rows: number;
  cols: number;
  values: fc.Arbitrary<CellValue>;
  /** How often this sheet is picked against the others (1 unless said). */
  weight?: number;
}

/** A bundled example and its round, and where and with what it is mutated. The first sheet holds the round's table. */
export interface MutationSubject {
  example: string;
  round: RoundDef;
  definition: RoundFile;
  sheets: MutableSheet[];
}

export type Mutation =
  | { kind: "set"; sheet: string; row: number; col: number; value: CellValue }
  | { kind: "insert"; sheet: string; row: number; value: CellValue }
  | { kind: "delete"; sheet: string; row: number };

export type Verdict = "same" | "told" | "refused" | { violation: string };

type Computed = Extract<Prepared, { ok: true }>;

export async function readExample(example: string): Promise<SheetSnapshot[]> {
  return new XlsxPort(readFileSync(example)).read({ alsoSheets: [] } as never);
}

export function run(subject: MutationSubject, sheets: SheetSnapshot[]): Prepared {
  return prepareRound({ sheets }, { round: subject.round, definition: subject.definition, date: "2026-11-24", version: "property" });
}

/** In-place changes mostly; a row inserted or deleted now and then. */
export function mutations(sheets: MutableSheet[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...sheets.map((s) => ({
      weight: s.weight ?? 1,
      arbitrary: fc.oneof(
        { weight: 8, arbitrary: fc.record({ kind: fc.constant("set" as const), sheet: fc.constant(s.name), row: fc.nat(s.rows - 1), col: fc.nat(s.cols - 1), value: s.values }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert" as const), sheet: fc.constant(s.name), row: fc.nat(s.rows - 2), value: s.values }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), sheet: fc.constant(s.name), row: fc.nat(s.rows - 2) }) },
      ) as fc.Arbitrary<Mutation>,
    })),
  );
}

export function mutate(book: SheetSnapshot[], m: Mutation): SheetSnapshot[] {
  return book.map((sheet) => {
    if (sheet.name !== m.sheet) return sheet;
    const rows = sheet.values.map((r) => [...(r ?? [])]);
    if (m.kind === "set") (rows[m.row] ??= [])[m.col] = m.value;
    if (m.kind === "insert") rows.splice(m.row, 0, [m.value]);
    if (m.kind === "delete") rows.splice(m.row, 1);
    // The stored formulas and merges follow the values only for a change in place.
    return { ...sheet, values: rows, formulas: m.kind === "set" ? sheet.formulas : undefined, merges: m.kind === "set" ? sheet.merges : [] };
  });
}

export function describeMutation(m: Mutation): string {
  if (m.kind === "set") return `${cellAddress(m.sheet, m.row, m.col)} := ${JSON.stringify(m.value)}`;
  if (m.kind === "insert") return `row ${m.row + 1} inserted on '${m.sheet}' with A${m.row + 1} = ${JSON.stringify(m.value)}`;
  return `row ${m.row + 1} deleted on '${m.sheet}'`;
}

const ADDRESS = /(?:'((?:[^']|'')+)'|([^\s'!:;,()"]+))!([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?/g;

/** Whether a text names the cell, on its own or inside a range ("'Överbeläggningar'!B4:S4"). */
export function namesCell(text: string, sheet: string, row: number, col: number): boolean {
  for (const m of text.matchAll(ADDRESS)) {
    if ((m[1] ?? m[2]).replace(/''/g, "'") !== sheet) continue;
    const [c1, r1] = [columnIndex(m[3]) as number, Number(m[4]) - 1];
    const [c2, r2] = m[5] ? [columnIndex(m[5]) as number, Number(m[6]) - 1] : [c1, r1];
    if (row >= r1 && row <= r2 && col >= c1 && col <= c2) return true;
  }
  return false;
}

function amounts(p: Computed): Map<string, string> {
  return new Map(p.result.regions.map((r) => [r.code, JSON.stringify(Object.values(r.amounts).map(String))]));
}

/** How the reader says it read a region: the values and cells of its inputs. */
function notes(p: Computed, code: string): string {
  return (p.regions.find((r) => r.input.code === code)?.notes ?? []).map((n) => render(n, "en")).join("; ");
}

/** The rule each block judged a region by ("notEligible", "notApplied", "proportional" …): a yes/no input shows there. */
function rules(p: Computed, code: string): string {
  return (p.result.regions.find((r) => r.code === code)?.explanation ?? []).map((e) => e.rule).join(",");
}

/** The monthly figures a region's explanation shows, month by month (the amounts left out: they change with any input). */
function monthsShown(p: Computed, code: string): string {
  const region = p.result.regions.find((r) => r.code === code);
  return JSON.stringify((region?.explanation ?? []).flatMap((e) => (e.months ?? []).map((x) => [e.block, x.month, x.previous, x.value])));
}

function codeCounts(ws: readonly Notice[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of ws) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  return counts;
}

/**
 * One mutation judged by the law. A change in place is told when a warning
 * names its cell, or, on the round's table, when some region's inputs read
 * differently (its notes give values and cells) or a block judges it by
 * another rule ("not in this block (needs: reported a forecast)": yes/no
 * inputs are told there, not in the notes); on any other sheet (a measure
 * sheet, whose notes name only ranges), when a region whose explanation names
 * the cell shows other figures. A row inserted or deleted is told by a warning
 * of a kind, or a number, the good workbook does not have.
 */
export function judge(subject: MutationSubject, book: SheetSnapshot[], good: Computed, m: Mutation): Verdict {
  const out = run(subject, mutate(book, m));
  if (!out.ok) {
    // A cell, or a range of cells: never a sheet, a file or nothing.
    const unplaced = out.errors.filter((e) => !e.address || !parseAddress(e.address.replace(/:[A-Z]+\d+$/, "")));
    return unplaced.length ? { violation: `refused without a cell: ${unplaced.map((e) => renderNotice(e, "en")).join("; ")}` } : "refused";
  }
  const before = amounts(good);
  const after = amounts(out);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((code) => after.get(code) !== before.get(code));
  if (changed.length === 0) return "same";
  const codes = [...new Set([...good.regions, ...out.regions].map((r) => r.input.code))];
  let told: boolean;
  if (m.kind === "set") {
    const warned = out.warnings.some((w) => namesCell(renderNotice(w, "en"), m.sheet, m.row, m.col));
    const onTable = m.sheet === subject.sheets[0].name;
    const explained = onTable
      ? codes.some((code) => notes(out, code) !== notes(good, code) || rules(out, code) !== rules(good, code))
      : codes.some((code) => (namesCell(notes(out, code), m.sheet, m.row, m.col) || namesCell(notes(good, code), m.sheet, m.row, m.col)) && monthsShown(out, code) !== monthsShown(good, code));
    told = warned || explained;
  } else {
    const [was, now] = [codeCounts(good.warnings), codeCounts(out.warnings)];
    told = [...now].some(([code, n]) => n > (was.get(code) ?? 0));
  }
  if (told) return "told";
  return { violation: `amounts of ${changed.join(", ")} changed without a word (warnings: ${out.warnings.map((w) => renderNotice(w, "en")).join(" | ") || "none"})` };
}

export interface LawRun {
  numRuns: number;
  /** More of each outcome than a run must reach, so the generator is seen to test all three. */
  moreThan: { same: number; told: number; refused: number };
  seed?: number;
}

/** The law as a fast-check property over a bundled example: asserts it, and that every outcome was reached. */
export async function checkMutationLaw(subject: MutationSubject, law: LawRun): Promise<void> {
  const book = await readExample(subject.example);
  const good = run(subject, book);
  if (!good.ok) throw new Error(`the bundled example must compute: ${good.errors.map((e) => renderNotice(e, "en")).join("; ")}`);
  const seen = { same: 0, told: 0, refused: 0 };
  fc.assert(
    fc.property(mutations(subject.sheets), (m) => {
      const verdict = judge(subject, book, good, m);
      if (typeof verdict === "object") throw new Error(`${describeMutation(m)}: ${verdict.violation}`);
      seen[verdict]++;
    }),
    { numRuns: law.numRuns, ...(law.seed === undefined ? {} : { seed: law.seed }) },
  );
  expect(seen.same).toBeGreaterThan(law.moreThan.same);
  expect(seen.told).toBeGreaterThan(law.moreThan.told);
  expect(seen.refused).toBeGreaterThan(law.moreThan.refused);
}
