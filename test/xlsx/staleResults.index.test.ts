import fc from "fast-check";
import { DependentsIndex } from "../../src/hosts/xlsx/dependents";
import type { Area } from "../../src/hosts/xlsx/structuredRefs";

const overlaps = (a: Area, b: Area) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
// Small coordinates, so that areas meet often; the last column and row too.
const coord = (max: number) => fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(max));
const area = fc.tuple(coord(1048575), coord(16383), coord(1048575), coord(16383)).map(([a, b, c, d]): Area => ({ r1: Math.min(a, c), c1: Math.min(b, d), r2: Math.max(a, c), c2: Math.max(b, d) }));

describe("the index of what formulas read", () => {
  it("gives each area overlapping a query, once and only those, as a walk over every area does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("A", "B"), area), { maxLength: 40 }), fc.array(fc.tuple(fc.constantFrom("A", "B"), area), { maxLength: 12 }), (areas, queries) => {
        const index = new DependentsIndex();
        areas.forEach(([sheet, a], id) => index.add(sheet, a, id));
        index.freeze();
        const left = new Set(areas.map((_, id) => id));
        for (const [sheet, q] of queries) {
          const expected = [...left].filter((id) => areas[id][0] === sheet && overlaps(areas[id][1], q)).sort((x, y) => x - y);
          const got: number[] = [];
          index.take(sheet, q, (id) => got.push(id));
          expect(got.sort((x, y) => x - y)).toEqual(expected);
          for (const id of expected) left.delete(id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("says whether some area holds a cell, as a walk over every area does", () => {
    fc.assert(
      fc.property(fc.array(area, { maxLength: 30 }), fc.array(fc.tuple(coord(1048575), coord(16383)), { maxLength: 20 }), (areas, cells) => {
        const index = new DependentsIndex();
        areas.forEach((a, id) => index.add("", a, id));
        index.freeze();
        for (const [row, col] of cells) expect(index.covers("", row, col)).toBe(areas.some((a) => overlaps(a, { r1: row, r2: row, c1: col, c2: col })));
      }),
      { numRuns: 300 },
    );
  });
});
