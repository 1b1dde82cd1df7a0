import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { computeRound } from "../../../src/engine/computeRound";
import { RoundDefinitionError, compileRound, type RoundFile } from "../../../src/rounds/roundFile";
import type { SheetSnapshot } from "../../../src/workbook/sheet/cell";
import { formatInputError } from "../../../src/workbook/sheet/inputError";
import { readRoundSheet, roundSheetRows } from "../../../src/workbook/rules/roundSheet";
import { readCsv } from "../../helpers/csv";
import { runCli, tempDir } from "../../helpers/workbooks";
import { reg } from "../blocks/helpers";
import { refHalfUpToLargest, sharesOf } from "./reference";

const amountsOf = (res: ReturnType<typeof computeRound>, block: string) => res.regions.map((r) => r.amounts[block].toString());
const blockOf = (res: ReturnType<typeof computeRound>, id: string) => {
  const b = res.blocks.find((x) => x.id === id)!;
  return { pot: b.pot.toString(), allocated: b.allocated.toString(), unallocated: b.unallocated.toString(), left: b.leftByRounding?.toString() ?? null, passedOn: b.passedOn?.toString() ?? null };
};
/** The problems of a definition that does not compile, as path and message code. */
function problemsOf(file: RoundFile): { path: string; code: string }[] {
  try {
    compileRound(file);
  } catch (e) {
    if (e instanceof RoundDefinitionError) return e.problems.map((p) => ({ path: p.path, code: p.problem.code }));
    throw e;
  }
  return [];
}

describe("a pot that is no whole number of units", () => {
  const round = (rounding: object, pot = 150_000) => ({ id: "r", title: "R", rounding, blocks: [{ id: "a", title: "A", kind: "equal", pot }] });

  it("is refused with its path, under largest remainder and half up, from the round's rule or the block's", () => {
    // 150 000 kr in 100 000s is 1,5 units: no rule that sums to the pot can pay it.
    expect(problemsOf(round({ unit: 100_000 }))).toEqual([{ path: "blocks[0].pot", code: "rules.notWholeUnits" }]);
    expect(problemsOf(round({ method: "halfUpToLargest", unit: 100_000 }))).toEqual([{ path: "blocks[0].pot", code: "rules.notWholeUnits" }]);
    expect(problemsOf({ id: "r", title: "R", blocks: [{ id: "a", title: "A", kind: "equal", pot: 1500, rounding: { unit: 1000 } }] })).toEqual([{ path: "blocks[0].pot", code: "rules.notWholeUnits" }]);
  });

  it("is refused at a sub-pot's own path, the sub-pot rounding by its block's rule", () => {
    const file = { id: "r", title: "R", blocks: [{ id: "b", title: "B", kind: "subPots", rounding: { unit: 1000 }, pots: [{ id: "s1", title: "S1", kind: "equal", pot: 2000 }, { id: "s2", title: "S2", kind: "equal", pot: 2500 }] }] };
    expect(problemsOf(file)).toEqual([{ path: "blocks[0].pots[1].pot", code: "rules.notWholeUnits" }]);
  });

  it("is refused where it is the rest of the round's pot", () => {
    // 1 000 000 − 250 000 = 750 000 kr, 7,5 units of 100 000.
    const file = { id: "r", title: "R", pot: 1_000_000, rounding: { unit: 100_000 }, blocks: [{ id: "a", title: "A", kind: "equal", pot: 200_000 }, { id: "b", title: "B", kind: "equal", pot: 50_000, rounding: { unit: 1 } }, { id: "c", title: "C", kind: "equal", pot: "rest" }] };
    expect(problemsOf(file)).toEqual([{ path: "blocks[2].pot", code: "rules.notWholeUnits" }]);
  });

  it("is computed under down, the rest reported as left by the rounding and unallocated", () => {
    // 10 500 kr in three equal shares in 1 000 kr, down: 3 500 → 3 000 each, 9 000 paid, 1 500 left.
    const res = computeRound(compileRound(round({ method: "down", unit: 1000 }, 10_500)), [reg(0, 1), reg(1, 1), reg(2, 1)]);
    expect(amountsOf(res, "a")).toEqual(["3000", "3000", "3000"]);
    expect(blockOf(res, "a")).toEqual({ pot: "10500", allocated: "9000", unallocated: "1500", left: "1500", passedOn: null });
    expect(res.totals.total.toString()).toBe("9000");
    expect(res.regions[0].explanation[0].text.sv).toContain("Avrundat nedåt till hela 1\u00a0000\u00a0kr; 1\u00a0500\u00a0kr av blocket fördelas inte.");
    expect(res.regions[0].explanation[0].text.en).toContain("Rounded down to whole SEK\u00a01,000; SEK\u00a01,500 of the block is left unallocated.");
  });
});

describe("a total that is no whole number of units at compute", () => {
  it("pays the whole units and reports the rest as left by the rounding (money passed on)", () => {
    // Unit 1 000 kr. Block "claims", rounded down (a price of 300 kr is no whole number of units, refused by any other method):
    // 300 kr per unit of x, x = 2, 1, 0: 600 + 300 + 0 = 900 kr, below one unit: nobody is paid,
    // 900 kr left by the rounding; 10 000 − 900 = 9 100 kr go on. Block "rest": 10 000 + 9 100 = 19 100 kr, 19 units,
    // by equal populations 6,37 units each: floors 6 + 6 + 6 = 18, the 19th to rank 1 (remainders tie): 7 000 / 6 000 / 6 000;
    // 100 kr left by the rounding.
    const file = {
      id: "r",
      title: "R",
      rounding: { unit: 1000 },
      columns: [{ id: "x", header: "X" }],
      blocks: [
        { id: "claims", title: "Anspråk", kind: "perUnit", pot: 10_000, price: 300, units: "x", leftover: "next", rounding: { method: "down" } },
        { id: "rest", title: "Rest", kind: "proportional", pot: 10_000, weight: "population" },
      ],
    };
    const res = computeRound(compileRound(file), [reg(0, 5, { x: 2 }), reg(1, 5, { x: 1 }), reg(2, 5, { x: 0 })]);
    expect(amountsOf(res, "claims")).toEqual(["0", "0", "0"]);
    expect(blockOf(res, "claims")).toEqual({ pot: "10000", allocated: "0", unallocated: "900", left: "900", passedOn: "9100" });
    expect(amountsOf(res, "rest")).toEqual(["7000", "6000", "6000"]);
    expect(blockOf(res, "rest")).toEqual({ pot: "19100", allocated: "19000", unallocated: "100", left: "100", passedOn: null });
    expect(res.totals.total.toString()).toBe("19000");
  });
});

describe("fixed amounts in a unit", () => {
  // A fixed amount that is no whole number of units would compile (its pot, 2 × 50 000, is one unit) and then be rounded
  // like a share: 0,5 + 0,5 units by largest remainder would pay 100 000 kr to Stockholm and 0 to Uppsala. It is refused at
  // its path; rounding down, it is paid as whole units (0 each) and the rest is reported unallocated.
  it("a fixed 50 000 kr each in 100 000s is refused at its path, never moved to another region", () => {
    const file = { id: "r", title: "R", pot: 100_000, rounding: { unit: 100_000 }, blocks: [{ id: "f", title: "F", kind: "fixed", amount: 50_000, group: ["01", "03"] }] };
    expect(problemsOf(file).map((p) => p.path)).toEqual(["blocks[0].amount"]);
    const down = { ...file, rounding: { method: "down", unit: 100_000 } };
    expect(amountsOf(computeRound(compileRound(down), [reg(0, 1), reg(1, 1)]), "f")).toEqual(["0", "0"]);
  });
});

describe("caps and floors in a unit", () => {
  const capped = (unit?: number, method = "largestRemainder") => ({
    id: "r",
    title: "R",
    ...(unit ? { rounding: { method, unit } } : {}),
    blocks: [{ id: "p", title: "P", kind: "proportional", pot: 1_000_000, weight: "population", cap: { amount: 450_000 } }],
  });

  it("a cap is whole units, rounded down: 450 000 kr is 400 000 in 100 000s", () => {
    // Weights 6, 3, 1 of 1 000 000: 600 000 / 300 000 / 100 000. In 100 000s the cap is 400 000: A 400 000, the other
    // 600 000 by 3 : 1 = 450 000 / 150 000, B above 400 000 too: B 400 000, C the last 200 000. All whole units.
    const res = computeRound(compileRound(capped(100_000)), [reg(0, 6), reg(1, 3), reg(2, 1)]);
    expect(amountsOf(res, "p")).toEqual(["400000", "400000", "200000"]);
    expect(res.regions[0].explanation[0].text.sv).toContain("Når taket 400\u00a0000\u00a0kr (samma för alla)");
    // In whole kronor the cap is 450 000: A 450 000, the other 550 000 by 3 : 1 = 412 500 / 137 500.
    expect(amountsOf(computeRound(compileRound(capped()), [reg(0, 6), reg(1, 3), reg(2, 1)]), "p")).toEqual(["450000", "412500", "137500"]);
  });

  it("a cap by share is rounded down to whole units", () => {
    // Cap 0,55 × pot by population: 0,55 × 1 000 000 × 6/10 = 330 000 → 300 000 in 100 000s; B 165 000 → 100 000;
    // C 55 000 → 0. A 300 000, B 100 000, C 0: all three capped, 400 000 paid, 600 000 unallocated.
    const file = { id: "r", title: "R", rounding: { unit: 100_000 }, blocks: [{ id: "p", title: "P", kind: "proportional", pot: 1_000_000, weight: "population", cap: { share: "population", factor: 0.55 } }] };
    const res = computeRound(compileRound(file), [reg(0, 6), reg(1, 3), reg(2, 1)]);
    expect(amountsOf(res, "p")).toEqual(["300000", "100000", "0"]);
    expect(blockOf(res, "p")).toEqual({ pot: "1000000", allocated: "400000", unallocated: "600000", left: null, passedOn: null });
  });

  it("a floor is whole units, rounded up: 150 000 kr is 200 000 in 100 000s", () => {
    // Weights 8, 1, 1: 800 000 / 100 000 / 100 000. Floor 150 000 → 200 000: B and C 200 000, A the other 600 000.
    const floored = (rounding?: object) => ({ id: "r", title: "R", ...(rounding ? { rounding } : {}), blocks: [{ id: "p", title: "P", kind: "proportional", pot: 1_000_000, weight: "population", floor: { amount: 150_000 } }] });
    expect(amountsOf(computeRound(compileRound(floored({ unit: 100_000 })), [reg(0, 8), reg(1, 1), reg(2, 1)]), "p")).toEqual(["600000", "200000", "200000"]);
    expect(amountsOf(computeRound(compileRound(floored()), [reg(0, 8), reg(1, 1), reg(2, 1)]), "p")).toEqual(["700000", "150000", "150000"]);
  });

  // Under half up the positive difference goes to the largest amount below its cap. 10 kr, cap 5 kr, populations 100, 1, 1,
  // 1, 1: A capped at 5, the other four 5/4 = 1,25 → 1 each; 9 kr, +1 kr: not to A (at its cap) but to the next largest, B.
  it("no amount above its cap under half up: the difference goes to the largest region below its cap", () => {
    const file = { id: "r", title: "R", rounding: { method: "halfUpToLargest" }, blocks: [{ id: "p", title: "P", kind: "proportional", pot: 10, weight: "population", cap: { amount: 5 } }] };
    const res = computeRound(compileRound(file), [reg(0, 100), reg(1, 1), reg(2, 1), reg(3, 1), reg(4, 1)]);
    expect(amountsOf(res, "p")).toEqual(["5", "2", "1", "1", "1"]);
  });

  // Floors that fit the pot bind every region in the block alike, so the largest amount is never the one held at its floor
  // there; a floor per region is, and test/engine/rounding/roundByRule.test.ts takes that case (the difference taken from
  // the next largest). Floors the pot cannot pay are scaled down first (10 kr, floors of 5 for 3 regions: 3,33 each, 4 + 3 + 3).
  it("floors the pot cannot pay are scaled down before the rule rounds them", () => {
    const file = { id: "r", title: "R", rounding: { method: "halfUpToLargest" }, blocks: [{ id: "p", title: "P", kind: "proportional", pot: 10, weight: "population", floor: { amount: 5 } }] };
    const res = computeRound(compileRound(file), [reg(0, 0), reg(1, 1), reg(2, 1)]);
    expect(amountsOf(res, "p")).toEqual(["4", "3", "3"]);
    expect(res.warnings.map((w) => w.code)).toContain("engine.floorsScaled");
  });
});

describe("whose rule a block follows", () => {
  const file = {
    id: "r",
    title: "R",
    rounding: { method: "halfUpToLargest" },
    blocks: [
      { id: "a", title: "A", kind: "proportional", pot: 10, weight: "population" },
      { id: "b", title: "B", kind: "proportional", pot: 10_000, weight: "population", rounding: { method: "largestRemainder", unit: 1000 } },
      { id: "c", title: "C", kind: "subPots", rounding: { method: "down", unit: 1000 }, pots: [{ id: "c1", title: "C1", kind: "proportional", pot: 10_000, weight: "population" }, { id: "c2", title: "C2", kind: "proportional", pot: 10, weight: "population", rounding: { method: "halfUpToLargest", unit: 1 } }] },
      { id: "d", title: "D", kind: "proportional", pot: 10_000, weight: "population", rounding: { unit: 1000 } },
    ],
  } as RoundFile;
  // Populations 7, 7, 6 of 20.
  const res = computeRound(compileRound(file), [reg(0, 7), reg(1, 7), reg(2, 6)]);

  it("the round's rule where a block says none: 10 kr half up", () => {
    // 3,5 / 3,5 / 3 → 4 + 4 + 3 = 11; −1 kr from the largest (a tie of 4s: rank 1).
    expect(amountsOf(res, "a")).toEqual(["3", "4", "3"]);
  });

  it("a block's own rule over the round's: 10 000 kr by largest remainder in 1 000 kr", () => {
    // 3,5 / 3,5 / 3 units: floors 3 + 3 + 3, the 10th unit to the largest remainder, a tie of 0,5s: rank 1.
    expect(amountsOf(res, "b")).toEqual(["4000", "3000", "3000"]);
  });

  it("sub-pots round by their block's rule unless they say their own", () => {
    // C1 down in 1 000 kr: 3 000 / 3 000 / 3 000, 1 000 left. C2 half up in kronor: 3, 4, 3, as block A.
    expect(amountsOf(res, "c1")).toEqual(["3000", "3000", "3000"]);
    expect(blockOf(res, "c1").left).toBe("1000");
    expect(amountsOf(res, "c2")).toEqual(["3", "4", "3"]);
  });

  it("a block that gives only a unit keeps the round's method: half up in 1 000 kr", () => {
    // 3,5 / 3,5 / 3 units → 4 + 4 + 3 = 11 units; −1 unit from rank 1: 3 000 / 4 000 / 3 000.
    expect(amountsOf(res, "d")).toEqual(["3000", "4000", "3000"]);
  });

  it("explains the rule and what it did, in Swedish and English", () => {
    const a = res.regions[0].explanation.find((e) => e.block === "a")!;
    expect(a.text.sv).toContain("Avrundat uppåt från 0,5 till hela kronor; 1\u00a0kr som saknades togs från Stockholm, som får mest.");
    expect(a.text.en).toContain("Rounded half up to whole kronor; SEK\u00a01 missing was taken from Stockholm, which gets the most.");
    // Said in every region's explanation of the block, not only the one that took the difference.
    expect(res.regions[2].explanation.find((e) => e.block === "a")!.text.sv).toContain("togs från Stockholm");
    expect(res.regions[0].explanation.find((e) => e.block === "b")!.text.sv).toContain("Avrundat till hela 1\u00a0000\u00a0kr med största rest.");
  });

  it("says where a krona left over went", () => {
    // 10 kr by 3, 3, 1 of 7: 4,29 / 4,29 / 1,43 → 4 + 4 + 1 = 9; +1 kr to the largest, a tie of 4s: Stockholm (rank 1).
    const over = computeRound(compileRound({ id: "r", title: "R", rounding: { method: "halfUpToLargest" }, blocks: [{ id: "a", title: "A", kind: "proportional", pot: 10, weight: "population" }] }), [reg(0, 3), reg(1, 3), reg(2, 1)]);
    expect(amountsOf(over, "a")).toEqual(["5", "4", "1"]);
    expect(over.regions[1].explanation[0].text.sv).toContain("Avrundat uppåt från 0,5 till hela kronor; 1\u00a0kr som blev över lades på Stockholm, som får mest.");
    expect(over.regions[1].explanation[0].text.en).toContain("Rounded half up to whole kronor; SEK\u00a01 left over went to Stockholm, which gets the most.");
  });

  it("the default rule says nothing new", () => {
    const plain = computeRound(compileRound({ id: "r", title: "R", blocks: [{ id: "a", title: "A", kind: "proportional", pot: 10, weight: "population" }] }), [reg(0, 7), reg(1, 7), reg(2, 6)]);
    expect(plain.regions[0].explanation[0].text.sv).not.toContain("Avrundat");
  });

  it("the rules sheet, with rounding.method and rounding.unit rows typed as an officer types them, gives the same as the file", () => {
    const rows = roundSheetRows(file).map((row) => (row[0] === "blocks.4.rounding.unit" ? [row[0], "1 000"] : row));
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["rounding.method", "blocks.2.rounding.method", "blocks.2.rounding.unit", "blocks.3.pots.2.rounding.unit"]));
    const read = readRoundSheet({ name: "Fördela regler", values: rows } as SheetSnapshot);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const again = computeRound(read.round, [reg(0, 7), reg(1, 7), reg(2, 6)]);
    for (const id of ["a", "b", "c1", "c2", "d"]) expect(amountsOf(again, id)).toEqual(amountsOf(res, id));
    expect(read.round.blocks.map((b) => b.rounding)).toEqual(compileRound(file).blocks.map((b) => b.rounding));
  });

  it("the rules sheet refuses a pot of no whole units at the pot's cell", () => {
    const rows = roundSheetRows(file).map((row) => (row[0] === "blocks.2.pot" ? [row[0], 10_500] : row));
    const read = readRoundSheet({ name: "Fördela regler", values: rows } as SheetSnapshot);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const at = rows.findIndex((r) => r[0] === "blocks.2.pot") + 1;
    expect(read.errors.map((e) => [e.address, e.params.path])).toEqual([[`'Fördela regler'!B${at}`, "blocks.2.pot"]]);
    // Amounts as an officer reads them: 10 500 kr, grouped.
    expect(formatInputError(read.errors[0], "sv")).toContain("blocks.2.pot: 10\u00a0500\u00a0kr är inte ett helt antal av avrundningens enhet 1000\u00a0kr");
    expect(formatInputError(read.errors[0], "en")).toContain("blocks.2.pot: 10,500\u00a0kr is not a whole number of the rounding unit of 1000\u00a0kr");
  });
});

describe("tillgänglighet 2025 from the command line, rounded half up", () => {
  const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");
  const base = JSON.parse(readFileSync(path.join(EXAMPLES, "tillganglighet-2025.json"), "utf8")) as RoundFile & { blocks: Record<string, unknown>[] };

  /** Populations of the example workbook by region code, read with exceljs and matched by official name: not by Fördela. */
  async function populations(): Promise<Map<string, bigint>> {
    const regions = readCsv("regions.csv");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx"));
    const out = new Map<string, bigint>();
    wb.getWorksheet("Fördelning 2025")!.eachRow((row) => {
      const region = regions.find((r) => r.official_name === row.getCell(1).value);
      if (region) out.set(region.code, BigInt(row.getCell(2).value as number));
    });
    return out;
  }

  async function computed(file: object): Promise<{ regions: { code: string; name: string; amounts: Record<string, number>; explanation: { block: string; text: { sv: string; en: string } }[] }[] }> {
    const where = path.join(tempDir(), "round.json");
    writeFileSync(where, JSON.stringify(file));
    const run = await runCli("compute", path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx"), "--round-file", where, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  }

  it.each([
    ["in whole kronor", base.blocks[1], 1n],
    ["in 100 000 kr on the population block", { ...base.blocks[1], rounding: { unit: 100_000 } }, 100_000n],
  ])("%s: each region 100 000 000 kr plus its population share half up, the difference on the largest", async (_, byPopulation, unit) => {
    const pops = await populations();
    expect(pops.size).toBe(21);
    const codes = [...pops.keys()].sort();
    // 3 786 500 000 kr × population / Σ population, exactly; half up to the unit; the difference to the largest (Stockholm).
    const want = refHalfUpToLargest(3_786_500_000n, sharesOf(3_786_500_000n, codes.map((c) => pops.get(c)!)), codes.map(Number), unit);
    const out = await computed({ ...base, rounding: { method: "halfUpToLargest" }, blocks: [base.blocks[0], byPopulation] });
    for (const r of out.regions) {
      const i = codes.indexOf(r.code);
      expect([r.code, BigInt(r.amounts.byPopulation)]).toEqual([r.code, want.amounts[i]]);
      expect(BigInt(r.amounts.total)).toBe(100_000_000n + want.amounts[i]);
    }
    expect(out.regions.reduce((s, r) => s + BigInt(r.amounts.total), 0n)).toBe(5_886_500_000n);
    const said = out.regions[0].explanation.find((e) => e.block === "byPopulation")!.text.sv;
    expect(said).toContain(unit === 1n ? "Avrundat uppåt från 0,5 till hela kronor" : "Avrundat uppåt från 0,5 till hela 100\u00a0000\u00a0kr");
    // The note names each region the difference went to or came from, with the kronor (in kronor Stockholm takes
    // the difference; in 100 000s the halves happen to sum to the pot and the note says nothing more).
    expect(want.adjusted.length).toBe(unit === 1n ? 1 : 0);
    if (!want.adjusted.length) expect(said).not.toContain("som får mest");
    for (const a of want.adjusted) {
      const name = out.regions.find((r) => r.code === codes[a.index])!.name;
      const k = a.kronor < 0n ? -a.kronor : a.kronor;
      expect(said).toContain(`${k.toLocaleString("sv-SE").replace(/\s/g, "\u00a0")}\u00a0kr som ${a.kronor > 0n ? "blev över lades på" : "saknades togs från"} ${name}, som får mest`);
    }
  });
});
