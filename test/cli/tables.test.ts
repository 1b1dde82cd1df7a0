import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import path from "node:path";
import { shownByLibreOffice, sofficePath } from "../helpers/libreoffice";
import { PUBLISHED_2024, codeOf } from "../helpers/published";
import { EXAMPLE, load, runCli, tempDir } from "../helpers/workbooks";

const BEDS = path.join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx");

/** A sheet's rows as plain values, from row 1 (exceljs numbers rows from 1 and keeps a hole at [0]). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return Array.from(rows, (r) => r ?? []);
}

async function computeWithTables(file: string, round: string, ...more: string[]): Promise<{ out: string; wb: ExcelJS.Workbook; code: number; stdout: string }> {
  const out = path.join(tempDir(), "med-tabeller.xlsx");
  const run = await runCli("compute", file, "--round", round, "--out", out, "--tables", ...more);
  return { out, wb: run.code === 0 ? await load(out) : new ExcelJS.Workbook(), code: run.code, stdout: run.stdout + run.stderr };
}

describe("compute --tables on the bundled 2024 workbook", () => {
  let wb: ExcelJS.Workbook;
  let out: string;
  let appendix: unknown[][];
  beforeAll(async () => {
    const r = await computeWithTables(EXAMPLE, "at-2024");
    expect(r.code).toBe(0);
    wb = r.wb;
    out = r.out;
    appendix = rowsOf(wb.getWorksheet("Bilaga")!);
  });

  it("titles the appendix with the round and its decision number, and heads it with the round's inputs and blocks", () => {
    expect(appendix[0][0]).toBe("Bilaga: Fler AT-tjänster 2024 (S2024/00586)");
    expect(appendix[3]).toEqual(["Region", "Antal", "Planerat antal", "Utökning", "Block 1: rapportera AT", "Block 2: ytterligare utökning", "Totalt", "Anm."]);
  });

  it("has every region's published count, planned value, increase and amounts (within 1 kr), alphabetically", () => {
    const body = appendix.slice(4, 25);
    expect(body.map((r) => r[0])).toEqual([...body.map((r) => String(r[0]))].sort((a, b) => a.localeCompare(b, "sv")));
    for (const p of PUBLISHED_2024) {
      const row = body.find((r) => codeOf(String(r[0])) === codeOf(p.region))!;
      expect(row).toBeDefined();
      const [, count, planned, increase, block1, block2, total] = row as (number | undefined)[];
      if (p.applied === "yes") expect([count, planned, increase]).toEqual([Number(p.at_2024), Number(p.planned_2024_used), Number(p.increase)]);
      else expect([count ?? null, planned ?? null, increase ?? null]).toEqual([null, null, null]);
      expect(Math.abs(block1! - Number(p.block1))).toBeLessThanOrEqual(1);
      expect(block2).toBe(Number(p.block2));
      expect(Math.abs(total! - Number(p.total))).toBeLessThanOrEqual(1);
    }
    expect(appendix[25].slice(0, 7)).toEqual(["Summa", undefined, undefined, undefined, 63000000, 160000000, 223000000]);
  });

  it("footnotes every planned value read from a range or an ev. note", () => {
    const notes = appendix.slice(26).map((r) => String(r[0] ?? "")).filter((t) => /^\d\)/.test(t));
    const mark = (name: string) => String(appendix.find((r) => r[0] === name)![7]);
    expect(notes[Number(mark("Östergötland")[0]) - 1]).toBe('3) Östergötland: planerat "84–89" lästes som intervallets mittpunkt, 86,5');
    expect(notes.find((n) => n.includes("Västmanland"))).toMatch(/"46 \(ev\. 48\)" lästes som mittpunkten mellan 46 och 48, 47/);
    expect(appendix.find((r) => r[0] === "Stockholm")![7]).toBeUndefined();
  });

  it("orders Rangordning as the published ranking: highest total first, regions with nothing left out", () => {
    const ranking = rowsOf(wb.getWorksheet("Rangordning")!);
    expect(ranking[3]).toEqual(["Plats", "Region", "Beviljat belopp (kr)"]);
    const published = PUBLISHED_2024.filter((p) => Number(p.total) > 0).sort((a, b) => Number(b.total) - Number(a.total));
    const body = ranking.slice(4, 4 + published.length);
    expect(body.map((r) => codeOf(String(r[1])))).toEqual(published.map((p) => codeOf(p.region)));
    expect(body.map((r) => r[0])).toEqual(published.map((_, i) => i + 1));
    expect(ranking[4 + published.length].slice(1, 3)).toEqual(["Summa", 223000000]);
  });

  it("is formatted for print: #,##0 amounts, planned values as typed, widths, one page wide", () => {
    const ws = wb.getWorksheet("Bilaga")!;
    expect(ws.getCell("E5").numFmt).toBe("#,##0");
    expect(ws.getCell("G5").numFmt).toBe("#,##0");
    expect(ws.getCell("C25").value).toBe(86.5);
    expect(ws.getCell("C25").numFmt ?? "General").not.toBe("#,##0");
    expect(ws.getColumn(1).width).toBe(22);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  const soffice = sofficePath();
  (soffice ? it : it.skip)("opens in LibreOffice with the amounts grouped", () => {
    const shown = shownByLibreOffice(soffice!, out);
    const bilaga = shown.get("Bilaga")!;
    expect(bilaga.find((r) => r[0] === "Blekinge")!.slice(4, 7)).toEqual(["4,066,572", "16,679,588", "20,746,160"]);
    expect(shown.get("Rangordning")!.find((r) => r[1] === "Västra Götaland")![2]).toBe("37,232,459");
  }, 120000);

  it("replaces its own tables on a rerun, and the tables are never read as the round's table", async () => {
    const again = await computeWithTables(out, "at-2024");
    expect(again.code).toBe(0);
    expect(again.wb.worksheets.map((w) => w.name).filter((n) => n === "Bilaga" || n === "Rangordning")).toEqual(["Bilaga", "Rangordning"]);
    expect(rowsOf(again.wb.getWorksheet("Bilaga")!).slice(0, 26)).toEqual(appendix.slice(0, 26));
  });

  it("never replaces an officer's own sheet named Bilaga: refused, nothing written", async () => {
    const own = path.join(tempDir(), "egen-bilaga.xlsx");
    const w = await load(EXAMPLE);
    w.addWorksheet("Bilaga").getCell("A1").value = "Min egen bilaga";
    await w.xlsx.writeFile(own);
    const r = await computeWithTables(own, "at-2024", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`'Bilaga': the workbook already has a sheet "Bilaga" that Fördela did not write`);
    expect(existsSync(r.out)).toBe(false);
  });

  it("writes the tables in English with --lang en", async () => {
    const r = await computeWithTables(EXAMPLE, "at-2024", "--lang", "en");
    const rows = rowsOf(r.wb.getWorksheet("Bilaga")!);
    expect(rows[0][0]).toBe("Appendix: More AT posts 2024 (S2024/00586)");
    expect(rows[3]).toEqual(["Region", "Count", "Planned", "Increase", "Block 1: AT reported", "Block 2: further increase", "Total", "Note"]);
  });
});

describe("compute --tables on another preset (beds-2024)", () => {
  it("follows the round's blocks: population, base amount, both measures, bonus, total; ranking by total", async () => {
    const r = await computeWithTables(BEDS, "beds-2024");
    expect(r.code).toBe(0);
    const json = JSON.parse((await runCli("compute", BEDS, "--round", "beds-2024", "--json")).stdout) as { regions: { name: string; amounts: Record<string, number> }[] };
    const rows = rowsOf(r.wb.getWorksheet("Bilaga")!);
    expect(rows[0][0]).toBe("Bilaga: Vårdplatser 2024");
    expect(rows[3]).toEqual(["Region", "Folkmängd", "Grundbelopp", "Överbeläggningar", "Utlokaliseringar", "Bonus", "Totalt", "Anm."]);
    for (const region of json.regions) {
      const row = rows.find((x) => x[0] === region.name)!;
      expect(row.slice(2, 7)).toEqual([region.amounts.base, region.amounts.overcrowding, region.amounts.outplacement, region.amounts.bonus, region.amounts.total]);
    }
    expect(rows[25].slice(2, 7)).toEqual(["base", "overcrowding", "outplacement", "bonus", "total"].map((k) => json.regions.reduce((s, x) => s + x.amounts[k], 0)));
    const ranking = rowsOf(r.wb.getWorksheet("Rangordning")!).slice(4, 4 + json.regions.filter((x) => x.amounts.total > 0).length);
    const totals = ranking.map((x) => x[2] as number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(ranking.map((x) => x[1])).toEqual([...json.regions].filter((x) => x.amounts.total > 0).sort((a, b) => b.amounts.total - a.amounts.total).map((x) => x.name));
  });
});
