import ExcelJS from "exceljs";
import path from "node:path";
import { readCsv } from "../helpers/csv";
import { referenceLargestRemainder } from "../helpers/referenceRounding";
import { runCli, tempDir } from "../helpers/workbooks";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const FILE = path.join(EXAMPLES, "korta-vardkoerna-2025.json");
const BOOK = path.join(EXAMPLES, "korta-vardkoerna-2025-exempel.xlsx");
const regions = readCsv("regions.csv");

type Frac = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const frac = (n: bigint, d = 1n): Frac => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const add = (a: Frac, b: Frac) => frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const lt = (a: Frac, b: Frac) => a[0] * b[1] < b[0] * a[1];

interface Row {
  code: string;
  population: bigint;
  cells: bigint[];
}

/** The example's rows as exceljs reads them: region code, population and the nine area columns (C–K). */
async function rows(): Promise<Row[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(BOOK);
  const out: Row[] = [];
  wb.getWorksheet("Fördelning 2025")!.eachRow((row) => {
    const region = regions.find((r) => r.official_name === row.getCell(1).value);
    if (region) out.push({ code: region.code, population: BigInt(row.getCell(2).value as number), cells: Array.from({ length: 9 }, (_, k) => BigInt(row.getCell(3 + k).value as number)) });
  });
  return out;
}

/**
 * One area's rule, worked out apart from the engine in BigInt: each region
 * claims price × (operations this year − last year, at least 0), at most its
 * cap, ⌊pot × need / Σ need⌋; the claims here stay under the pot. What is not
 * claimed goes to the 5 regions with the most operations per inhabitant this
 * year, by need. Then whole kronor by largest remainder, ties in code order.
 */
function area(rs: Row[], at: number, pot: bigint, price: bigint): bigint[] {
  const before = (r: Row) => r.cells[at];
  const now = (r: Row) => r.cells[at + 1];
  const need = (r: Row) => r.cells[at + 2];
  const needs = rs.reduce((s, r) => s + need(r), 0n);
  const paid: Frac[] = rs.map((r) => {
    const claim = price * (now(r) > before(r) ? now(r) - before(r) : 0n);
    const cap = (pot * need(r)) / needs; // floor: caps in whole kronor
    return frac(claim < cap ? claim : cap);
  });
  const claimed = paid.reduce(add, frac(0n));
  expect(lt(claimed, frac(pot))).toBe(true);
  const left = frac(pot * claimed[1] - claimed[0], claimed[1]);
  const perInhabitant = rs.map((r) => frac(now(r), r.population));
  const order = rs.map((_, i) => i).sort((a, b) => (lt(perInhabitant[b], perInhabitant[a]) ? -1 : lt(perInhabitant[a], perInhabitant[b]) ? 1 : a - b));
  const top = order.slice(0, 5);
  const topNeed = top.reduce((s, i) => s + need(rs[i]), 0n);
  const exact = paid.map((p, i) => (top.includes(i) ? add(p, frac(left[0] * need(rs[i]), left[1] * topNeed)) : p));
  return referenceLargestRemainder(pot, exact, rs.map((r) => Number(r.code)));
}

describe("korta vårdköerna 2025 (examples/korta-vardkoerna-2025.json)", () => {
  it("computes the example workbook: 100 000 000 kr in equal shares, each area's sub-pot by performance, capped by need, the rest to the top 5", async () => {
    const run = await runCli("compute", BOOK, "--round-file", FILE, "--json");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { regions: { code: string; amounts: Record<string, number> }[]; blocks: { id: string; pot: number; allocated: number }[] };
    expect(out.blocks.map((b) => [b.id, b.pot, b.allocated])).toEqual([
      ["equalPart", 100_000_000, 100_000_000],
      ["hip", 150_000_000, 150_000_000],
      ["prolapse", 97_000_000, 97_000_000],
      ["cataract", 150_000_000, 150_000_000],
    ]);
    const rs = await rows();
    const byCode = new Map(out.regions.map((r) => [r.code, r.amounts]));
    for (const [id, at, pot, price] of [["hip", 0, 150_000_000n, 60_000n], ["prolapse", 3, 97_000_000n, 90_000n], ["cataract", 6, 150_000_000n, 15_000n]] as const) {
      const want = area(rs, at, pot, price);
      expect(rs.map((r) => BigInt(byCode.get(r.code)![id]))).toEqual(want);
    }
    // 100 000 000 / 21 = 4 761 904.76…: 16 regions get 4 761 905, the last 5 in code order 4 761 904.
    expect(rs.map((r) => byCode.get(r.code)!.equalPart).filter((a) => a === 4_761_905)).toHaveLength(16);
  });

  it("explains a capped claim and its share of what was not claimed", async () => {
    const run = await runCli("compute", BOOK, "--round-file", FILE, "--json", "--lang", "en");
    const out = JSON.parse(run.stdout) as { regions: { name: string; explanation: { block: string; rule: string; text: { sv: string; en: string } }[] }[] };
    const texts = out.regions.flatMap((r) => r.explanation.filter((e) => e.rule === "perUnit").map((e) => e.text.en));
    expect(texts.some((t) => /is reached/.test(t) && /the pot by care need/.test(t))).toBe(true);
    expect(texts.some((t) => /Plus, as one of the 5 regions with the highest .* per 100 000 inhabitants/.test(t))).toBe(true);
  });

  it("refuses a workbook whose care-need column is empty for a region, naming the cell", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(BOOK);
    wb.getWorksheet("Fördelning 2025")!.getCell("E7").value = null;
    const file = path.join(tempDir(), "kv.xlsx");
    await wb.xlsx.writeFile(file);
    const run = await runCli("compute", file, "--round-file", FILE);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("'Fördelning 2025'!E7: vårdbehov höftprotes för Uppsala är tom, men regionen ingår i omgången");
  });
});
