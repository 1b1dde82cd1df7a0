import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir, variant } from "../helpers/workbooks";

const at = (cell: string) => `'Fördelning 2024'!${cell}`;

type Case = [string, (ws: ExcelJS.Worksheet) => void, string, RegExp];

/** Each case: one edit to the officer's workbook, the cell the error must name, and what it must say. */
const cases: Case[] = [
  ["a count that is not a number", (ws) => (ws.getCell("D14").value = "tjugo"), "D14", /filled posts of Skåne "tjugo" is not a number/],
  ["a missing population", (ws) => (ws.getCell("B9").value = null), "B9", /population of Jönköping is empty/],
  ["an unknown region", (ws) => (ws.getCell("A10").value = "Region Kronobergg"), "A10", /"Region Kronobergg" is not a region/],
  ["a region twice", (ws) => (ws.getCell("A11").value = "Kronoberg"), "A11", /Kronoberg appears twice \(also 'Fördelning 2024'!A10\)/],
  ["I.U as the planned value of a region that applied", (ws) => (ws.getCell("C14").value = "I.U"), "C14", /planned count of Skåne "I.U" \(ingen uppgift\) has no planned figure/],
  ["a negative count", (ws) => ((ws.getCell("D15").value = -3), (ws.getCell("E15").value = -3)), "D15", /filled posts of Halland is -3: a count cannot be negative/],
  ["a count with decimals", (ws) => (ws.getCell("E20").value = 65.5), "E20", /posts are counted whole/],
  ["a population of zero", (ws) => (ws.getCell("B12").value = 0), "B12", /population of Gotland is 0: it must be above zero/],
  ["an applicant without a count", (ws) => ((ws.getCell("D21").value = null), (ws.getCell("E21").value = null)), "D21", /is empty, but the region applied/],
  ["an error value in an input cell", (ws) => (ws.getCell("B13").value = { error: "#N/A" } as ExcelJS.CellErrorValue), "B13", /holds the error #N\/A/],
];

describe("bad input: a clear error naming the cell, and nothing written", () => {
  it.each(cases)("%s", async (_, edit, cell, message) => {
    const file = await variant(edit);
    const bytes = readFileSync(file);
    const out = path.join(tempDir(), "never.xlsx");

    const copy = await runCli("compute", file, "--round", "at-2024", "--out", out);
    expect(copy.code).toBe(1);
    expect(copy.stderr).toContain("nothing was written");
    const line = copy.stderr.split("\n").find((l) => l.includes(`${at(cell)}:`));
    expect(line).toMatch(message);
    expect(existsSync(out)).toBe(false);

    const inPlace = await runCli("compute", file, "--round", "at-2024", "--write");
    expect(inPlace.code).toBe(1);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const json = JSON.parse((await runCli("compute", file, "--round", "at-2024", "--json")).stdout);
    expect(json.errors.some((e: { address: string }) => e.address === at(cell))).toBe(true);
  });

  it("accepts I.U as the planned value of a region that did not apply", async () => {
    const file = await variant((ws) => (ws.getCell("C6").value = "I.U"));
    expect((await runCli("compute", file, "--round", "at-2024")).code).toBe(0);
  });

  it("accepts counts and populations written as Swedish text", async () => {
    const file = await variant((ws) => {
      ws.getCell("B5").value = "2 455 914";
      ws.getCell("D5").value = "295";
      ws.getCell("C8").value = "84 – 89";
    });
    const json = JSON.parse((await runCli("compute", file, "--round", "at-2024", "--json")).stdout);
    expect(json.totals.total).toBe(223000000);
    expect(json.regions[0].amounts.block2).toBe(33355662);
  });
});
