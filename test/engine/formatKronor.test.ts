import fc from "fast-check";
import { formatKronor } from "../../src/engine/format";
import { Rational } from "../../src/engine/rational";
import { signedKronor } from "../../src/ui/signed";

const kr = (n: bigint) => Rational.of(n);

describe("amounts with their unit", () => {
  it("joins the unit with a no-break space, so 'kr' or 'SEK' never starts a line", () => {
    expect(formatKronor(kr(35563907n), "sv")).toBe("35\u00a0563\u00a0907\u00a0kr");
    expect(formatKronor(kr(35563907n), "en")).toBe("SEK\u00a035,563,907");
    expect(formatKronor(kr(0n), "sv")).toBe("0\u00a0kr");
  });

  it("puts the sign first in both languages, before the unit in English", () => {
    expect(formatKronor(kr(-30910826n), "sv")).toBe("−30\u00a0910\u00a0826\u00a0kr");
    expect(formatKronor(kr(-30910826n), "en")).toBe("−SEK\u00a030,910,826");
    expect(signedKronor(kr(3000000n), "en")).toBe("+SEK\u00a03,000,000");
    expect(signedKronor(kr(-3000000n), "en")).toBe("−SEK\u00a03,000,000");
    expect(signedKronor(kr(-12n), "sv")).toBe("−12\u00a0kr");
  });

  it("has no ordinary space in any amount, and its sign as the first character", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.constantFrom("sv" as const, "en" as const), (n, lang) => {
        const text = signedKronor(kr(n), lang);
        if (n === 0n) return;
        expect(text).not.toMatch(/ /);
        expect(text[0]).toBe(n > 0n ? "+" : "−");
        expect(text.match(/[+−]/g)).toHaveLength(1);
      }),
    );
  });
});
