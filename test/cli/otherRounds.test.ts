import ExcelJS from "exceljs";
import path from "node:path";
import { load, runCli, tempDir } from "../helpers/workbooks";

const examples = path.join(__dirname, "..", "..", "examples");
const example = (name: string) => path.join(examples, name);

type Json = {
  regions: { code: string; name: string; amounts: Record<string, number>; explanation: { block: string; rule: string; text: { en: string } }[] }[];
  totals: Record<string, number>;
  blocks: { id: string; pot: number; allocated: number; unallocated: number }[];
  errors?: { address: string; message: string }[];
};

async function json(file: string, round: string): Promise<Json> {
  const run = await runCli("compute", "--lang", "en", file, "--round", round, "--json");
  return JSON.parse(run.stdout);
}

describe("the bundled example of each preset", () => {
  it.each([
    ["at-2022-exempel.xlsx", "at-2022", { block1: 124000000, block2: 84000000, block3: 164000000, total: 372000000 }],
    ["at-2025-exempel.xlsx", "at-2025", { block1: 44000000, block2: 182000000, total: 226000000 }],
    ["beds-2024-exempel.xlsx", "beds-2024", { base: 750000000, total: 1990000000 }],
  ])("%s computes %s, every block to its pot", async (file, round, totals) => {
    const j = await json(example(file), round);
    expect(j.errors).toBeUndefined();
    expect(j.totals).toMatchObject(totals);
    expect(j.regions).toHaveLength(21);
    for (const b of j.blocks) expect(b.allocated + b.unallocated).toBe(b.pot);
  });

  it("names its made-up values as such inside the workbook", async () => {
    for (const file of ["at-2022-exempel.xlsx", "at-2025-exempel.xlsx", "beds-2024-exempel.xlsx"]) {
      const wb = await load(example(file));
      const text: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => text.push(String(c.value)))));
      expect(text.join(" ")).toMatch(/PÅHITTADE VÄRDEN/);
    }
  });
});

describe("beds 2024 from a workbook", () => {
  it("earned parts and bonus sum to 1 240 000 000 and are written into the existing columns", async () => {
    const j = await json(example("beds-2024-exempel.xlsx"), "beds-2024");
    expect(j.totals.overcrowding + j.totals.outplacement + j.totals.bonus).toBe(1240000000);
    const out = path.join(tempDir(), "beds.xlsx");
    expect((await runCli("compute", "--lang", "en", example("beds-2024-exempel.xlsx"), "--round", "beds-2024", "--out", out)).code).toBe(0);
    const ws = (await load(out)).getWorksheet("Vårdplatser 2024")!;
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    expect(header).toEqual(["Region", "Folkmängd 1 nov 2023", "Rapporterat data", "Grundbelopp", "Överbeläggningar", "Utlokaliseringar", "Bonus", "Totalt"]);
    expect(ws.getCell("D6").value).toBe(j.regions[0].amounts.base);
    expect(ws.getCell("G6").value).toBe(j.regions[0].amounts.bonus);
    expect(ws.getCell("H6").value).toBe(j.regions[0].amounts.total);
  });

  it("reads monthly columns in the main table ('Överbeläggningar feb 2024') as it reads a sheet per measure", async () => {
    const wb = await load(example("beds-2024-exempel.xlsx"));
    const main = wb.getWorksheet("Vårdplatser 2024")!;
    const sv = ["feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt"];
    let col = 9;
    for (const name of ["Överbeläggningar", "Utlokaliseringar"]) {
      const ms = wb.getWorksheet(name)!;
      for (let c = 2; c <= 19; c++) {
        const [y, m] = String(ms.getCell(3, c).value).split("-");
        main.getCell(5, col).value = `${name} ${sv[Number(m) - 2]} ${y}`;
        for (let r = 4; r <= 24; r++) main.getCell(r + 2, col).value = ms.getCell(r, c).value;
        col++;
      }
      wb.removeWorksheet(ms.id);
    }
    const file = path.join(tempDir(), "beds-columns.xlsx");
    await wb.xlsx.writeFile(file);
    const a = await json(file, "beds-2024");
    const b = await json(example("beds-2024-exempel.xlsx"), "beds-2024");
    expect(a.errors).toBeUndefined();
    expect(a.regions.map((r) => r.amounts)).toEqual(b.regions.map((r) => r.amounts));
  });

  it("explains each earned month", async () => {
    const j = await json(example("beds-2024-exempel.xlsx"), "beds-2024");
    const e = j.regions[0].explanation.find((x) => x.block === "overcrowding")!;
    expect(e.text.en).toMatch(/earned \d of 9 months: /);
    expect(e.text.en).toContain("relative to the same month a year before");
  });

  it("refuses a monthly value that is not a number, naming its cell on the measure sheet", async () => {
    const wb = await load(example("beds-2024-exempel.xlsx"));
    wb.getWorksheet("Utlokaliseringar")!.getCell("K5").value = "hög";
    const file = path.join(tempDir(), "bad-month.xlsx");
    await wb.xlsx.writeFile(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "beds-2024");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Utlokaliseringar!K5: Utlokaliseringar 2024-02 "hög" is not a number`);
  });
});

describe("AT 2025 and AT 2022 from a workbook", () => {
  it("AT 2025: a region that reports a forecast but no count shares block 1 only", async () => {
    const j = await json(example("at-2025-exempel.xlsx"), "at-2025");
    const noCount = j.regions.filter((r) => r.explanation.find((e) => e.block === "block2")!.rule === "notEligible");
    expect(noCount.length).toBeGreaterThan(0);
    for (const r of noCount) expect(r.amounts.block2).toBe(0);
  });

  it("AT 2025: a forecast cell that is not yes or no is an error with its cell", async () => {
    const wb = await load(example("at-2025-exempel.xlsx"));
    wb.getWorksheet("Fördelning 2025")!.getCell("C7").value = "kanske";
    const file = path.join(tempDir(), "bad-forecast.xlsx");
    await wb.xlsx.writeFile(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "at-2025");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`'Fördelning 2025'!C7: forecast reported of Uppsala "kanske" is not yes or no`);
  });

  it("AT 2022: a 'God nivå' cell that contradicts the decision's list is refused at its cell (issue 24: the list is the decision's)", async () => {
    const wb = await load(example("at-2022-exempel.xlsx"));
    const ws = wb.getWorksheet("Fördelning 2022") as ExcelJS.Worksheet;
    expect(ws.getCell("A9").value).toBe("Region Östergötland");
    ws.getCell("E9").value = "Nej"; // the decision lists Östergötland at the good level
    const file = path.join(tempDir(), "override.xlsx");
    await wb.xlsx.writeFile(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "at-2022");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`'Fördelning 2022'!E9: Östergötland: the decision's list has the region at the good level, but the cell says "Nej"`);
  });
});
