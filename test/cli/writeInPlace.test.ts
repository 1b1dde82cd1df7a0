import ExcelJS from "exceljs";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { readCsv } from "../helpers/csv";
import { matchRegion } from "../../src/workbook/values/regions";
import { EXAMPLE, SHEET, load, runCli, tempDir, variant } from "../helpers/workbooks";

const RECORD = "Fördela at-2024";

/** Everything Excel keeps of a cell that an officer could lose. */
function cellState(ws: ExcelJS.Worksheet, r: number, c: number) {
  const cell = ws.getCell(r, c);
  return { value: JSON.stringify(cell.value), formula: cell.formula ?? null, numFmt: cell.numFmt ?? null, font: JSON.stringify(cell.font ?? null), fill: JSON.stringify(cell.fill ?? null) };
}

function extent(...sheets: ExcelJS.Worksheet[]) {
  return { rows: Math.max(...sheets.map((s) => s.rowCount)) + 2, cols: Math.max(...sheets.map((s) => s.columnCount)) + 2 };
}

describe("writing the 2024 round into the officer's workbook", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let out: string;
  // The allocation cells, worked out from the sheet's own layout: headers in row 4 (G Utökning,
  // H Block 1, I Block 2, J Totalt), one row per region from row 5 to row 25.
  const allocation = new Set<string>();
  for (let r = 5; r <= 25; r++) for (const c of ["G", "H", "I", "J"]) allocation.add(`${c}${r}`);

  beforeAll(async () => {
    out = path.join(tempDir(), "result.xlsx");
    const run = await runCli("compute", "--lang", "en", EXAMPLE, "--round", "at-2024", "--out", out);
    expect(run.code).toBe(0);
    before = await load(EXAMPLE);
    after = await load(out);
  });

  it("changes no cell outside the allocation cells: value, formula, number format, font, fill", () => {
    const a = before.getWorksheet(SHEET)!;
    const b = after.getWorksheet(SHEET)!;
    const { rows, cols } = extent(a, b);
    let compared = 0;
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const address = a.getCell(r, c).address;
        if (allocation.has(address)) continue;
        expect({ address, ...cellState(b, r, c) }).toEqual({ address, ...cellState(a, r, c) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(250);
  });

  it("keeps the officer's sum row formulas, the merged title and the column widths", () => {
    const b = after.getWorksheet(SHEET)!;
    expect(["H26", "I26", "J26"].map((a) => b.getCell(a).formula)).toEqual(["SUM(H5:H25)", "SUM(I5:I25)", "SUM(J5:J25)"]);
    expect(b.getCell("J1").isMerged).toBe(true);
    expect(b.getCell("J1").master.address).toBe("A1");
    expect(b.columns.map((c) => c.width)).toEqual(before.getWorksheet(SHEET)!.columns.map((c) => c.width));
  });

  it("fills the allocation cells with the published amounts as numbers formatted #,##0", () => {
    const b = after.getWorksheet(SHEET)!;
    const published = new Map(readCsv("at-2024-outcome.csv").map((r) => [matchRegion(r.region)!.code, r]));
    for (let r = 5; r <= 25; r++) {
      const row = published.get(matchRegion(String(b.getCell(`A${r}`).value))!.code)!;
      for (const [col, key] of [["H", "block1"], ["I", "block2"], ["J", "total"]]) {
        const cell = b.getCell(`${col}${r}`);
        expect(typeof cell.value).toBe("number");
        expect(Math.abs((cell.value as number) - Number(row[key]))).toBeLessThanOrEqual(1);
        expect(cell.numFmt).toBe("#,##0");
      }
      const inc = b.getCell(`G${r}`).value;
      expect(inc).toBe(row.increase === "" ? null : Number(row.increase));
    }
  });

  it("adds only the record sheet, which explains every amount and lists every cell written", () => {
    expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), RECORD]);
    const rec = after.getWorksheet(RECORD)!;
    const texts: string[] = [];
    rec.eachRow((row) => texts.push(row.values ? JSON.stringify(row.values) : ""));
    const all = texts.join("\n");
    expect(all).toContain("at-2024");
    expect(all).toContain("fordela 0.1.0");
    expect(all).toContain("reaches step 6");
    const written = texts.filter((t) => /"'Fördelning 2024'![G-J]\d+"/.test(t));
    expect(written).toHaveLength(allocation.size - 3); // non-applicants get no increase
    // Every explanation row has its Swedish and its English text, and names its block as the table does.
    const header = rec.getColumn(1).values.findIndex((v) => v === "Kod / Code");
    let explained = 0;
    rec.eachRow((row, n) => {
      if (n <= header || typeof row.getCell(1).value !== "string" || !/^\d\d$/.test(row.getCell(1).value as string)) return;
      explained++;
      expect(["Indata / Inputs", "Block 1", "Block 2"]).toContain(row.getCell(3).value);
      expect(String(row.getCell(6).value ?? "").length).toBeGreaterThan(10);
      expect(String(row.getCell(7).value ?? "").length).toBeGreaterThan(10);
    });
    expect(explained).toBe(21 * 3);
  });

  it("--write gives the same workbook in place", async () => {
    const file = path.join(tempDir(), "inplace.xlsx");
    copyFileSync(EXAMPLE, file);
    expect((await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--write")).code).toBe(0);
    const b = (await load(file)).getWorksheet(SHEET)!;
    const o = after.getWorksheet(SHEET)!;
    for (const a of allocation) expect(b.getCell(a).value).toEqual(o.getCell(a).value);
  });

  it("running the round again on its own output asks nothing and changes no amount", async () => {
    const again = path.join(tempDir(), "again.xlsx");
    const run = await runCli("compute", "--lang", "en", out, "--round", "at-2024", "--out", again);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const a = after.getWorksheet(SHEET)!;
    const b = (await load(again)).getWorksheet(SHEET)!;
    const { rows, cols } = extent(a, b);
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) expect(cellState(b, r, c)).toEqual(cellState(a, r, c));
  });

  it("stops before overwriting a cell it did not write, and writes nothing", async () => {
    const file = await variant((ws) => {
      ws.getCell("H5").value = "manuellt";
      ws.getCell("J6").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    });
    const bytes = readFileSync(file);
    const run = await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--write");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`'Fördelning 2024'!H5: holds "manuellt", which Fördela did not write`);
    expect(run.stderr).toContain(`'Fördelning 2024'!J6: holds "=1+1"`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("--overwrite replaces such cells and keeps what they held on the record sheet", async () => {
    const file = await variant((ws) => {
      ws.getCell("H5").value = "manuellt";
    });
    const run = await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--write", "--overwrite");
    expect(run.code).toBe(0);
    const wb = await load(file);
    expect(typeof wb.getWorksheet(SHEET)!.getCell("H5").value).toBe("number");
    const rec = wb.getWorksheet(RECORD)!;
    let kept: unknown = null;
    rec.eachRow((row) => {
      if (row.getCell(1).value === "'Fördelning 2024'!H5") kept = row.getCell(3).value;
    });
    expect(kept).toBe("manuellt");
  });

  it("appends the allocation columns after the table when it has none", async () => {
    const file = await variant((ws) => {
      ws.spliceColumns(7, 4);
    });
    const appended = path.join(tempDir(), "appended.xlsx");
    expect((await runCli("compute", "--lang", "en", file, "--round", "at-2024", "--out", appended)).code).toBe(0);
    const ws = (await load(appended)).getWorksheet(SHEET)!;
    expect(["G4", "H4", "I4", "J4"].map((a) => ws.getCell(a).value)).toEqual(["Utökning", "Block 1", "Block 2", "Totalt"]);
    expect(ws.getCell("I5").value).toBe(33355662);
    expect(ws.getCell("A28").value).toEqual(before.getWorksheet(SHEET)!.getCell("A28").value);
  });
});
