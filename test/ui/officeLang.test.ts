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
