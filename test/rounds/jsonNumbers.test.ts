import { RoundDefinitionError, compileRound } from "../../src/rounds/roundFile";
import { render } from "../../src/messages/message";

/** A round with one capped block whose factor and pot are given as the test says. */
const round = (factor: unknown, pot: unknown = 1000) => ({
  id: "egen-2026",
  title: "Egen",
  blocks: [{ id: "b", title: "B", kind: "proportional", pot, weight: "population", cap: { share: "population", factor } }],
});

function problems(file: unknown): string[] {
  try {
    compileRound(file as Parameters<typeof compileRound>[0]);
    return [];
  } catch (e) {
    if (!(e instanceof RoundDefinitionError)) throw e;
    return e.problems.map((p) => `${p.path}: ${render(p.problem, "en", "cli")}`);
  }
}

const factorOf = (file: unknown) => {
  const b = compileRound(file as Parameters<typeof compileRound>[0]).blocks[0];
  return b.kind === "proportional" && b.cap?.kind === "share" ? b.cap.factor.toString() : null;
};

describe("numbers in a round file", () => {
  it("reads a JSON number of up to 15 significant digits as exactly the decimal written", () => {
    expect(factorOf(round(0.1))).toBe("0.1");
    expect(factorOf(round(1.23456789012345))).toBe("1.23456789012345");
  });

  it("refuses a JSON number with more digits, which JSON.parse may already have rounded, and says to write it as text", () => {
    const file = JSON.parse('{"id":"egen-2026","title":"Egen","blocks":[{"id":"b","title":"B","kind":"proportional","pot":1000,"weight":"population","cap":{"share":"population","factor":0.1234567890123456789}}]}');
    expect(problems(file)).toEqual([expect.stringMatching(/^blocks\[0\]\.cap\.factor: 0\.12345678901234568 has more than 15 significant digits.*write it as text/)]);
    // A pot beyond 2^53 has already lost its last digit as a JSON number; it is refused before that, beyond any budget (2^52).
    expect(problems(JSON.parse(JSON.stringify(round(1.2)).replace('"pot":1000', '"pot":9007199254740993')))).toEqual([expect.stringMatching(/^blocks\[0\]\.pot: 9007199254740992\u00a0kr is more than Fördela computes with/)]);
  });

  it("reads the same digits written as text exactly", () => {
    expect(factorOf(round("0.1234567890123456789"))).toBe("0.1234567890123456789");
  });
});
