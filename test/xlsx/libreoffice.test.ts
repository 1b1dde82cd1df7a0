import { copyFileSync } from "node:fs";
import path from "node:path";
import { readCsv } from "../helpers/csv";
import { shownByLibreOffice, sofficePath } from "../helpers/libreoffice";
import { EXAMPLE, runCli, tempDir } from "../helpers/workbooks";

const soffice = sofficePath();
const maybe = soffice ? describe : describe.skip;
const digits = (s: string) => Number(s.replace(/[^\d-]/g, ""));

maybe("a written workbook opened in LibreOffice headless (a real client)", () => {
  it("shows the new totals in the officer's own SUM row, and amounts with thousands grouping", async () => {
    const out = path.join(tempDir(), "beraknad.xlsx");
    expect((await runCli("compute", EXAMPLE, "--round", "at-2024", "--out", out)).code).toBe(0);
    const sheet = shownByLibreOffice(soffice as string, out).get("Fördelning 2024") as string[][];
    const sum = sheet.find((r) => r[0] === "Summa") as string[];
    // Columns H, I, J: block 1, block 2, total; the pots of the published decision.
    expect([digits(sum[7]), digits(sum[8]), digits(sum[9])]).toEqual([63000000, 160000000, 223000000]);
    const stockholm = sheet.find((r) => r[0] === "Region Stockholm") as string[];
    const published = readCsv("at-2024-outcome.csv").find((r) => r.region.includes("Stockholm"))!;
    expect(digits(stockholm[8])).toBe(Number(published.block2)); // block 2 is published exact (block 1 has hand adjustments)
    // Shown with grouping (LibreOffice's en-US locale here: 35,563,907), never "35563 907".
    expect(stockholm[9]).toMatch(/^\d{1,3}([,\u00a0 ]\d{3})+$/);
    expect(sum[9]).toMatch(/^\d{1,3}([,\u00a0 ]\d{3})+$/);
  }, 180000);

  it("computes formulas on other sheets and through defined names from the new amounts", async () => {
    const dir = tempDir();
    const input = path.join(dir, "alla.xlsx");
    copyFileSync(path.join(__dirname, "..", "fixtures", "xlsx", "all-libreoffice.xlsx"), input);
    expect((await runCli("compute", input, "--round", "at-2024", "--write")).code).toBe(0);
    const shown = shownByLibreOffice(soffice as string, input);
    const underlag = shown.get("Underlag") as string[][];
    // B2: =SUM(Totalt_belopp)-Total_pott (two defined names); B3: ='Fördelning 2024'!J26.
    expect(digits(underlag[1][1])).toBe(0);
    expect(digits(underlag[2][1])).toBe(223000000);
    expect(shown.has("Fördela at-2024")).toBe(true);
  }, 180000);
});
