/**
 * AT.SHARE's optional rounding method and unit (issue 25, item 4): every
 * expected amount worked out by hand (comments) or by the BigInt reference
 * below, never by the engine.
 */
import fc from "fast-check";
import { excelError, installRuntime, type Blanks } from "../helpers/excelFunctions";
import { referenceLargestRemainder } from "../helpers/referenceRounding";

installRuntime("en-US");
// Loaded after the runtime's globals, as the shared runtime loads it.

const AT = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const column = (...xs: unknown[]) => xs.map((x) => [x]);
const amounts = (out: unknown[][]) => out.map(([v]) => v);
const sumOf = (out: unknown[][]) => amounts(out).reduce((s: number, v) => s + (v as number), 0);

describe("AT.SHARE by each method, hand-computed", () => {
  const thirds = column(1, 1, 1);

  it("largest remainder is the default: 1 000 000 over 1, 1, 1 is 333 334, 333 333, 333 333 (the krona left to the first row of the tie)", () => {
    expect(amounts(AT.SHARE(thirds, 1000000))).toEqual([333334, 333333, 333333]);
    expect(AT.SHARE(thirds, 1000000, "largestRemainder", 1)).toEqual(AT.SHARE(thirds, 1000000));
  });

  it("half up: 333 333 ×3 = 999 999, the 1 kr over to the first of the largest (a tie, by row order)", () => {
    expect(amounts(AT.SHARE(thirds, 1000000, "halfUpToLargest"))).toEqual([333334, 333333, 333333]);
  });

  it("half up differs from largest remainder where a share has ,5 and the difference is negative: 25 over 4, 3, 3", () => {
    // Exact 10; 7,5; 7,5. Largest remainder: 10 + 7 + 7 = 24, the 1 kr to the first ,5 → 10, 8, 7.
    expect(amounts(AT.SHARE(column(4, 3, 3), 25))).toEqual([10, 8, 7]);
    // Half up: 10 + 8 + 8 = 26, 1 kr too many, taken from the largest (10) → 9, 8, 8.
    expect(amounts(AT.SHARE(column(4, 3, 3), 25, "halfUpToLargest"))).toEqual([9, 8, 8]);
    // Down: 10 + 7 + 7 = 24; the 1 kr left is unallocated.
    expect(amounts(AT.SHARE(column(4, 3, 3), 25, "down"))).toEqual([10, 7, 7]);
  });

  it("half up puts the whole difference on the largest: 100 over seven equal weights", () => {
    const sevens = column(1, 1, 1, 1, 1, 1, 1);
    // Exact 14,2857… each. Largest remainder: 14 × 7 = 98, 1 kr each to the first two rows.
    expect(amounts(AT.SHARE(sevens, 100))).toEqual([15, 15, 14, 14, 14, 14, 14]);
    // Half up: 14 × 7 = 98, the 2 kr on the first of the largest.
    expect(amounts(AT.SHARE(sevens, 100, "halfUpToLargest"))).toEqual([16, 14, 14, 14, 14, 14, 14]);
    // Down: 14 × 7 = 98, 2 kr unallocated.
    expect(amounts(AT.SHARE(sevens, 100, "down"))).toEqual([14, 14, 14, 14, 14, 14, 14]);
  });

  it("half up, a negative difference on a tie of the largest: 10 over four equal weights", () => {
    // Exact 2,5 each → 3 each = 12; 2 kr too many, both taken from the first of the largest → 1, 3, 3, 3.
    expect(amounts(AT.SHARE(column(1, 1, 1, 1), 10, "halfUpToLargest"))).toEqual([1, 3, 3, 3]);
  });

  it("down: what the amounts leave of the pot is unallocated and shown by no extra cell", () => {
    const out = AT.SHARE(thirds, 100, "down");
    expect(out).toEqual([[33], [33], [33]]);
    expect(100 - sumOf(out)).toBe(1);
  });
});

describe("AT.SHARE in units", () => {
  const thirds = column(1, 1, 1);

  it("largest remainder in thousands: 1 000 units over 1, 1, 1 → 334 000, 333 000, 333 000", () => {
    expect(amounts(AT.SHARE(thirds, 1000000, "largestRemainder", 1000))).toEqual([334000, 333000, 333000]);
  });

  it("half up in thousands: 333 units ×3 = 999, the unit over to the first of the largest", () => {
    expect(amounts(AT.SHARE(thirds, 1000000, "halfUpToLargest", 1000))).toEqual([334000, 333000, 333000]);
  });

  it("in 100 000s: 10 units over 1, 1, 1 → 400 000, 300 000, 300 000", () => {
    expect(amounts(AT.SHARE(thirds, 1000000, "largestRemainder", 100000))).toEqual([400000, 300000, 300000]);
  });

  it("down in thousands: 333 000 ×3, 1 000 unallocated; a pot that is no whole number of units is fine", () => {
    expect(amounts(AT.SHARE(thirds, 1000000, "down", 1000))).toEqual([333000, 333000, 333000]);
    // 1 000 500 / 3 = 333 500 each → 333 000; 1 500 unallocated.
    expect(amounts(AT.SHARE(thirds, 1000500, "down", 1000))).toEqual([333000, 333000, 333000]);
    // A pot below one unit: nothing is paid.
    expect(amounts(AT.SHARE(thirds, 500, "down", 1000))).toEqual([0, 0, 0]);
  });

  it("takes the unit as an officer types it: 1000, \"1 000\", \"1000\"", () => {
    const expected = AT.SHARE(thirds, 1000000, "down", 1000);
    expect(AT.SHARE(thirds, 1000000, "down", "1 000" as unknown as number)).toEqual(expected);
    expect(AT.SHARE(thirds, 1000000, "down", "1000" as unknown as number)).toEqual(expected);
  });

  it("keeps the shape and the header: a row spills a row, a header gets the label", () => {
    expect(AT.SHARE([[1, 1, 1]], 1000000, "nedåt", 1000)).toEqual([[333000, 333000, 333000]]);
    expect(AT.SHARE(column("Vikt", 1, 1, 1), 1000000, "uppåt", 1000)).toEqual([["Andel"], [334000], [333000], [333000]]);
  });
});

describe("AT.SHARE reads the method's words without case, spaces or hyphens", () => {
  const weights = column(4, 3, 3);
  it.each([
    ["largestRemainder", "largestRemainder"],
    ["LARGESTREMAINDER", "largestRemainder"],
    ["largest remainder", "largestRemainder"],
    ["största rest", "largestRemainder"],
    ["Största resten", "largestRemainder"],
    ["största-rest", "largestRemainder"],
    ["största\u00a0rest", "largestRemainder"],
    ["halfUpToLargest", "halfUpToLargest"],
    ["half up", "halfUpToLargest"],
    ["uppåt", "halfUpToLargest"],
    ["Avrunda uppåt", "halfUpToLargest"],
    [" UPPÅT ", "halfUpToLargest"],
    ["down", "down"],
    ["Down", "down"],
    ["nedåt", "down"],
    ["neråt", "down"],
    ["avrunda nedåt", "down"],
  ])("%j is %s", (word, method) => {
    // 25 over 4, 3, 3 tells the three apart (see above).
    const expected = { largestRemainder: [10, 8, 7], halfUpToLargest: [9, 8, 8], down: [10, 7, 7] }[method]!;
    expect(amounts(AT.SHARE(weights, 25, word))).toEqual(expected);
  });
});

describe.each<Blanks>(["null", "zero"])("AT.SHARE with the method and unit left out or empty, blanks arriving as %s", (blanks) => {
  const empty = blanks === "null" ? null : 0;
  const thirds = column(1, empty, 1, 1);
  // An empty weight gets an empty cell; handed over as 0 it is a weight of 0 and gets 0 kr (a weight can be 0).
  const none = blanks === "null" ? "" : 0;

  it("an empty method or unit cell is the default (largest remainder, 1 kr)", () => {
    const expected = [[333334], [none], [333333], [333333]];
    expect(AT.SHARE(thirds, 1000000)).toEqual(expected);
    expect(AT.SHARE(thirds, 1000000, undefined, undefined)).toEqual(expected);
    expect(AT.SHARE(thirds, 1000000, empty as unknown as string, empty as unknown as number)).toEqual(expected);
    expect(AT.SHARE(thirds, 1000000, "", empty as unknown as number)).toEqual(expected);
  });

  it("an empty unit with a method given is 1 kr", () => {
    expect(AT.SHARE(thirds, 1000000, "nedåt", empty as unknown as number)).toEqual([[333333], [none], [333333], [333333]]);
  });

  it("an empty method with a unit given is largest remainder in that unit", () => {
    expect(AT.SHARE(thirds, 1000000, empty as unknown as string, 1000)).toEqual([[334000], [none], [333000], [333000]]);
  });
});

describe("AT.SHARE refuses a rounding it cannot do, with #VALUE! and a message", () => {
  const thirds = column(1, 1, 1);
  it.each([
    ["an unknown method", () => AT.SHARE(thirds, 100, "sideways"), /^the rounding method "sideways" is unknown: write "largestRemainder" \(the default\), "halfUpToLargest" or "down"/],
    ["a number for the method (the unit in the method's place)", () => AT.SHARE(thirds, 100, 1000 as unknown as string), /^the rounding method 1000 is unknown/],
    ["TRUE for the method", () => AT.SHARE(thirds, 100, true as unknown as string), /^the rounding method TRUE is unknown/],
    ["a unit with öre", () => AT.SHARE(thirds, 100, "down", 0.5), /^the rounding unit 0\.5 is not a whole number of kronor of 1 or more/],
    ["a negative unit", () => AT.SHARE(thirds, 100, "down", -1000), /^the rounding unit -1000 is not a whole number of kronor/],
    ["a unit in words", () => AT.SHARE(thirds, 100, "down", "tusen" as unknown as number), /^the rounding unit "tusen" is not a whole number of kronor/],
    ["a pot of 1 000 500 in thousands by largest remainder", () => AT.SHARE(thirds, 1000500, "largestRemainder", 1000), /^the pot of 1,000,500\u00a0kr is not a whole number of the unit of 1000\u00a0kr, so it cannot be shared exactly: correct the pot or the unit, or round "down"/],
    ["a pot of 1 000 500 in thousands half up", () => AT.SHARE(thirds, 1000500, "uppåt", 1000), /^the pot of 1,000,500\u00a0kr is not a whole number of the unit of 1000\u00a0kr/],
    ["a pot below one unit by largest remainder", () => AT.SHARE(thirds, 500, undefined, 1000), /^the pot of 500\u00a0kr is not a whole number of the unit of 1000\u00a0kr/],
    ["a bad pot, whatever the method", () => AT.SHARE(thirds, 10.5, "down"), /^pot: 10\.5 is not whole kronor$/],
  ])("%s", (_, call, message) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  it("in Swedish in a Swedish Office", () => {
    installRuntime("sv-SE");
    try {
      expect(excelError(() => AT.SHARE(thirds, 100, "åt sidan")).message).toBe(
        'avrundningen "åt sidan" är okänd: skriv "största rest" (standard), "uppåt" eller "nedåt" (eller largestRemainder, halfUpToLargest, down)',
      );
      expect(excelError(() => AT.SHARE(thirds, 100, "nedåt", 0.5)).message).toBe("avrundningsenheten 0,5 är inget helt antal kronor från 1 och uppåt: skriv t.ex. 1, 1000 eller 100000");
      expect(excelError(() => AT.SHARE(thirds, 1000500, "uppåt", 1000)).message).toBe(
        'potten 1\u00a0000\u00a0500\u00a0kr är inte ett helt antal av enheten 1000\u00a0kr, så den kan inte fördelas exakt: rätta potten eller enheten, eller avrunda "nedåt" och låt resten stå ofördelad',
      );
    } finally {
      installRuntime("en-US");
    }
  });
});

/** The three rules in units, with nothing but BigInt: share i is w_i·pot / (W·unit) units. */
function reference(weights: readonly bigint[], pot: bigint, method: "largestRemainder" | "halfUpToLargest" | "down", unit: bigint): bigint[] {
  const W = weights.reduce((a, b) => a + b, 0n);
  const shares = weights.map((w) => [w * pot, W * unit] as const);
  const units = pot / unit;
  const ranks = weights.map((_, i) => i);
  if (method === "down") return shares.map(([n, d]) => (n / d) * unit);
  if (method === "largestRemainder") return referenceLargestRemainder(units, shares, ranks).map((u) => u * unit);
  const out = shares.map(([n, d]) => (2n * n + d) / (2n * d)); // ⌊q + ½⌋
  let diff = units - out.reduce((a, b) => a + b, 0n);
  // Only a row with a share takes the difference (roundByRule): with every amount 0, a weight of 0 first in order is never paid.
  const byAmount = ranks.filter((i) => weights[i] > 0n).sort((a, b) => (out[b] > out[a] ? 1 : out[b] < out[a] ? -1 : a - b));
  for (const i of byAmount) {
    const change = diff >= 0n ? diff : out[i] < -diff ? -out[i] : diff;
    out[i] += change;
    diff -= change;
  }
  return out.map((u) => u * unit);
}

describe("AT.SHARE agrees with the BigInt reference", () => {
  it("for any weights, method and unit: the amounts, and the sum (the pot, or below it rounding down)", () => {
    const methods = ["largestRemainder", "halfUpToLargest", "down"] as const;
    fc.assert(
      fc.property(
        // The last weight above 0: trailing zeros are the empty cells of a whole-column reference (see argRanges).
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 21 }).filter((w) => w[w.length - 1] > 0),
        fc.constantFrom(...methods),
        fc.constantFrom(1, 10, 1000, 100000),
        fc.integer({ min: 1, max: 50000 }),
        fc.integer({ min: 0, max: 999 }),
        (weights, method, unit, units, rest) => {
          const pot = units * unit + (method === "down" && unit > 1 ? rest % unit : 0);
          const out = amounts(AT.SHARE(column(...weights), pot, method, unit)) as number[];
          const expected = reference(weights.map(BigInt), BigInt(pot), method, BigInt(unit)).map(Number);
          expect(out).toEqual(expected);
          const total = out.reduce((a, b) => a + b, 0);
          if (method === "down") expect(pot - total).toBeGreaterThanOrEqual(0);
          else expect(total).toBe(pot);
        },
      ),
      // Found by a clean run: all shares round to 0, and the krona goes to the first row with a share, not to the weight 0 before it.
      { numRuns: 300, examples: [[[0, 1, 279, 279], "halfUpToLargest", 1, 1, 0]] },
    );
  });
});
