import fc from "fast-check";
import { Rational } from "../../src/engine/rational";
import type { MonthlyPerformanceDef } from "../../src/engine/types";
import { preset } from "../../src/rounds/presets";
import type { CellValue, SheetSnapshot } from "../../src/workbook/sheet/cell";
import { monthNumberOf } from "../../src/workbook/table/monthHeader";
import { unitOf } from "../../src/workbook/table/monthlyUnit";
import { boundsOf } from "../../src/workbook/values/monthlyBounds";
import { readFigure } from "../../src/workbook/values/monthlyValue";
import { readMonthly } from "../../src/workbook/read/readMonthly";
import { REGIONS } from "../../src/workbook/values/regions";

const def = preset("beds-2024")!.blocks.find((b) => b.kind === "monthlyPerformance") as MonthlyPerformanceDef;
const MONTHS = def.months.flatMap((m) => [m, `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`]).sort();
const SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

type Layout = "one" | "yearly" | "yearlyNames" | "main";

/** A measure's figures laid out as officers keep them: one sheet, a sheet per year (months with or without the year), or main-table columns. */
function layOut(title: string, layout: Layout, codes: string[], figures: CellValue[][], main: CellValue[][]): SheetSnapshot[] {
  const names = codes.map((c) => REGIONS.find((r) => r.code === c)!.officialName);
  if (layout === "main") {
    MONTHS.forEach((m, i) => {
      main[0].push(`${title} ${SV[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`);
      figures.forEach((row, r) => main[r + 1].push(row[i]));
    });
    return [];
  }
  const sheet = (name: string, months: string[], header: (m: string) => string): SheetSnapshot => ({
    name,
    values: [[`${title} per 100 disponibla vårdplatser`], [], ["Region", ...months.map(header)], ...names.map((n, r) => [n, ...months.map((m) => figures[r][MONTHS.indexOf(m)])])],
  });
  if (layout === "one") return [sheet(title, MONTHS, (m) => m)];
  return ["2024", "2023"].map((y) => sheet(`${title} ${y}`, MONTHS.filter((m) => m.startsWith(y)), (m) => (layout === "yearly" ? m : SV[Number(m.slice(5)) - 1])));
}

const figure = (max: number) => fc.option(fc.integer({ min: 0, max: max * 10 }).map((n) => n / 10), { nil: null, freq: 8 });

describe("reading monthly measures, whatever the layout", () => {
  it("gives each region exactly its figures: one sheet, one per year, main-table columns, percent text, a counts sheet beside", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(REGIONS.map((r) => r.code), { minLength: 1 }),
        fc.constantFrom<Layout>("one", "yearly", "yearlyNames", "main"),
        fc.constantFrom<Layout>("one", "yearly", "yearlyNames", "main"),
        fc.boolean(),
        fc.boolean(),
        fc.infiniteStream(fc.boolean()),
        ...def.measures.map((m) => fc.array(figure(boundsOf(m).warn), { minLength: 21 * MONTHS.length, maxLength: 21 * MONTHS.length })),
        (codes, layoutA, layoutB, counts, reverse, percent, ...drawn) => {
          const main: CellValue[][] = [["Region", "Folkmängd", "Rapporterat data"], ...codes.map((c) => [REGIONS.find((r) => r.code === c)!.officialName, 100000, "Ja"])];
          const want = drawn.map((d) => codes.map((_, r) => MONTHS.map((__, i) => d[r * MONTHS.length + i])));
          // Some figures typed as percent text: per 100 beds is per cent.
          const typed = want.map((rows) => rows.map((row) => row.map((v) => (v !== null && percent.next().value ? `${String(v).replace(".", ",")} %` : v))));
          let sheets = [...layOut(def.measures[0].title, layoutA, codes, typed[0], main), ...layOut(def.measures[1].title, layoutB, codes, typed[1], main)];
          if (counts) sheets.push({ name: "Antal överbeläggningar", values: [["Antal överbeläggningar"], ["Region", ...MONTHS], ...main.slice(1).map((r) => [r[0], ...MONTHS.map(() => 250)])] });
          if (reverse) sheets = sheets.reverse();
          const mainSheet: SheetSnapshot = { name: "Vårdplatser 2024", values: main };
          const read = readMonthly([mainSheet, ...sheets], { sheet: mainSheet, headerRow: 0, regionCol: 0, rows: new Map(codes.map((c, i) => [c, i + 1])) }, def);
          expect(read.errors).toEqual([]);
          expect(read.warnings.map((w) => w.code)).toEqual(counts ? ["monthly.countsSkipped"] : []);
          def.measures.forEach((m, k) =>
            codes.forEach((code, r) => {
              const got = read.values.get(code)![m.id];
              const expected = Object.fromEntries(MONTHS.map((month, i) => [month, want[k][r][i] === null ? null : Rational.fromCell(want[k][r][i] as number).toString()]));
              expect(Object.fromEntries(MONTHS.map((month) => [month, got[month]?.toString() ?? null]))).toEqual(expected);
            }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the words of a measure's unit, month and bounds", () => {
  it.each([
    ["Överbeläggningar per 100 disponibla vårdplatser", "rate"],
    ["Antal överbeläggningar per 100 vårdplatser", "rate"],
    ["Utlokaliseringar (%)", "rate"],
    ["Antal överbeläggningar", "count"],
    ["Number of outplaced patients", "count"],
    ["Överbeläggningar", "unknown"],
  ])("%j is a %s", (text, unit) => expect(unitOf(text)).toBe(unit));

  it.each([
    ["feb", 2],
    ["Februari", 2],
    ["Överbeläggningar maj", 5],
    ["okt.", 10],
    ["feb 2024", null],
    ["Region", null],
  ])("%j names the month %s without a year", (text, n) => expect(monthNumberOf(text)).toBe(n));

  it("reads a number shown through a percent format (Office) as per 100 beds, and a literal % in quotes as the number", () => {
    const s: SheetSnapshot = { name: "X", values: [[0.0459, 4.59]], numberFormats: [["0.00%", '0.00" %"']] };
    const [a, b] = [readFigure(s, 0, 0), readFigure(s, 0, 1)];
    expect(a.kind === "value" && a.value.toString()).toBe("4.59");
    expect(b.kind === "value" && b.value.toString()).toBe("4.59");
  });

  it("bounds by the measure's name; a measure of the round's own gets the bounds of any rate per 100", () => {
    expect(boundsOf({ id: "overcrowding", title: "Överbeläggningar" })).toEqual({ warn: 15, refuse: 30 });
    expect(boundsOf({ id: "x", title: "Utlokaliserade patienter" })).toEqual({ warn: 5, refuse: 15 });
    expect(boundsOf({ id: "waits", title: "Väntande" })).toEqual({ warn: 50, refuse: 100 });
  });
});
