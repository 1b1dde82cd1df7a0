import { readFileSync } from "node:fs";
import path from "node:path";
import { render } from "../../src/messages/message";
import { presetFiles } from "../../src/rounds/presets";
import { RoundDefinitionError, compileRound, type RoundFile } from "../../src/rounds/roundFile";
import { readRoundJson } from "../../src/rounds/readRoundJson";
import validateRound from "../../src/rounds/generated/validateRound";
import { matchRegion } from "../../src/workbook/values/regions";
import { readRoundSheet, roundSheetRows } from "../../src/workbook/rules/roundSheet";
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";

const { generate, OUT } = require("../../scripts/build-round-validator") as { generate: () => string; OUT: string };

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const TILL = JSON.parse(readFileSync(path.join(EXAMPLES, "tillganglighet-2025.json"), "utf8")) as RoundFile;
const regionOf = (t: string) => matchRegion(t)?.code ?? null;

/** Each problem of a definition as "path: message" in English, and the same in Swedish. */
function problems(file: unknown, lang: "en" | "sv" = "en"): string[] {
  try {
    compileRound(file as RoundFile, { regionOf });
    return [];
  } catch (e) {
    if (!(e instanceof RoundDefinitionError)) throw e;
    return e.problems.map((p) => `${p.path}: ${render(p.problem, lang)}`);
  }
}
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const at2024 = () => clone(presetFiles["at-2024"]) as { blocks: Record<string, unknown>[] } & RoundFile;
const beds = () => clone(presetFiles["beds-2024"]) as { blocks: Record<string, unknown>[] } & RoundFile;

describe("the round schema (round.schema.json)", () => {
  it("accepts every preset and every example round file", () => {
    for (const file of [...Object.values(presetFiles), TILL, JSON.parse(readFileSync(path.join(EXAMPLES, "korta-vardkoerna-2025.json"), "utf8"))]) expect({ id: file.id, ok: validateRound(file), errors: validateRound.errors }).toEqual({ id: file.id, ok: true, errors: null });
  });

  it("is compiled into the validator the product runs (npm run schema after editing it)", () => {
    expect(readFileSync(OUT, "utf8")).toBe(generate());
  });

  it("refuses an unknown key with its path and the nearest known key, in both languages", () => {
    const f = at2024();
    f.blocks[0].Cap = { amount: 5 };
    (f as Record<string, unknown>).popluationDate = "2023-11-01";
    expect(problems(f)).toEqual(['popluationDate: unknown key "popluationDate"; did you mean "populationDate"?', 'blocks[0].Cap: unknown key "Cap"; did you mean "cap"?']);
    const t = clone(TILL) as { blocks: Record<string, unknown>[] } & RoundFile;
    t.blocks[0].leftovr = "next";
    expect(problems(t)).toEqual(['blocks[0].leftovr: unknown key "leftovr"; did you mean "leftover"?']);
    expect(problems(f, "sv")[1]).toBe('blocks[0].Cap: okänd nyckel "Cap"; menade du "cap"?');
  });

  it("names the keys known there when none is near, by the block's own kind", () => {
    const f = at2024();
    f.blocks[1].zzzzzz = 1;
    const [line] = problems(f);
    expect(line).toContain('blocks[1].zzzzzz: unknown key "zzzzzz" (known here: ');
    expect(line).toContain('"steps"');
    expect(line).not.toContain('"pots"');
  });

  it("says a missing key, a wrong type and a value out of range with their paths", () => {
    const f = beds();
    delete f.blocks[0].weight;
    const perf = f.blocks[1] as { improvement: { percent: unknown }; lowest: { n: unknown }; months: string[] };
    perf.improvement.percent = 150;
    perf.lowest.n = 30;
    perf.months = [...perf.months, "2024-02"];
    expect(problems(f)).toEqual(
      expect.arrayContaining([
        'blocks[0].weight: "weight" is missing',
        "blocks[1].improvement.percent: 150 is not a percentage from 0 to 100",
        "blocks[1].lowest.n: 30 regions is more than the 21 there are",
        'blocks[1].months[9]: "2024-02" is already earlier in the list',
      ]),
    );
    perf.improvement.percent = "150";
    expect(problems(f)).toContain("blocks[1].improvement.percent: 150 is not a percentage from 0 to 100");
  });

  it("takes region lists as codes, names and numbers that are codes, and refuses the rest", () => {
    const f = clone(presetFiles["at-2022"]) as RoundFile;
    f.goodLevel = [4, "05", "Jönköping", "Region Kronoberg"];
    expect(compileRound(f, { regionOf }).goodLevel).toEqual(["04", "05", "06", "07"]);
    f.goodLevel = [2, "Sörmlandd", "04", "Sörmland"];
    expect(problems(f)).toEqual(['goodLevel[0]: 2 is no region: write a region code like "04" or a name like "Sörmland"', 'goodLevel[1]: "Sörmlandd" is no region: write a region code like "04" or a name like "Sörmland"', 'goodLevel[3]: "Sörmland" is already earlier in the list']);
  });

  describe('"rest" anywhere', () => {
    it("is the round's pot less every other block, before it or after it", () => {
      const f = clone(TILL) as { blocks: Record<string, unknown>[] } & RoundFile;
      f.blocks.push({ id: "extra", kind: "equal", pot: 21000000 });
      const round = compileRound(f);
      expect(round.blocks.map((b) => b.pot.toString())).toEqual(["2100000000", "3765500000", "21000000"]);
      expect(round.blocks[1].rest?.others.toString()).toBe("2121000000");
    });

    it("is refused where the other blocks leave nothing, and when two blocks take it", () => {
      const f = clone(TILL) as { blocks: Record<string, unknown>[] } & RoundFile;
      f.blocks.push({ id: "extra", kind: "equal", pot: 3786500000 });
      expect(problems(f)).toEqual(["blocks[1].pot: the other blocks take 5886500000\u00a0kr of the round's 5886500000\u00a0kr; nothing is left"]);
      f.blocks[2].pot = "rest";
      expect(problems(f)).toEqual(['blocks[2].pot: only one block can take the "rest" of the round\'s pot; a block before already does']);
    });
  });

  it("refuses a cap given two ways", () => {
    const f = at2024();
    f.blocks[0].cap = { amount: 5000000, share: "population" };
    expect(problems(f)).toEqual(['blocks[0].cap: give one of "amount", "column" and "share", not "amount" + "share"']);
  });

  it("says a sub-pot of an unknown kind once, not what that kind would need", () => {
    const f = clone(JSON.parse(readFileSync(path.join(EXAMPLES, "korta-vardkoerna-2025.json"), "utf8"))) as { blocks: { pots: Record<string, unknown>[] }[] } & RoundFile;
    f.blocks[1].pots[0].kind = "ladder";
    expect(problems(f)).toEqual(['blocks[1].pots[0].kind: unknown value "ladder" (known: proportional, equal, fixed, top, perUnit)']);
  });
});

describe("a round file's text", () => {
  it("is read with or without a byte-order mark (Windows Notepad saves one)", () => {
    const text = JSON.stringify(TILL);
    expect(readRoundJson(`\uFEFF${text}`)).toEqual(readRoundJson(text));
    expect(readRoundJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it("says a syntax error with its line and column, in Swedish and English", () => {
    const read = readRoundJson('{\n  "id": "x",\n  "blocks": [1, 2,],\n}');
    if (read.ok) throw new Error("must be refused");
    expect(render(read.problems[0].problem, "sv")).toBe('rad 3, kolumn 19: här väntades ett värde (ett tal, en text inom "", true, false, null, { eller [), men där står "]"');
    expect(render(read.problems[0].problem, "en")).toBe('line 3, column 19: a value was expected here (a number, a text in "", true, false, null, { or [), but "]" stands there');
    const open = readRoundJson('{ "id": "x"');
    expect(!open.ok && render(open.problems[0].problem, "en")).toBe("line 1, column 12: a comma or a closing } or ] was expected here, but the end of the file stands there");
  });

  it("refuses a key written twice in one object, where JSON would keep the last without a word", () => {
    const read = readRoundJson('{ "id": "x", "blocks": [ { "pot": 1, "kind": "equal", "pot": 2 } ] }');
    expect(read.ok ? [] : read.problems.map((p) => `${p.path}: ${render(p.problem, "en")}`)).toEqual(['blocks[0].pot: the key "pot" is written twice in the same object; remove one (JSON reads only the last)']);
  });

  it("reads exactly what JSON.parse reads where it is valid", () => {
    const text = '{"a": [1, -2.5e3, "x\\u00e5\\n", true, null, {}], "b": {"c": []}}';
    const read = readRoundJson(text);
    expect(read.ok && read.file).toEqual(JSON.parse(text));
  });
});

describe("the rules sheet", () => {
  const rows = (): SheetSnapshot["values"] => roundSheetRows(presetFiles["at-2024"]) as SheetSnapshot["values"];

  it("refuses a parameter given twice, at the second row, naming the first", () => {
    const values = [...rows(), ["blocks.1.pot", 70000000]];
    const first = values.findIndex((r) => r[0] === "blocks.1.pot") + 1;
    const read = readRoundSheet({ name: "Fördela regler", values } as SheetSnapshot);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => `${e.address}: ${render(e, "en")}`)).toEqual([`'Fördela regler'!A${values.length}: blocks.1.pot is already given in A${first}: each parameter is given once`]);
  });

  it("refuses a value that also has parts of its own", () => {
    const values = [...rows(), ["blocks.1.weight.column", "need"]];
    const read = readRoundSheet({ name: "Fördela regler", values } as SheetSnapshot);
    expect(!read.ok && render(read.errors[0], "en")).toContain("blocks.1.weight.column clashes with blocks.1.weight");
  });

  it("refuses an unknown parameter at its cell with the nearest known key", () => {
    const values = [...rows(), ["blocks.2.remaindr.kind", "none"]];
    const read = readRoundSheet({ name: "Fördela regler", values } as SheetSnapshot);
    expect(!read.ok && read.errors.map((e) => `${e.address}: ${render(e, "en")}`)).toEqual([`'Fördela regler'!B${values.length}: blocks.2.remaindr: unknown key "remaindr"; did you mean "remainder"?`]);
  });
});
