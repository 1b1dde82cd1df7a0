import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readCsv } from "../helpers/csv";
import { sofficePath } from "../helpers/libreoffice";
import { referenceLargestRemainder } from "../helpers/referenceRounding";
import { PUBLISHED_2024, codeOf, withPublished } from "../helpers/published";
import { EXAMPLE, runCli, variant } from "../helpers/workbooks";

const published = PUBLISHED_2024;
const populations = new Map(readCsv("population-2023-11-01.csv").map((r) => [r.code, BigInt(r.population)]));

/**
 * Block 1 of 2024 split exactly, apart from the engine: 63 000 000 kr by each
 * applicant's count per inhabitant (count / population; the per-100 000 factor
 * cancels), floors, then the leftover kronor to the largest remainders, ties by
 * region code. Counts from the published outcome, populations from the decision.
 */
function exactBlock1(): Map<string, bigint> {
  const applicants = published.filter((r) => r.applied === "yes").map((r) => ({ code: codeOf(r.region), count: BigInt(r.at_2024) })).sort((a, b) => a.code.localeCompare(b.code));
  // Weights count/pop over one denominator, the product of the populations.
  const product = applicants.reduce((p, a) => p * populations.get(a.code)!, 1n);
  const weights = applicants.map((a) => (a.count * product) / populations.get(a.code)!);
  const total = weights.reduce((s, w) => s + w, 0n);
  const kronor = referenceLargestRemainder(63000000n, weights.map((w) => [63000000n * w, total] as const), applicants.map((a) => Number(a.code)));
  return new Map(applicants.map((a, i) => [a.code, kronor[i]]));
}

interface Json {
  checked: number;
  differences: { address: string; code: string; block: string; workbook: number; fordela: number; difference: number; explanation: { text: string }[] }[];
  sums: { block: string; workbook: number; fordela: number; pot: number }[];
}

describe("fordela check on the published 2024 figures", () => {
  let file: string;
  let json: Json;
  let code: number;
  beforeAll(async () => {
    file = await withPublished();
    const run = await runCli("check", file, "--round", "at-2024", "--json", "--lang", "en");
    code = run.code;
    json = JSON.parse(run.stdout);
  });

  it("finds exactly the cells where the published figure is not the exact split: block 1 and the total of four regions, by 1 kr", () => {
    const exact = exactBlock1();
    // Worked out here: where the published block 1 (rounded half-up, then 1 kr added by hand) differs from the exact split.
    const off = published.filter((r) => r.applied === "yes" && BigInt(r.block1) !== exact.get(codeOf(r.region)));
    expect(off).toHaveLength(4);
    const rowOf = (name: string) => 5 + ["Stockholm", "Uppsala", "Södermanland", "Östergötland", "Jönköping", "Kronoberg", "Kalmar", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland", "Värmland", "Örebro", "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland Härjedalen", "Västerbotten", "Norrbotten"].indexOf(name);
    const expected = off.flatMap((r) => {
      const d = Number(BigInt(r.block1) - exact.get(codeOf(r.region))!);
      return [
        { address: `'Fördelning 2024'!H${rowOf(r.region)}`, block: "block1", workbook: Number(r.block1), fordela: Number(exact.get(codeOf(r.region))), difference: d },
        { address: `'Fördelning 2024'!J${rowOf(r.region)}`, block: "total", workbook: Number(r.total), fordela: Number(r.total) - d, difference: d },
      ];
    });
    const got = json.differences.map(({ address, block, workbook, fordela, difference }) => ({ address, block, workbook, fordela, difference }));
    expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(new Set(expected.map((e) => JSON.stringify(e))));
    for (const d of json.differences) expect(Math.abs(d.difference)).toBe(1);
    expect(code).toBe(3);
    expect(json.checked).toBe(21 * 3);
  });

  it("explains each differing amount", () => {
    for (const d of json.differences.filter((x) => x.block === "block1")) expect(d.explanation[0].text).toMatch(/^Share by count per 100 000 inhabitants: [\d.]+ of [\d.]+ \([\d.]+%\) of SEK\u00a063,000,000\.$/);
    for (const d of json.differences.filter((x) => x.block === "total")) expect(d.explanation).toHaveLength(2);
  });

  it("agrees on block 2 and on every column's sum", () => {
    expect(json.differences.filter((d) => d.block === "block2")).toEqual([]);
    expect(json.sums).toEqual([
      { block: "block1", column: "Block 1", letter: "H", workbook: 63000000, fordela: 63000000, pot: 63000000 },
      { block: "block2", column: "Block 2", letter: "I", workbook: 160000000, fordela: 160000000, pot: 160000000 },
      { block: "total", column: "Total", letter: "J", workbook: 223000000, fordela: 223000000, pot: 223000000 },
    ]);
  });

  it("prints the same as a table in Swedish by default, and writes nothing", async () => {
    const before = readFileSync(file);
    const run = await runCli("check", file, "--round", "at-2024");
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`${json.differences.length} celler skiljer sig från Fördelas exakta fördelning:`);
    expect(run.stdout).toMatch(/^'Fördelning 2024'!H5\s+Stockholm\s+Block 1\s+2 208 244\s+2 208 245\s+−1$/m);
    expect(run.stdout).toContain("Block 1 (H): arbetsboken 63 000 000, Fördela 63 000 000, potten 63 000 000");
    expect(run.stdout).toContain("Inget skrevs.");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("fordela check: agreement, formula results, and what it refuses", () => {
  it("exits 0 on a workbook Fördela computed itself", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-check-"));
    const out = path.join(dir, "beraknad.xlsx");
    expect((await runCli("compute", EXAMPLE, "--round", "at-2024", "--out", out)).code).toBe(0);
    const run = await runCli("check", out, "--round", "at-2024");
    expect(run.stdout).toContain("Alla belopp stämmer med Fördelas exakta fördelning.");
    expect(run.code).toBe(0);
  });

  const soffice = sofficePath();
  (soffice ? it : it.skip)("reads totals that are formulas, with the results LibreOffice computed and saved", async () => {
    // The officer's totals as =H+I, computed by a real spreadsheet program.
    const typed = await withPublished("formler.xlsx", true);
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-lo-check-"));
    const profile = mkdtempSync(path.join(tmpdir(), "fordela-lo-profile-"));
    copyFileSync(typed, path.join(dir, "in.xlsx"));
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", path.join(dir, "out"), path.join(dir, "in.xlsx")], { stdio: "pipe", timeout: 120000 });
    const run = await runCli("check", path.join(dir, "out", "in.xlsx"), "--round", "at-2024", "--json");
    const json = JSON.parse(run.stdout) as Json;
    // The same four totals differ as when typed: the formulas' results were read.
    expect(json.differences.filter((d) => d.block === "total").map((d) => d.difference).sort()).toEqual([-1, -1, 1, 1]);
    expect(json.sums.find((s) => s.block === "total")!.workbook).toBe(223000000);
  }, 180000);

  it("says which column it cannot check, exits 1, and refuses --write", async () => {
    const noTotal = await variant((ws) => {
      ws.getCell("J4").value = "Anteckning";
    }, "utan-totalt.xlsx");
    const run = await runCli("check", noTotal, "--round", "at-2024", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the table has no column for Totalt to check");
    const usage = await runCli("check", EXAMPLE, "--round", "at-2024", "--write");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("check writes nothing");
  });
});

describe("fordela check on another preset (beds-2024)", () => {
  const BEDS = path.join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx");

  it("agrees with a computed beds workbook, and finds a bonus amount typed 1 000 kr too high, with its explanation", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-check-beds-"));
    const out = path.join(dir, "beraknad.xlsx");
    expect((await runCli("compute", BEDS, "--round", "beds-2024", "--out", out)).code).toBe(0);
    expect((await runCli("check", out, "--round", "beds-2024")).code).toBe(0);
    // Region 01's bonus (column G, row 6 of the example) raised by hand.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Vårdplatser 2024")!;
    const bonus = ws.getCell("G6");
    expect(ws.getCell("G5").value).toBe("Bonus");
    bonus.value = (bonus.value as number) + 1000;
    const edited = path.join(dir, "handrattad.xlsx");
    await wb.xlsx.writeFile(edited);
    const run = await runCli("check", edited, "--round", "beds-2024", "--json", "--lang", "en");
    expect(run.code).toBe(3);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.differences.map((d) => [d.address, d.block, d.difference])).toEqual([["'Vårdplatser 2024'!G6", "bonus", 1000]]);
    expect(json.differences[0].explanation[0].text).toMatch(/^The bonus pot/);
    const bonusSum = json.sums.find((s) => s.block === "bonus")!;
    expect(bonusSum.workbook - bonusSum.pot).toBe(1000);
  });
});


describe("fordela check on a table half filled in", () => {
  /** The published figures, with Stockholm's and Östergötland's block 2 (rows 5 and 8) left empty: Stockholm is paid one, Östergötland nothing. */
  const halfFilled = () =>
    variant((ws) => {
      for (let r = 5; r <= 25; r++) {
        const row = published.find((p) => codeOf(p.region) === codeOf(String(ws.getCell(`A${r}`).value)))!;
        ws.getCell(`H${r}`).value = Number(row.block1);
        ws.getCell(`I${r}`).value = r === 5 || r === 8 ? null : Number(row.block2);
        ws.getCell(`J${r}`).value = Number(row.total);
      }
    }, "halvifylld.xlsx");

  it("says the empty cells apart from the differing figures, as Granska does, in Swedish and in the JSON; empty where nothing is paid agrees", async () => {
    const file = await halfFilled();
    const sv = await runCli("check", file, "--round", "at-2024");
    expect(sv.code).toBe(3);
    expect(sv.stdout).toContain("8 celler skiljer sig från Fördelas exakta fördelning:");
    expect(sv.stdout).toContain("1 cell är inte ifylld, där Fördela har ett belopp:");
    const after = sv.stdout.slice(sv.stdout.indexOf("1 cell är inte ifylld"), sv.stdout.indexOf("Summor per kolumn"));
    expect(after.match(/^\s*'Fördelning 2024'!I\d+\s.*$/gm)).toEqual([expect.stringMatching(/'Fördelning 2024'!I5 +Stockholm +Block 2 +\(tom\) +33 355 662 +–/)]);
    const run = await runCli("check", file, "--round", "at-2024", "--json", "--lang", "en");
    const json = JSON.parse(run.stdout) as { unfilled: number; differences: { address: string; unfilled: boolean }[] };
    expect(json.unfilled).toBe(1);
    expect(json.differences.filter((d) => d.unfilled).map((d) => d.address)).toEqual(["'Fördelning 2024'!I5"]);
    expect(json.differences.filter((d) => !d.unfilled)).toHaveLength(8);
  });
});
