import { officeLang } from "../../src/ui/officeLang";

describe("the interface language for Office's display language", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV-se", "sv"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["fi-FI", "en"],
  ])("%s gives %s", (display, lang) => {
    expect(officeLang(display)).toBe(lang);
  });

  it("is Swedish where Office does not say", () => {
    expect(officeLang(undefined)).toBe("sv");
    expect(officeLang("")).toBe("sv");
  });
});

describe("a count of one in the messages", () => {
  it("says one cell, one error, one region, in both languages; more in the plural", () => {
    const { t } = jest.requireActual("../../src/ui/i18n") as typeof import("../../src/ui/i18n");
    const { msg, render } = jest.requireActual("../../src/messages/message") as typeof import("../../src/messages/message");
    expect(t("sv", "written", { n: 1, sheet: "S", record: "R" })).toBe("Klart: 1 cell skrevs på bladet S, och protokollbladet R.");
    expect(t("en", "written", { n: 2, sheet: "S", record: "R" })).toBe("Done: 2 cells written on the sheet S, and the record sheet R.");
    expect(t("sv", "errorsCount", { n: 1 })).toBe("1 fel i indata: inget skrivs förrän det är rättat.");
    expect(t("en", "errorsCount", { n: 3 })).toBe("3 errors in the input: nothing is written until they are corrected.");
    expect(render(msg("check.differ", { n: 1 }), "sv")).toBe("1 cell skiljer sig från Fördelas exakta fördelning:");
    expect(render(msg("check.differ", { n: 4 }), "en")).toBe("4 cells differ from Fördela's exact allocation:");
  });
});
