#!/usr/bin/env node
// Builds the example workbooks of the 2022, 2025 and beds rounds from the public figures in
// test/fixtures, with every made-up value named as such inside the workbook. Run: node scripts/make-examples.js
"use strict";
const ExcelJS = require("exceljs");
const fs = require("node:fs");
const path = require("node:path");

const fixtures = path.join(__dirname, "..", "test", "fixtures");
const out = path.join(__dirname, "..", "examples");

function csv(name) {
  const [head, ...rows] = fs.readFileSync(path.join(fixtures, name), "utf8").trim().split(/\r?\n/).map((l) => l.split(","));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
const regions = csv("regions.csv");
const population = new Map(csv("population-2023-11-01.csv").map((r) => [r.code, Number(r.population)]));
const planning = new Map(csv("at-planning-2020-2024.csv").map((r) => [r.code, r]));

// A fixed pseudo-random sequence, so the made-up values are the same on every build.
let seed = 20240201;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

function sheetWithTable(wb, name, title, notes, headers, rows, widths) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell("A1").font = { bold: true, size: 13 };
  for (const n of notes) ws.addRow([n]);
  ws.addRow([]);
  const h = ws.addRow(headers);
  h.font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const first = h.number + 1;
  const last = h.number + rows.length;
  return { ws, first, last, widths: widths && widths.forEach((w, i) => (ws.getColumn(i + 1).width = w)) };
}

function sumRow(ws, last, first, cols) {
  const row = ws.addRow(["Summa"]);
  for (const c of cols) {
    const L = ws.getColumn(c).letter;
    row.getCell(c).value = { formula: `SUM(${L}${first}:${L}${last})` };
    row.getCell(c).numFmt = "#,##0";
  }
}

async function at2022() {
  const wb = new ExcelJS.Workbook();
  const good = new Set(["04", "05", "06", "07", "08", "09", "10", "13", "17", "18", "19", "20", "21", "22", "23", "24", "25"]);
  const rows = regions.map((r) => {
    const planned = planning.get(r.code).planned_2022;
    const base = Number(String(planned).split(/[–(]/)[0]);
    const count = Math.max(0, Math.round(base + (rand() * 16 - 4)));
    return [r.official_name, population.get(r.code), planned, count, good.has(r.code) ? "Ja" : "Nej", "Ja"];
  });
  const { ws, first, last } = sheetWithTable(
    wb, "Fördelning 2022", "Prestationsbaserat statsbidrag för fler AT-tjänster 2022 (S2022/00882) – EXEMPEL",
    [
      "Planerat antal 2022 enligt planeringsunderlaget (offentligt). God nivå enligt beslutets lista.",
      "PÅHITTADE VÄRDEN: antal tillsatta AT 2022 är påhittade för exemplet. Folkmängden är den 1 november 2023 (offentlig), inte 2021.",
    ],
    ["Region", "Folkmängd", "Planerade AT 2022", "Tillsatta AT 2022 (påhittat)", "God nivå", "Ansökt", "Utökning", "Block 1", "Block 2", "Block 3", "Totalt"],
    rows, [28, 14, 18, 24, 10, 10, 12, 14, 14, 14, 14],
  );
  for (let r = first; r <= last; r++) ws.getCell(`B${r}`).numFmt = "#,##0";
  sumRow(ws, last, first, [8, 9, 10, 11]);
  await wb.xlsx.writeFile(path.join(out, "at-2022-exempel.xlsx"));
}

async function at2025() {
  const wb = new ExcelJS.Workbook();
  const rows = regions.map((r) => {
    const planned = Number(String(planning.get(r.code).planned_2024).split(/[–(]/)[0]) || 200;
    const reports = rand() > 0.15;
    return [r.official_name, population.get(r.code), rand() > 0.1 ? "Ja" : "Nej", reports ? Math.round(planned + rand() * 12 - 3) : null];
  });
  const { ws, first, last } = sheetWithTable(
    wb, "Fördelning 2025", "Prestationsbaserat statsbidrag för fler AT-tjänster 2025 – EXEMPEL",
    [
      "PÅHITTADE VÄRDEN: prognos (ja/nej) och antal AT 2025 är påhittade för exemplet.",
      "Folkmängden är den 1 november 2023 (offentlig); beslutet använder den 1 november 2024: ersätt den.",
    ],
    ["Region", "Folkmängd", "Prognos AT/BT/ST 2026–2030 rapporterad", "Antal AT 2025 (påhittat)", "Block 1", "Block 2", "Totalt"],
    rows, [28, 14, 22, 22, 14, 14, 14],
  );
  for (let r = first; r <= last; r++) ws.getCell(`B${r}`).numFmt = "#,##0";
  sumRow(ws, last, first, [5, 6, 7]);
  await wb.xlsx.writeFile(path.join(out, "at-2025-exempel.xlsx"));
}

async function beds2024() {
  const wb = new ExcelJS.Workbook();
  const { ws, first, last } = sheetWithTable(
    wb, "Vårdplatser 2024", "Prestationsbaserat statsbidrag för vårdplatser 2024 – EXEMPEL",
    [
      "Folkmängd 1 november 2023 (offentlig). Månadsvärden per 100 disponibla vårdplatser på bladen Överbeläggningar och Utlokaliseringar.",
      "PÅHITTADE VÄRDEN: alla månadsvärden 2023 och 2024 är påhittade för exemplet.",
    ],
    ["Region", "Folkmängd 1 nov 2023", "Rapporterat data", "Grundbelopp", "Överbeläggningar", "Utlokaliseringar", "Bonus", "Totalt"],
    regions.map((r) => [r.official_name, population.get(r.code), "Ja"]), [28, 18, 16, 16, 16, 16, 16, 16],
  );
  for (let r = first; r <= last; r++) ws.getCell(`B${r}`).numFmt = "#,##0";
  sumRow(ws, last, first, [4, 5, 6, 7, 8]);
  const months = ["02", "03", "04", "05", "06", "07", "08", "09", "10"];
  for (const [name, level] of [["Överbeläggningar", 4], ["Utlokaliseringar", 1.5]]) {
    const headers = ["Region", ...months.map((m) => `2023-${m}`), ...months.map((m) => `2024-${m}`)];
    const rows = regions.map((r) => {
      const base = level * (0.5 + rand());
      const v2023 = months.map(() => Math.round(base * (0.8 + rand() * 0.4) * 10) / 10);
      const v2024 = v2023.map((v) => Math.round(v * (0.85 + rand() * 0.25) * 10) / 10);
      return [r.official_name, ...v2023, ...v2024];
    });
    sheetWithTable(wb, name, `${name} per 100 disponibla vårdplatser – PÅHITTADE VÄRDEN för exemplet`, [], headers, rows, [28]);
  }
  await wb.xlsx.writeFile(path.join(out, "beds-2024-exempel.xlsx"));
}

// The populations of the beds example (1 November 2023), so the round can be checked against that workbook's figures.
async function tillganglighet2025() {
  const wb = new ExcelJS.Workbook();
  const { ws, first, last } = sheetWithTable(
    wb, "Fördelning 2025", "Statsbidrag för ökad tillgänglighet och vårdkapacitet 2025 – EXEMPEL",
    [
      "Regler: examples/tillganglighet-2025.json. Varje region får 100 000 000 kr; resten, 3 786 500 000 kr, efter folkmängd.",
      "Folkmängden är den 1 november 2023 (offentlig), densamma som i exemplet för vårdplatser; ersätt den med beslutets.",
    ],
    ["Region", "Folkmängd 1 nov 2023", "Fast belopp", "Efter folkmängd", "Totalt"],
    regions.map((r) => [r.official_name, population.get(r.code)]), [28, 20, 16, 16, 16],
  );
  for (let r = first; r <= last; r++) ws.getCell(`B${r}`).numFmt = "#,##0";
  sumRow(ws, last, first, [3, 4, 5]);
  await wb.xlsx.writeFile(path.join(out, "tillganglighet-2025-exempel.xlsx"));
}

/** Operations per 100 000 inhabitants in a year, roughly: hip replacements, prolapse, cataract. */
const AREAS = [["Höftprotesoperationer", "Vårdbehov höftprotes", 200], ["Framfallsoperationer", "Vårdbehov framfall", 45], ["Kataraktoperationer", "Vårdbehov katarakt", 1300]];

async function kortaVardkoerna2025() {
  const wb = new ExcelJS.Workbook();
  const rows = regions.map((r) => {
    const pop = population.get(r.code);
    const cells = [r.official_name, pop];
    for (const [, , rate] of AREAS) {
      const before = Math.round((pop / 100000) * rate * (0.8 + rand() * 0.4));
      const now = Math.round(before * (0.95 + rand() * 0.15));
      const need = Math.round((pop / 1000) * (0.8 + rand() * 0.4));
      cells.push(before, now, need);
    }
    return cells;
  });
  const headers = ["Region", "Folkmängd 1 nov 2023"];
  for (const [ops, need] of AREAS) headers.push(`${ops} 2024`, `${ops} 2025`, `${need} (påhittat)`);
  headers.push("Lika delar", "Höftprotes", "Framfall", "Katarakt", "Totalt");
  const { ws, first, last } = sheetWithTable(
    wb, "Fördelning 2025", "Korta vårdköerna 2025 – EXEMPEL",
    [
      "Regler: examples/korta-vardkoerna-2025.json (delpotter och priser är antaganden, se filens note).",
      "PÅHITTADE VÄRDEN: antal operationer 2024 och 2025 och vårdbehovet (ett index per region) är påhittade för exemplet. Folkmängden är den 1 november 2023 (offentlig).",
    ],
    headers, rows, [28, 18, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14],
  );
  for (let r = first; r <= last; r++) for (let c = 2; c <= 11; c++) ws.getCell(r, c).numFmt = "#,##0";
  sumRow(ws, last, first, [12, 13, 14, 15, 16]);
  await wb.xlsx.writeFile(path.join(out, "korta-vardkoerna-2025-exempel.xlsx"));
}

// Each example on its own: `node scripts/make-examples.js korta-vardkoerna-2025` remakes one and leaves the others as they are.
const EXAMPLES = { "at-2022": at2022, "at-2025": at2025, "beds-2024": beds2024, "tillganglighet-2025": tillganglighet2025, "korta-vardkoerna-2025": kortaVardkoerna2025 };

(async () => {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(EXAMPLES);
  for (const name of names) {
    if (!EXAMPLES[name]) throw new Error(`no example ${name} (known: ${Object.keys(EXAMPLES).join(", ")})`);
    // The first three share one sequence, in this order (as they were first made); later ones have a seed of their own.
    if (name === "tillganglighet-2025" || name === "korta-vardkoerna-2025") seed = name === "tillganglighet-2025" ? 20250101 : 20250201;
    await EXAMPLES[name]();
    console.log(`Wrote examples/${name}-exempel.xlsx`);
  }
})();
