import fc from "fast-check";
import { isNoFigure } from "../../src/workbook/sheet/cellText";
import { parseYesNo, parseYesNoCell, yesNoColumn } from "../../src/workbook/values/parseYesNo";
import { answered } from "../../src/workbook/read/yesNoFields";

const CHECKS = ["✓", "✔", "☑", "✅", "✔️"];
const CROSSES = ["✗", "✘", "❌", "☒"];
const value = (p: ReturnType<typeof parseYesNoCell>) => (p.ok ? p.value : "refused");

describe("parseYesNoCell: a yes/no cell, with what its column says", () => {
  it.each([
    ["Ja", true], ["nej", false], ["YES", true], ["no", false], ["x", true], ["X", true], [true, true], [false, false], ["SANT", true], ["FALSKT", false],
    ["✓", true], ["✔", true], ["☑", true], ["✅", true], ["☐", false], ["-", false], ["–", false],
    [null, null], ["", null], ["..", null], ["…", null], [".", null], ["\u200b", null],
  ])("reads %j as %s", (input, expected) => expect(value(parseYesNoCell(input))).toBe(expected));

  it("reads a cross as no only in a column whose yes is written otherwise", () => {
    const besideJa = yesNoColumn(["Ja", "✗", "Ja"]);
    const besideChecks = yesNoColumn(["✓", "✗", null]);
    const crossesOnly = yesNoColumn(["✗", null, "✗"]);
    const besideX = yesNoColumn(["x", "✗"]);
    for (const cross of CROSSES) {
      expect([value(parseYesNoCell(cross, besideJa)), value(parseYesNoCell(cross, besideChecks))]).toEqual([false, false]);
      expect([value(parseYesNoCell(cross, crossesOnly)), value(parseYesNoCell(cross, besideX)), value(parseYesNoCell(cross))]).toEqual(["refused", "refused", "refused"]);
    }
  });

  it("an empty cell is a no in a column of marks and blanks, an entry not made in a column of words", () => {
    expect(yesNoColumn(["x", null, "✓", ".."]).marksOnly).toBe(true);
    expect(yesNoColumn(["Ja", null, "Ja"]).marksOnly).toBe(false);
    expect(answered(null, true, yesNoColumn(["x", null]))).toEqual({ value: false, problem: null });
    expect(answered(null, true, yesNoColumn(["Ja", null])).problem?.code).toBe("yesNo.emptyTakesPart");
    expect(answered(null, false, yesNoColumn(["Ja", null]))).toEqual({ value: null, problem: null });
  });

  it("parseYesNo keeps reading an empty cell as no (Ansökt, the rules sheet)", () => {
    expect([null, "", ".."].map((v) => parseYesNo(v)).map((p) => p.ok && p.value)).toEqual([false, false, false]);
  });

  it("property: text that is no form of yes or no is refused, never read as either", () => {
    const known = new Set(["ja", "j", "yes", "y", "x", "sant", "true", "1", "nej", "n", "no", "falskt", "false", "0"]);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), (text) => {
        const t = text.trim().toLowerCase().replace(/[.!]$/, "");
        fc.pre(t !== "" && !known.has(t) && !isNoFigure(text) && !/^[-–—]+$/.test(t) && ![...CHECKS, ...CROSSES, "☐"].includes(t));
        expect(parseYesNoCell(text, yesNoColumn(["Ja", "Nej"])).ok).toBe(false);
      }),
    );
  });

  it("property: in a column of ✓ and ✗ every mark reads as what it shows", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 21 }), fc.constantFrom(...CHECKS), fc.constantFrom(...CROSSES), (answers, yes, no) => {
        const cells = answers.map((a) => (a ? yes : no));
        const column = yesNoColumn(cells);
        fc.pre(answers.some((a) => a));
        expect(cells.map((c) => value(parseYesNoCell(c, column)))).toEqual(answers);
      }),
    );
  });
});

describe("isNoFigure: how officers and statistical tables write 'no figure'", () => {
  it.each(["–", "-", "--", "—", "..", "...", "…", ".", " .. ", "\u00a0–\u00a0"])("%j is no figure", (t) => expect(isNoFigure(t)).toBe(true));
  it.each(["0", "1.", ".5", "I.U", "x", "....", "-3", "..1"])("%j is not", (t) => expect(isNoFigure(t)).toBe(false));
});
