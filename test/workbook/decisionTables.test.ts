import { computeRound } from "../../src/engine/computeRound";
import { compileRound } from "../../src/rounds/roundFile";
import { preset } from "../../src/rounds/presets";
import { appendixTable, rankingOf, rankingTable } from "../../src/workbook/write/decisionTables";
import type { RegionRead } from "../../src/workbook/read/readRegions";
import { Rational } from "../../src/engine/rational";
import { region } from "../rounds/helpers";

const reads = (inputs: ReturnType<typeof region>[]): RegionRead[] => inputs.map((input, i) => ({ input, row: i + 1, notes: [] }));

describe("the decision's tables follow the round's blocks", () => {
  it("an officer's own round: an equal block and a population block, with population as an input column", () => {
    const round = compileRound({ id: "egen-2026", title: "Egen omgång 2026", blocks: [
      { id: "lika", title: "Lika delar", kind: "equal", pot: 3000000 },
      { id: "folk", title: "Efter folkmängd", kind: "proportional", pot: 1000000, weight: "population" },
    ] });
    const inputs = [region({ code: "01", population: 300000 }), region({ code: "03", population: 100000 }), region({ code: "04", population: 100000 })];
    const result = computeRound(round, inputs);
    const t = appendixTable(round, result, reads(inputs), "sv");
    expect(t.title).toBe("Bilaga: Egen omgång 2026");
    expect(t.head).toEqual(["Region", "Folkmängd", "Lika delar", "Efter folkmängd", "Totalt", "Anm."]);
    // 1 000 000 a region equally; 600 000 / 200 000 / 200 000 by population.
    expect(t.body.find((r) => r[0] === "Stockholm")).toEqual(["Stockholm", 300000, 1000000, 600000, 1600000, null]);
    expect(t.foot).toEqual(["Summa", null, 3000000, 1000000, 4000000, null]);
    expect(t.layout.amountCols).toEqual([1, 2, 3, 4]);
  });

  it("AT 2025: the forecast as an input column, Ja or Nej", () => {
    const round = preset("at-2025")!;
    const inputs = [region({ code: "01", population: 2455914, count: 300, forecast: true }), region({ code: "03", population: 404714, count: 60, forecast: false })];
    const t = appendixTable(round, computeRound(round, inputs), reads(inputs), "sv");
    expect(t.head).toContain("Prognos");
    expect(t.body.find((r) => r[0] === "Uppsala")![t.head.indexOf("Prognos")]).toBe("Nej");
  });

  it("a round with its own columns shows them as read, in the order declared, with population where a measure is per 100 000 inhabitants", () => {
    const round = compileRound({
      id: "egen-2026",
      title: "Egen omgång 2026",
      columns: [
        { id: "ops", header: "Operationer", title: "operationer", titleEn: "operations" },
        { id: "need", header: "Vårdbehov", title: "vårdbehov", titleEn: "care need" },
      ],
      blocks: [{ id: "topp", title: "Topp", kind: "top", pot: 900, n: 1, by: { column: "ops", per100k: true }, weight: "equal" }],
    });
    const withValues = (code: string, population: number, ops: number, need: string) => ({ ...region({ code, population }), values: { ops: Rational.from(ops), need: Rational.from(need) } });
    const inputs = [withValues("01", 200000, 100, "0.25"), withValues("03", 100000, 80, "0.5")];
    const result = computeRound(round, inputs);
    const t = appendixTable(round, result, reads(inputs), "sv");
    expect(t.head).toEqual(["Region", "Folkmängd", "Operationer", "Vårdbehov", "Topp", "Totalt", "Anm."]);
    // Uppsala has 80 per 100 000 against Stockholm's 50: the whole pot.
    expect(t.body.find((r) => r[0] === "Uppsala")).toEqual(["Uppsala", 100000, 80, 0.5, 900, 900, null]);
    expect(t.foot).toEqual(["Summa", null, null, null, 900, 900, null]);
    // Whole operations are grouped like amounts; a care need of 0,25 is not rounded away.
    expect(t.layout.amountCols).toEqual([1, 2, 4, 5]);
    expect(appendixTable(round, result, reads(inputs), "en").head.slice(2, 4)).toEqual(["Operations", "Care need"]);
  });

  it("a round that reads no population leaves it out", () => {
    const round = compileRound({ id: "fast-2026", title: "Fast", columns: [{ id: "ops", header: "Operationer", title: "operationer" }], blocks: [{ id: "styck", title: "Styckpris", kind: "perUnit", pot: 1000, price: 10, units: "ops" }] });
    const inputs = [{ ...region({ code: "01", population: 200000 }), values: { ops: Rational.from(30) } }];
    expect(appendixTable(round, computeRound(round, inputs), reads(inputs), "sv").head).toEqual(["Region", "Operationer", "Styckpris", "Totalt", "Anm."]);
  });

  it("shares a place between equal totals in the ranking (1, 2, 2, 4) and leaves out regions with nothing", () => {
    const round = compileRound({ id: "lika-2026", title: "Lika", blocks: [{ id: "lika", title: "Lika", kind: "equal", pot: 300, among: ["hasCount"] }] });
    const result = computeRound(round, [region({ code: "01", population: 300000, count: 1 }), region({ code: "03", population: 200000, count: 1 }), region({ code: "04", population: 200000, count: null, applied: false })]);
    expect(rankingOf(result).map((x) => [x.place, x.region.code])).toEqual([[1, "01"], [1, "03"]]);
    const t = rankingTable(round, result, "en");
    expect(t.head).toEqual(["Place", "Region", "Amount granted (SEK)"]);
    expect(t.body).toEqual([[1, "Stockholm", 150], [1, "Uppsala", 150]]);
  });
});
