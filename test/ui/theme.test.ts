import fc from "fast-check";
import { contrast, luminance, themeFromOffice } from "../../src/ui/theme";

describe("the taskpane's theme from Office's", () => {
  it("measures contrast as WCAG 2 does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#616161", "#ffffff")).toBeCloseTo(6.2, 1);
    expect(luminance("#fff")).toBe(1);
    expect(luminance("red-ish")).toBeNull();
  });

  it("is dark in Office's black and dark grey themes and light in its white and colorful ones", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" })?.scheme).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" })?.scheme).toBe("light");
    // Office's own word wins over the colour.
    expect(themeFromOffice({ bodyBackgroundColor: "#666666", isDarkTheme: true })?.scheme).toBe("dark");
  });

  it("follows the system where Office gives no theme or no colour", () => {
    expect(themeFromOffice(undefined)).toBeNull();
    expect(themeFromOffice({})).toBeNull();
    expect(themeFromOffice({ bodyBackgroundColor: "transparent" })).toBeNull();
  });

  it("takes Office's background only where the palette's text and muted text keep 4.5:1 on it", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })?.vars).toEqual({ "--bg": "#262626" });
    // Office's dark grey: the palette's muted grey would fall under AA on it, so the palette's own background stays.
    expect(themeFromOffice({ bodyBackgroundColor: "#666666", isDarkTheme: true })?.vars).toEqual({});
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const bg = `#${n.toString(16).padStart(6, "0")}`;
        const theme = themeFromOffice({ bodyBackgroundColor: bg })!;
        const texts = theme.scheme === "dark" ? ["#ffffff", "#d6d6d6"] : ["#242424", "#616161"];
        if (theme.vars["--bg"]) for (const fg of texts) expect(contrast(fg, theme.vars["--bg"])!).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
