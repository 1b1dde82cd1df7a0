import { computeRound } from "../../src/engine/computeRound";
import { preset } from "../../src/rounds/presets";
import { amounts, region, type R } from "./helpers";

const round = preset("at-2022")!;

/**
 * Good level (god nivå) per the decision's list: 04 Sörmland, 05 Östergötland, 07 Kronoberg,
 * 09 Gotland are in it; 01 Stockholm, 03 Uppsala, 12 Skåne, 14 Västra Götaland are below it.
 */
const regions: R[] = [
  { code: "01", population: 2450000, planned: 260, count: 285 }, // below; increase 25
  { code: "03", population: 400000, planned: 50, count: null, applied: false },
  { code: "04", population: 300000, planned: 60, count: 62 }, // good; reaches plan; increase 2
  { code: "05", population: 470000, planned: "84", count: 93 }, // good; reaches plan; increase 9
  { code: "07", population: 200000, planned: 36, count: 35 }, // good; misses plan; increase −1
  { code: "09", population: 60000, planned: 16, count: 19 }, // good; reaches plan; increase 3
  { code: "12", population: 1400000, planned: 196, count: 190 }, // below; increase −6
  { code: "14", population: 1760000, planned: 244, count: 256 }, // below; increase 12
];

describe("AT 2022 (S2022/00882), hand-computed", () => {
  const got = amounts(round, regions);

  it("block 1: good-level regions that reach their plan share 124 000 000 by population (the default key)", () => {
    // Sörmland, Östergötland, Gotland: populations 300 000 + 470 000 + 60 000 = 830 000.
    // 124 000 000 × 300/830 = 44 819 277.108…, × 470/830 = 70 216 867.470…, × 60/830 = 8 963 855.422…
    // Floors sum to 123 999 999; the 1 kr left goes to the largest fraction, .470 (Östergötland).
    expect([got["04"].block1, got["05"].block1, got["09"].block1]).toEqual([44819277, 70216868, 8963855]);
    expect(got["07"].block1).toBe(0); // misses its plan
    expect(got["01"].block1).toBe(0); // below the good level
  });

  it("block 2: ladder 10/20 below the good level, what is left to the largest increase", () => {
    // Stockholm +25 ≥ 20 → 20 000 000; Västra Götaland +12 ≥ 10 → 10 000 000; Skåne −6 → 0.
    // Left: 84 000 000 − 30 000 000 = 54 000 000, all to the largest increase (Stockholm).
    expect([got["01"].block2, got["14"].block2, got["12"].block2]).toEqual([74000000, 10000000, 0]);
  });

  it("block 3: ladder 2/3/5/7/9 at the good level, what is left to the three largest increases", () => {
    // Steps: Sörmland +2 → 2 000 000, Östergötland +9 → 9 000 000, Gotland +3 → 3 000 000; 14 000 000 in all.
    // Left 150 000 000 in three equal parts of 50 000 000 (increases 9, 3, 2 are the three largest above zero).
    expect([got["04"].block3, got["05"].block3, got["09"].block3, got["07"].block3]).toEqual([52000000, 59000000, 53000000, 0]);
  });

  it("every block sums to its pot, and the non-applicant gets nothing", () => {
    const res = computeRound(round, regions.map((r) => region(r, round)));
    expect(res.blocks.map((b) => [b.id, b.allocated.toNumber()])).toEqual([["block1", 124000000], ["block2", 84000000], ["block3", 164000000]]);
    expect(got["03"].total).toBe(0);
  });

  it("a tie at third place brings every tied region in (the default), or not under rankOrder", () => {
    // Add Kalmar (good level), +2 like Sörmland: steps now 2+9+3+2 = 16 000 000, left 148 000 000.
    const tied = [...regions, { code: "08", population: 247000, planned: 47, count: 49 }];
    const all = amounts(round, tied);
    // Four regions share: 148 000 000 / 4 = 37 000 000 each, plus each one's step.
    expect([all["04"].block3, all["08"].block3, all["05"].block3, all["09"].block3]).toEqual([39000000, 39000000, 46000000, 40000000]);
    const res = computeRound(round, tied.map((r) => region(r, round)));
    expect(res.regions.find((r) => r.code === "08")!.explanation.find((e) => e.block === "block3")!.text.en).toContain("Several regions share the place at the cut-off, and all of them get a part");

    const strict = { ...round, blocks: round.blocks.map((b) => (b.kind === "ladder" && b.id === "block3" ? { ...b, remainder: { kind: "largest" as const, n: 3, ties: "rankOrder" as const } } : b)) };
    const byRank = amounts(strict, tied);
    // Sörmland (04) comes before Kalmar (08) in region-code order: 148 000 000 / 3 each to 05, 09, 04.
    expect(byRank["08"].block3).toBe(2000000);
    expect(byRank["04"].block3 + byRank["05"].block3 + byRank["09"].block3).toBe(164000000 - 2000000);
  });

  it("names the unstated sharing key of block 1 in each amount's explanation", () => {
    const res = computeRound(round, regions.map((r) => region(r, round)));
    const e = res.regions.find((r) => r.code === "04")!.explanation[0];
    expect(e.text.en).toContain("The decision does not say how the block is shared; here it is shared by population");
    expect(e.text.sv).toContain("Beslutet anger inte hur blocket fördelas");
  });

  it("takes the good level from the workbook where it overrides the list", () => {
    // Kronoberg marked below the good level: it leaves blocks 1 and 3 and climbs block 2's ladder (−1: nothing).
    const over = regions.map((r) => (r.code === "07" ? { ...r, goodLevel: false } : r));
    const res = computeRound(round, over.map((r) => region(r, round)));
    const k = res.regions.find((r) => r.code === "07")!;
    expect(k.explanation.find((e) => e.block === "block3")!.rule).toBe("notEligible");
    expect(k.explanation.find((e) => e.block === "block2")!.rule).toBe("noStep");
  });
});
