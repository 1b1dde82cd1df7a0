import { areasOf, hiddenRows } from "../../src/hosts/office/officeRanges";

describe("reading RangeAreas addresses from Office.js", () => {
  it("takes the areas out of a sheet-qualified list, quotes and $ signs included", () => {
    expect(areasOf("'Fördelning 2024'!$A$10:$A$11,'Fördelning 2024'!B3")).toEqual(["A10:A11", "B3:B3"]);
  });

  it("finds hidden rows as the gaps among the visible areas, in any of their forms", () => {
    expect(hiddenRows(areasOf("'S'!1:9,'S'!11:1048576"), 20)).toEqual([9]);
    expect(hiddenRows(areasOf("S!A1:J4,S!L1:XFD4,S!A7:XFD1048576"), 8)).toEqual([4, 5]);
    expect(hiddenRows(areasOf("S!A:C,S!E:XFD"), 8)).toEqual([]); // a hidden column hides no row
    expect(hiddenRows([], 3)).toEqual([0, 1, 2]); // nothing visible
  });
});
