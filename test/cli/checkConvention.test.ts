import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { presetFiles } from "../../src/rounds/presets";
import type { RoundFile } from "../../src/rounds/roundFile";
import { roundedWorkbook, type Example } from "../helpers/roundedWorkbook";
import { EXAMPLE, SHEET, load, runCli, tempDir } from "../helpers/workbooks";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const AT_2024: Example = { example: EXAMPLE, sheet: SHEET, file: presetFiles["at-2024"], source: { preset: "at-2024" } };
const ACCESS_FILE = path.join(EXAMPLES, "tillganglighet-2025.json");
const ACCESS: Example = { example: path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx"), sheet: "Fördelning 2025", file: JSON.parse(readFileSync(ACCESS_FILE, "utf8")) as RoundFile, source: { file: JSON.parse(readFileSync(ACCESS_FILE, "utf8")) as RoundFile, name: ACCESS_FILE } };

interface Json {
  agree: boolean;
  convention: { method: string; unit: number; text: string } | null;
  differences: { address: string; difference: number | null }[];
}

const flat = (s: string) => s.replace(/\u00a0/g, " ");

async function checkAt2024(file: string, lang: "sv" | "en", json = false) {
  const run = await runCli("check", file, "--round", "at-2024", "--lang", lang, ...(json ? ["--json"] : []));
  return { ...run, stdout: flat(run.stdout) };
}

describe("fordela check names the rule for the last krona a table follows (AT 2024, preset)", () => {
  it("rounded half up with the difference on the largest region: says so in Swedish and English instead of listing differences, exit 3", async () => {
    const { file } = await roundedWorkbook(AT_2024, { method: "halfUpToLargest" });
    const sv = await checkAt2024(file, "sv");
    expect(sv.code).toBe(3);
    expect(sv.stdout).toMatch(/\d+ celler skiljer sig från Fördelas fördelning, men bara i avrundningen:/);
    expect(sv.stdout).toContain(
      'Beloppen följer avrundning uppåt från 0,5 med resten på den region som får mest (halfUpToLargest); lägg till "rounding": { "method": "halfUpToLargest" } i en egen omgångsfil (fordela rounds --export at-2024) för att räkna så.',
    );
    // No list of ±1 kr differences: no table header, no explanation lines.
    expect(sv.stdout).not.toContain("Skillnad");
    expect(sv.stdout).toContain("Inget skrevs.");
    const en = await checkAt2024(file, "en");
    expect(en.code).toBe(3);
    expect(en.stdout).toContain(
      'The amounts follow rounding half up with the difference on the region that gets the most (halfUpToLargest); add "rounding": { "method": "halfUpToLargest" } to a round file of your own (fordela rounds --export at-2024) to compute that way.',
    );
    const json = JSON.parse((await checkAt2024(file, "en", true)).stdout) as Json;
    expect(json.agree).toBe(false);
    expect(json.convention).toMatchObject({ method: "halfUpToLargest", unit: 1 });
    expect(json.convention!.text).toMatch(/^The amounts follow rounding half up/);
    // The differences stay in the data, each one krona or a few.
    expect(json.differences.length).toBeGreaterThan(0);
    for (const d of json.differences) expect(Math.abs(d.difference!)).toBeLessThanOrEqual(21);
  });

  it("in whole 1 000 kr by largest remainder: names the unit", async () => {
    const { file } = await roundedWorkbook(AT_2024, { method: "largestRemainder", unit: 1000 });
    const sv = await checkAt2024(file, "sv");
    expect(sv.code).toBe(3);
    expect(sv.stdout).toContain('Beloppen följer avrundning nedåt till hela 1 000 kr med det som blir över till de största resterna (largestRemainder); lägg till "rounding": { "method": "largestRemainder", "unit": 1000 }');
    const en = await checkAt2024(file, "en");
    expect(en.stdout).toContain('The amounts follow rounding down to whole SEK 1,000 with what is left over to the largest remainders (largestRemainder); add "rounding": { "method": "largestRemainder", "unit": 1000 }');
    expect((JSON.parse((await checkAt2024(file, "sv", true)).stdout) as Json).convention).toMatchObject({ method: "largestRemainder", unit: 1000 });
  });

  it("rounded down, the rest unpaid: names the method (the workbook's sums are under the pots)", async () => {
    const { file, result } = await roundedWorkbook(AT_2024, { method: "down" });
    expect(result.totals.total.toNumber()).toBeLessThan(223000000);
    const sv = await checkAt2024(file, "sv");
    expect(sv.code).toBe(3);
    expect(sv.stdout).toContain('Beloppen följer avrundning nedåt med resten ofördelad (down); lägg till "rounding": { "method": "down" }');
    expect((JSON.parse((await checkAt2024(file, "en", true)).stdout) as Json).convention).toMatchObject({ method: "down", unit: 1 });
  });

  it("rounded down to whole 100 000 kr", async () => {
    const { file } = await roundedWorkbook(AT_2024, { method: "down", unit: 100000 });
    const en = await checkAt2024(file, "en");
    expect(en.stdout).toContain("The amounts follow rounding down to whole SEK 100,000 with the rest left unallocated (down)");
  });

  it("a table rounded half up with one figure changed by 1 kr follows no rule: the differences are listed as before", async () => {
    // Block 1 (column H, index 7) of the first region row, 1 kr more; the total as rounded.
    const { file } = await roundedWorkbook(AT_2024, { method: "halfUpToLargest" }, (figures) => {
      const at = [...figures.keys()].find((k) => k.endsWith(",7"))!;
      figures.set(at, figures.get(at)! + 1);
    });
    const sv = await checkAt2024(file, "sv");
    expect(sv.code).toBe(3);
    expect(sv.stdout).toMatch(/\d+ celler skiljer sig från Fördelas exakta fördelning:/);
    expect(sv.stdout).toContain("Skillnad");
    expect(sv.stdout).not.toContain("Beloppen följer");
    expect((JSON.parse((await checkAt2024(file, "en", true)).stdout) as Json).convention).toBeNull();
  });

  it("a table rounded half up with three totals left empty: the rule is named from the figures there are, and the empty cells are listed", async () => {
    // Column J (index 9): the totals of the first three regions that get something, left empty.
    const emptied: string[] = [];
    const { file } = await roundedWorkbook(AT_2024, { method: "halfUpToLargest" }, (figures) => {
      for (const at of [...figures.keys()].filter((k) => k.endsWith(",9") && figures.get(k) !== 0).slice(0, 3)) {
        figures.set(at, null);
        emptied.push(`'Fördelning 2024'!J${Number(at.split(",")[0]) + 1}`);
      }
    });
    const sv = await checkAt2024(file, "sv");
    expect(sv.code).toBe(3);
    expect(sv.stdout).toContain("Beloppen följer avrundning uppåt från 0,5 med resten på den region som får mest (halfUpToLargest)");
    // Empty is empty: the three totals are not filled in, said apart from any figure that differs.
    expect(sv.stdout).toContain("3 celler är inte ifyllda, där Fördela har ett belopp:");
    expect(sv.stdout).not.toContain("skiljer sig från Fördelas exakta fördelning");
    expect(sv.stdout).toMatch(/'Fördelning 2024'!J5 +Stockholm +Totalt +\(tom\)/);
    const json = JSON.parse((await checkAt2024(file, "en", true)).stdout) as Json;
    expect(json.convention).toMatchObject({ method: "halfUpToLargest", unit: 1 });
    expect(json.differences.filter((d) => d.difference === null).map((d) => d.address)).toEqual(emptied);
  });

  it("a table computed by the round's own rule agrees as before, with no convention", async () => {
    const { file } = await roundedWorkbook(AT_2024, {});
    const run = await checkAt2024(file, "en", true);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ agree: true, convention: null, differences: [] });
  });
});

describe("fordela check names the rule of a round file's table (tillgänglighet 2025), and the suggestion works", () => {
  it("half up: says to add it to the round file", async () => {
    const { file } = await roundedWorkbook(ACCESS, { method: "halfUpToLargest" });
    const sv = await runCli("check", file, "--round-file", ACCESS_FILE);
    expect(sv.code).toBe(3);
    expect(flat(sv.stdout)).toContain(
      'Beloppen följer avrundning uppåt från 0,5 med resten på den region som får mest (halfUpToLargest); lägg till "rounding": { "method": "halfUpToLargest" } i omgångsfilen för att räkna så.',
    );
    const en = await runCli("check", file, "--round-file", ACCESS_FILE, "--lang", "en");
    expect(flat(en.stdout)).toContain('add "rounding": { "method": "halfUpToLargest" } to the round file to compute that way.');
  });

  it("half up to whole 100 000 kr, where largest remainder gives the same figures: the rule said, added to the file, makes every figure agree", async () => {
    const { file } = await roundedWorkbook(ACCESS, { method: "halfUpToLargest", unit: 100000 });
    const run = await runCli("check", file, "--round-file", ACCESS_FILE, "--json");
    expect(run.code).toBe(3);
    const { convention } = JSON.parse(run.stdout) as Json;
    // Both methods give these figures: the round's own method (largest remainder) in the table's unit is the smaller change.
    expect(convention).toMatchObject({ method: "largestRemainder", unit: 100000 });
    const withRule = path.join(tempDir(), "tillganglighet-2025.json");
    writeFileSync(withRule, JSON.stringify({ ...ACCESS.file, $schema: undefined, rounding: { method: convention!.method, unit: convention!.unit } }));
    const again = await runCli("check", file, "--round-file", withRule, "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ agree: true, convention: null });
  });
  it("a round file that states half up, on a table by largest remainder: says to change its rule, and the change makes every figure agree", async () => {
    const { file } = await roundedWorkbook(ACCESS, {});
    const halfUp = path.join(tempDir(), "tillganglighet-2025.json");
    writeFileSync(halfUp, JSON.stringify({ ...ACCESS.file, $schema: undefined, rounding: { method: "halfUpToLargest" } }));
    const sv = await runCli("check", file, "--round-file", halfUp);
    expect(sv.code).toBe(3);
    expect(flat(sv.stdout)).toContain('(largestRemainder); ändra omgångsfilens "rounding" till { "method": "largestRemainder" } för att räkna så.');
    const en = await runCli("check", file, "--round-file", halfUp, "--lang", "en");
    expect(flat(en.stdout)).toContain('(largestRemainder); change the round file\'s "rounding" to { "method": "largestRemainder" } to compute that way.');
    writeFileSync(halfUp, JSON.stringify({ ...ACCESS.file, $schema: undefined, rounding: { method: "largestRemainder" } }));
    expect((await runCli("check", file, "--round-file", halfUp)).code).toBe(0);
  });
});

describe("fordela check names the rule of a table whose rules are on the sheet Fördela regler", () => {
  it("down to whole 1 000 kr: says which rows to add, and with them added everything agrees", async () => {
    const { file } = await roundedWorkbook(AT_2024, { method: "down", unit: 1000 });
    expect((await runCli("rounds", "--export", "at-2024", "--into", file)).code).toBe(0);
    const sv = await runCli("check", file, "--round", "workbook");
    expect(sv.code).toBe(3);
    expect(flat(sv.stdout)).toContain(
      "Beloppen följer avrundning nedåt till hela 1 000 kr med resten ofördelad (down); lägg till raden rounding.method med värdet down och raden rounding.unit med värdet 1000 på bladet Fördela regler för att räkna så.",
    );
    const en = await runCli("check", file, "--round", "workbook", "--lang", "en");
    expect(flat(en.stdout)).toContain("add the row rounding.method with the value down and the row rounding.unit with the value 1000 on the sheet Fördela regler to compute that way.");
    // As the message says: two rows on the rules sheet.
    const wb = await load(file);
    wb.getWorksheet("Fördela regler")!.addRow(["rounding.method", "down"]);
    wb.getWorksheet("Fördela regler")!.addRow(["rounding.unit", 1000]);
    await wb.xlsx.writeFile(file);
    const again = await runCli("check", file, "--round", "workbook", "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ agree: true, convention: null });
  });
});
