import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * AT 2025 ("Fördelning 2025": header row 5, regions in rows 6–26, population in
 * B, *Prognos* in C, count in D; Västra Götaland 17 and Jämtland Härjedalen 24
 * report no count). The round uses the population of 1 Nov 2024, which the
 * project has no figures of: a header naming another date, and figures that are
 * exactly the published ones of 1 Nov 2023 (as the example's are), are said with
 * their cell. A forecast is read as strictly as *Ansökt*.
 */
const ROWS = Array.from({ length: 21 }, (_, i) => i + 6);

const set = (cell: string, value: unknown) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(cell).value = value as ExcelJS.CellValue;
};
/** Every forecast written one way, then one cell another. */
const forecasts = (every: unknown, cell?: string, value?: unknown) => (ws: ExcelJS.Worksheet) => {
  for (const r of ROWS) ws.getCell(`C${r}`).value = every as ExcelJS.CellValue;
  if (cell) ws.getCell(cell).value = value as ExcelJS.CellValue;
};
const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const warned = (cell: string, warning: string, warningSv: string, check: Exclude<Outcome, { error: string }>["check"] = "all"): Outcome => ({ accepted: true, warning, warningSv, cell, check });
/** 44 000 000 kr shared equally by the 20 regions left in block 1. */
const twentyShare = (region: string): Outcome => ({ accepted: true, check: { region, block: "block1", equals: 2200000 } });
const noBlock1 = (region: string): Outcome => ({ accepted: true, check: { region, block: "block1", equals: 0 } });

export const AT2025_CASES: Case[] = [
  // The population's date.
  {
    name: "the example's own populations: exactly those of 1 Nov 2023",
    edit: () => undefined,
    outcome: warned("B5", "are, for all 21 regions, exactly the published populations of 1 Nov 2023, but this round uses the population of 1 Nov 2024", "är för alla 21 regioner exakt den publicerade folkmängden 1 nov 2023, men omgången använder folkmängden den 1 nov 2024"),
  },
  {
    name: "a population column headed with last year's date",
    edit: set("B5", "Folkmängd 1 nov 2023"),
    outcome: warned("B5", `the population column "Folkmängd 1 nov 2023" is of 1 Nov 2023, but this round uses the population of 1 Nov 2024`, `folkmängdskolumnen "Folkmängd 1 nov 2023" gäller 1 nov 2023, men omgången använder folkmängden den 1 nov 2024`),
  },
  { name: "a population column headed with another date of the round's year", edit: set("B5", "Folkmängd 31 dec 2024"), outcome: warned("B5", "is of 31 Dec 2024, but this round uses the population of 1 Nov 2024", "gäller 31 dec 2024") },
  { name: "a population column headed with another year only", edit: set("B5", "Befolkning 2023"), outcome: warned("B5", `the population column "Befolkning 2023" is of 2023`, `folkmängdskolumnen "Befolkning 2023" gäller 2023`) },
  {
    name: "populations brought up to date except one region",
    edit: (ws) => {
      ws.getCell("B5").value = "Folkmängd 1 nov 2024";
      for (const r of ROWS) if (r !== 13) ws.getCell(`B${r}`).value = Math.round(Number(ws.getCell(`B${r}`).value) * 1.01);
    },
    outcome: warned("B13", "is 61,093, exactly the published population of 1 Nov 2023, but this round uses the population of 1 Nov 2024: has it been updated?", "exakt den publicerade folkmängden 1 nov 2023, men omgången använder folkmängden den 1 nov 2024", { region: "09", block: "block1", equals: "baseline" }),
  },
  {
    name: "two population columns, of 1 Nov 2023 and of 1 Nov 2024",
    edit: (ws) => {
      ws.getCell("B5").value = "Folkmängd 1 nov 2023";
      ws.getCell("H5").value = "Folkmängd 1 nov 2024";
      for (const r of ROWS) ws.getCell(`H${r}`).value = ws.getCell(`B${r}`).value;
    },
    outcome: warned("H5", `the population is read from H "Folkmängd 1 nov 2024", because it names the round's population date 2024-11-01`, "folkmängd läses från H"),
  },
  { name: "a population figure far from the region's", edit: set("B13", 80000), outcome: warned("B13", "more than 10% off the published population of 1 Nov 2023 (61,093)", "mer än 10\u00a0% från den publicerade folkmängden", { region: "09", block: "block1", equals: "baseline" }) },
  { name: "the statistical .. as a population", edit: set("B13", ".."), outcome: err("B13", "population of Gotland is empty", "folkmängd för Gotland är tom") },
  // Forecasts, read as strictly as Ansökt.
  { name: "an empty forecast for a region that reports a count", edit: set("C8", null), outcome: err("C8", "forecast reported of Södermanland is empty, but the region takes part: write Ja or Nej", "är tom, men regionen deltar: skriv Ja eller Nej") },
  { name: "the statistical .. as the forecast of a region that reports a count", edit: set("C8", ".."), outcome: err("C8", "is empty, but the region takes part") },
  { name: "an empty forecast for a region with no count: it did not apply", edit: set("C17", null), outcome: twentyShare("01") },
  { name: "forecasts as x, a blank for a no", edit: forecasts("x", "C8", null), outcome: noBlock1("04") },
  { name: "forecasts as check marks", edit: forecasts("✓"), outcome: { accepted: true, check: "all" } },
  { name: "forecasts as ✅", edit: forecasts("✅"), outcome: { accepted: true, check: "all" } },
  { name: "forecasts as ✓, a ✗ for a no", edit: forecasts("✓", "C8", "✗"), outcome: noBlock1("04") },
  { name: "a ✗ for a no beside Ja", edit: set("C8", "✗"), outcome: twentyShare("01") },
  { name: "a lone cross in a column of blanks", edit: forecasts(null, "C8", "✘"), outcome: err("C8", `"✘" could be a cross for yes or a no`, `"✘" kan vara ett kryss (ja) eller ett nej`) },
  { name: "a forecast neither yes nor no", edit: set("C7", "kanske"), outcome: err("C7", `forecast reported of Uppsala "kanske" is not yes or no`, `"kanske" är varken ja eller nej`) },
  // Counts by AT 2024's bounds.
  { name: "a count over 60 per 100 000 inhabitants", edit: set("D13", 130), outcome: err("D13", "that is 212.8 per 100 000 inhabitants: no region has over 60", "det vill säga 212,8 per 100 000 invånare") },
  { name: "a count over 35 per 100 000 inhabitants", edit: set("D13", 25), outcome: warned("D13", "is 25, that is 40.9 per 100 000 inhabitants, unusually high", "ovanligt högt", { region: "09", block: "block1", equals: "baseline" }) },
  { name: "a negative count", edit: set("D13", -13), outcome: err("D13", "a count cannot be negative", "ett antal kan inte vara negativt") },
  { name: "the statistical .. as a count: forecast only", edit: set("D8", ".."), outcome: { accepted: true, check: { region: "04", block: "block2", equals: 0 } } },
];
