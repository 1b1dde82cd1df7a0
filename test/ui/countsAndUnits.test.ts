import { msg, render } from "../../src/messages/message";
import { t } from "../../src/ui/i18n";

describe("counts of one in the messages the interface and Excel show", () => {
  it("says one cell, one region, one amount differs; more in the plural", () => {
    expect(render(msg("fn.sizes", { name: "B2:B3", n: 1, first: "A2:A3", m: 2 }), "sv")).toBe("B2:B3 har 1 cell men A2:A3 har 2: ge områden av samma storlek");
    expect(render(msg("fn.sizes", { name: "B2:B3", n: 3, first: "A2:A3", m: 1 }), "en")).toBe("B2:B3 has 3 cells but A2:A3 has 1: give ranges of the same size");
    expect(render(msg("rules.potTooSmall", { pot: "10", amount: "20", n: 1 }), "sv")).toBe("potten 10 räcker inte till 20\u00a0kr för var och en av 1 region");
    expect(render(msg("rules.potTooSmall", { pot: "10", amount: "20", n: 2 }), "en")).toBe("the pot of 10 is less than 20\u00a0kr for each of 2 regions");
    expect(render(msg("engine.monthlyFewRegions", { block: "B", n: 1 }), "sv")).toBe("B: de reserverade delarna fördelas efter folkmängden i tabellens 1 region, inte alla 21");
    expect(render(msg("check.conventionTitle", { n: 1, of: 63 }), "en")).toBe("Check: 1 of 63 amounts differs, but only in the rounding");
    expect(t("en", "reviewDiffer", { n: 1, of: 63 })).toBe("Check: 1 of 63 amounts differs from the exact allocation");
    expect(t("en", "reviewDiffer", { n: 2, of: 63 })).toBe("Check: 2 of 63 amounts differ from the exact allocation");
  });

  it("keeps 'kr' on the line of its amount in every message that names kronor", () => {
    for (const code of ["engine.ladderLeft", "engine.nobodyEligible", "rules.potsDiffer", "rules.tooLarge"] as const) {
      const text = render(msg(code, { block: "B", amount: "5", sum: "1", pot: "2", value: "3", most: "4" }), "sv");
      expect(text).toMatch(/\u00a0kr/);
      expect(text).not.toMatch(/ kr\b/);
    }
  });
});
