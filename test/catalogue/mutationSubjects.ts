import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { preset, presetFiles } from "../../src/rounds/presets";
import { compileRound, type RoundFile } from "../../src/rounds/roundFile";
import type { CellValue } from "../../src/workbook/sheet/cell";
import type { MutationSubject } from "./mutationLaw";

/**
 * Every bundled example as a subject of the mutation law, each with values
 * that fit its own columns: what an officer might type, paste or leave there.
 */

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const example = (file: string) => path.join(EXAMPLES, file);

/** Anything a cell of any sheet may hold by mistake. */
const stray = fc.constantFrom<CellValue>(null, "", "–", "-", "x", "..", "Summa", "Riket", "Anteckning", "tjugo", "\u200b", { error: "#N/A" }, { error: "#NOT-COMPUTED" }, true, false, 12.5);
const regionNames = fc.constantFrom<CellValue>("Region Gotland", "Region Uppsala", "01 Stockholms län", "Region Uppsala*", "Jämtland/Härjedalen", "Region Jämtland-Härjedalen", "Västra Götaland", "Stockholms län");
const counts = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom<CellValue>("1,234", "86,5", "−3", "0", "12 "));
const populations = fc.oneof(fc.integer({ min: 50_000, max: 2_600_000 }), fc.constantFrom<CellValue>("2 455 914", "404\u00a0714", "61093", 0, -61093));
const yesNo = fc.constantFrom<CellValue>("Ja", "Nej", "ja", "NEJ", "J", "N", "Yes", "No", "✓", "x", "", "Ja (delvis)");

function values(...own: fc.Arbitrary<CellValue>[]): fc.Arbitrary<CellValue> {
  return fc.oneof(stray, regionNames, counts, populations, yesNo, ...own);
}

const headers = (...texts: string[]) => fc.constantFrom<CellValue>(...texts);

const ofFile = (file: string): RoundFile => JSON.parse(readFileSync(example(file), "utf8")) as RoundFile;

function presetSubject(id: string, file: string, sheets: MutationSubject["sheets"]): MutationSubject {
  return { example: example(file), round: preset(id)!, definition: presetFiles[id], sheets };
}

function fileSubject(roundFile: string, workbook: string, sheets: MutationSubject["sheets"]): MutationSubject {
  const definition = ofFile(roundFile);
  return { example: example(workbook), round: compileRound(definition), definition, sheets };
}

export const at2024 = presetSubject("at-2024", "at-2024-handlaggning.xlsx", [
  {
    name: "Fördelning 2024",
    rows: 30,
    cols: 12,
    values: values(fc.constantFrom<CellValue>("I.U", "84–89", "46 (ev. 48)"), headers("Folkmängd 1 nov 2024", "Tillsatta AT 2023", "Befolkning", "Planerade AT 2024", "Påbörjade AT 2024", "Ansökt")),
  },
]);

export const at2022 = presetSubject("at-2022", "at-2022-exempel.xlsx", [
  {
    name: "Fördelning 2022",
    rows: 30,
    cols: 13,
    values: values(fc.constantFrom<CellValue>("I.U", "48–50", "46 (ev. +)", "84-89", "60 st"), headers("God nivå", "God nivå enligt beslut", "Planerade AT 2022", "Tillsatta AT 2022", "Tillsatta AT 2021", "Ansökt", "Folkmängd 1 nov 2021", "Utökning")),
  },
]);

export const at2025 = presetSubject("at-2025", "at-2025-exempel.xlsx", [
  {
    name: "Fördelning 2025",
    rows: 30,
    cols: 9,
    values: values(headers("Prognos AT/BT/ST 2026–2030 rapporterad", "Prognos rapporterad", "Antal AT 2025", "Antal AT 2024", "Folkmängd 1 nov 2024", "Folkmängd 1 nov 2023", "Folkmängd")),
  },
]);

/** Rates per 100 beds as the measure sheets hold them, and the forms they go wrong in. */
const rates = fc.oneof(
  fc.integer({ min: 0, max: 90 }).map((n) => n / 10),
  fc.constantFrom<CellValue>(2.4, 148, -1.2, 0, "4,59%", "2,4", "2.4", "", "–", "..", "2,4 "),
);
const monthHeaders = headers("2024-02", "2024-03", "2024-10", "2024-11", "2023-02", "2023-10", "2022-02", "feb 2024", "Region", "Överbeläggningar per 100 vårdplatser", "Antal överbeläggningar");

const measureSheet = (name: string): MutationSubject["sheets"][number] => ({
  name,
  rows: 27,
  cols: 20,
  weight: 1,
  values: fc.oneof({ weight: 4, arbitrary: rates }, { weight: 1, arbitrary: monthHeaders }, { weight: 1, arbitrary: regionNames }, { weight: 1, arbitrary: stray }),
});

export const beds2024 = presetSubject("beds-2024", "beds-2024-exempel.xlsx", [
  {
    name: "Vårdplatser 2024",
    rows: 30,
    cols: 10,
    weight: 2,
    values: values(headers("Rapporterat data", "Rapporterat", "Folkmängd 1 nov 2023", "Folkmängd 1 nov 2024", "Överbeläggningar feb 2024", "Överbeläggningar 2024-02", "Utlokaliseringar 2024-03")),
  },
  measureSheet("Överbeläggningar"),
  measureSheet("Utlokaliseringar"),
]);

export const tillganglighet2025 = fileSubject("tillganglighet-2025.json", "tillganglighet-2025-exempel.xlsx", [
  {
    name: "Fördelning 2025",
    rows: 30,
    cols: 7,
    values: values(headers("Folkmängd 1 nov 2023", "Folkmängd 1 nov 2024", "Folkmängd 31 dec 2024", "Befolkning", "Fast belopp")),
  },
]);

const operations = fc.oneof(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom<CellValue>("5 816", "5816,5", -30, "ca 500"));
const needs = fc.oneof(fc.integer({ min: 0, max: 2_500 }), fc.constantFrom<CellValue>("2 140", "0,5", -1));

export const kortaVardkoerna2025 = fileSubject("korta-vardkoerna-2025.json", "korta-vardkoerna-2025-exempel.xlsx", [
  {
    name: "Fördelning 2025",
    rows: 30,
    cols: 18,
    values: values(
      operations,
      needs,
      headers("Höftprotesoperationer 2025", "Höftprotesoperationer 2024", "Vårdbehov höftprotes", "Framfallsoperationer 2025", "Framfallsoperationer 2024", "Kataraktoperationer 2025", "Vårdbehov katarakt", "Höftprotesoperationer 2023"),
    ),
  },
]);
