import { renderNotice } from "../src/messages/message";
/* Fördela's benchmarks: `npm run bench`. Prints medians over repeated runs, with the targets. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { HyperFormula } from "hyperformula";
import { previewRound, computeRound as computeFlow } from "../src/app/roundFlow";
import { computeRound } from "../src/engine/computeRound";
import { Rational } from "../src/engine/rational";
import type { RegionInput, RoundDef } from "../src/engine/types";
import { OfficePort, type ExcelRun } from "../src/hosts/office/officePort";
import { XlsxPort } from "../src/hosts/xlsx/xlsxPort";
import { FakeExcel } from "../test/helpers/fakeExcel";
import { formulaSheet } from "./formulaSheet";
import { municipalityWorkbook } from "./municipalities";
import { median, medianMs, timeMs } from "./timing";

const ROOT = path.join(__dirname, "..", "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "at-2024-handlaggning.xlsx");
const OUT = path.join(ROOT, "out", "bench");

interface Row {
  area: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];
const fmt = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function inputs(file: string, preset: string): Promise<{ round: RoundDef; regions: RegionInput[] }> {
  const p = await previewRound(new XlsxPort(readFileSync(file)), { source: { preset }, date: "", version: "" });
  if (!p.ok) throw new Error(`${file}: ${p.errors.map((e) => renderNotice(e, "en")).join("; ")}`);
  return { round: p.round, regions: p.regions.map((r) => r.input) };
}

async function engine(): Promise<{ round: RoundDef; regions: RegionInput[] }> {
  const at = await inputs(EXAMPLE, "at-2024");
  const beds = await inputs(path.join(ROOT, "examples", "beds-2024-exempel.xlsx"), "beds-2024");
  const perRound = medianMs(() => {
    for (let k = 0; k < 200; k++) computeRound(at.round, at.regions);
  }, 9) / 200;
  rows.push({ area: "Engine", measure: "one full at-2024 round (21 regions)", value: `${fmt(perRound)} (${Math.round(1000 / perRound)} rounds/s)`, target: "< 1 ms", met: perRound < 1 });
  const bedsRound = medianMs(() => {
    for (let k = 0; k < 20; k++) computeRound(beds.round, beds.regions);
  }, 7) / 20;
  rows.push({ area: "Engine", measure: "one full beds-2024 round (21 regions, 2 × 9 months)", value: `${fmt(bedsRound)} (${Math.round(1000 / bedsRound)} rounds/s)`, target: "< 1 ms", met: bedsRound < 1 });
  // A what-if: one region's count changed, the whole round recomputed, its amount read.
  const whatIfs = medianMs(() => {
    for (let k = 0; k < 10000; k++) {
      const i = k % at.regions.length;
      const changed = at.regions.map((r, j) => (j === i && r.count ? { ...r, count: r.count.plus(k % 7) } : r));
      computeRound(at.round, changed).regions[i].total.toNumber();
    }
  }, 3, 1);
  rows.push({ area: "Engine", measure: "10 000 what-if rounds (one count changed each time)", value: fmt(whatIfs), target: "< 1 s", met: whatIfs < 1000 });
  return at;
}

function formulas(at: { round: RoundDef; regions: RegionInput[] }): void {
  const hf = HyperFormula.buildFromArray(formulaSheet(at.regions), { licenseKey: "gpl-v3" });
  // Both amortised over batches, garbage collection included, as the engine row above.
  const recalc = medianMs(() => {
    for (let k = 0; k < 20; k++) hf.rebuildAndRecalculate();
  }, 7, 1) / 20;
  const ours = medianMs(() => {
    for (let k = 0; k < 200; k++) computeRound(at.round, at.regions);
  }, 7, 1) / 200;
  // Same amounts? HyperFormula's are floats: each within 1 kr of our exact amount before rounding.
  const res = computeRound(at.round, at.regions);
  let worst = 0;
  at.regions.forEach((_, i) => {
    for (const [col, block] of [[5, "block1"], [9, "block2"]] as const) {
      const theirs = hf.getCellValue({ sheet: 0, row: i, col }) as number;
      const exact = Rational.from(res.regions[i].explanation.find((e) => e.block === block)!.exact);
      worst = Math.max(worst, Math.abs(theirs - exact.toNumber()));
    }
  });
  rows.push({ area: "Formulas", measure: "the 2024 round as Excel formulas, full recalculation (HyperFormula)", value: fmt(recalc), target: "", met: null });
  rows.push({ area: "Formulas", measure: "Fördela's engine, same input", value: fmt(ours), target: "", met: null });
  rows.push({ area: "Formulas", measure: "ratio (formulas ÷ engine)", value: `${(recalc / ours).toFixed(1)}×`, target: "≥ 10×", met: recalc / ours >= 10 });
  rows.push({ area: "Formulas", measure: "largest difference, formulas vs exact, before rounding", value: `${worst.toExponential(2)} kr`, target: "< 1 kr", met: worst < 1 });
}

function customFunctions(at: { regions: RegionInput[] }): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: Error, ErrorCode: { invalidValue: "#VALUE!" } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AT = require("../src/functions/functions") as typeof import("../src/functions/functions");
  const col = (f: (r: RegionInput) => number) => at.regions.map((r) => [f(r)]);
  const counts = col((r) => r.count?.toNumber() ?? 0);
  const planned = col((r) => r.planned?.toNumber() ?? 0);
  const pops = col((r) => r.population.toNumber());
  const t = medianMs(() => {
    for (let k = 0; k < 1000; k++) AT.BLOCK2(counts, planned, pops, 160000000);
  }, 5, 1);
  rows.push({ area: "Custom functions", measure: "1 000 calls of AT.BLOCK2 over 21 rows", value: `${fmt(t)} (${fmt(t / 1000)} a call)`, target: "", met: null });
}

/** Wall time and peak memory of a command, medians of five runs (GNU time where installed). */
function timeCommand(args: string[]): { wall: number; rss: number | null } {
  const runs: { wall: number; rss: number | null }[] = [];
  for (let k = 0; k < 5; k++) {
    if (existsSync("/usr/bin/time")) {
      const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { cwd: ROOT, encoding: "utf8" });
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr)!;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)!;
      runs.push({ wall: (Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3])) * 1000, rss: Number(rss[1]) * 1024 });
    } else {
      runs.push({ wall: timeMs(() => spawnSync(process.execPath, args, { cwd: ROOT })), rss: null });
    }
  }
  return { wall: median(runs.map((r) => r.wall)), rss: runs[0].rss === null ? null : median(runs.map((r) => r.rss as number)) };
}

let nodeBaseline = 0;

function timeCli(file: string, label: string): void {
  if (!nodeBaseline) {
    nodeBaseline = timeCommand(["-e", "0"]).wall;
    rows.push({ area: "CLI", measure: "node -e 0 (Node's own start, the baseline)", value: fmt(nodeBaseline), target: "", met: null });
  }
  const { wall, rss } = timeCommand(["bin/fordela.js", "compute", file, "--round", "at-2024", "--out", path.join(OUT, "cli-out.xlsx")]);
  const mem = rss === null ? "n/a" : `${(rss / 1024 / 1024).toFixed(0)} MB peak`;
  const bundled = label.startsWith("bundled");
  rows.push({ area: "CLI", measure: `fordela compute --out, ${label}`, value: `${fmt(wall)}, ${mem}, ${(wall / nodeBaseline).toFixed(1)}× node -e 0`, target: bundled ? "≤ 2.5× node -e 0" : "", met: bundled ? wall / nodeBaseline <= 2.5 : null });
}

function bundles(): void {
  const gz = (name: string) => gzipSync(readFileSync(path.join(ROOT, "dist", name)), { level: 9 }).length;
  for (const [name, target] of [["functions.js", 60], ["taskpane.js", 200]] as const) {
    if (!existsSync(path.join(ROOT, "dist", name))) continue;
    rows.push({ area: "Bundles", measure: name, value: `${kb(readFileSync(path.join(ROOT, "dist", name)).length)} raw, ${kb(gz(name))} gzipped`, target: `< ${target} KB gzipped`, met: gz(name) < target * 1024 });
  }
  // The web page: every script its index.html loads.
  const html = path.join(ROOT, "dist", "index.html");
  if (!existsSync(html)) return;
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1].replace(/^\.?\//, ""));
  const total = scripts.reduce((n, s) => n + gz(s), 0);
  rows.push({ area: "Bundles", measure: `the web page's JavaScript (${scripts.join(", ")})`, value: `${kb(total)} gzipped`, target: "< 60 KB gzipped", met: total < 60 * 1024 });
}

async function roundTrips(): Promise<void> {
  for (const extra of [0, 1979]) {
    const fake = await FakeExcel.fromXlsx(EXAMPLE);
    const sheet = fake.sheets.get("Fördelning 2024")!;
    for (let r = 30; r < 30 + extra; r++) sheet.set(`${r},0`, { value: `rad ${r}`, numFmt: "General" });
    const port = new OfficePort(fake.run as unknown as ExcelRun);
    await port.refreshSheetNames();
    fake.syncs = 0;
    await computeFlow(port, { source: { preset: "at-2024" }, date: "", version: "" }, false);
    rows.push({ area: "Round trips", measure: `context.sync() calls for Compute round, ${extra ? "2 000-row sheet" : "21-row table"}`, value: String(fake.syncs), target: "2", met: fake.syncs === 2 });
  }
}

function table(): string {
  const head = ["Area", "Measure", "Median", "Target", "Met"];
  const body = rows.map((r) => [r.area, r.measure, r.value, r.target, r.met === null ? "" : r.met ? "yes" : "**no**"]);
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...body.map((b) => `| ${b.join(" | ")} |`)].join("\n");
}

(async () => {
  mkdirSync(OUT, { recursive: true });
  const at = await engine();
  formulas(at);
  customFunctions(at);
  timeCli(EXAMPLE, "bundled 2024 workbook");
  const big = path.join(OUT, "kommuner-290.xlsx");
  await municipalityWorkbook(EXAMPLE, big);
  timeCli(big, "the same plus 290 municipality rows × 12 months");
  bundles();
  await roundTrips();
  const when = new Date().toISOString().slice(0, 10);
  const machine = `${when}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`;
  const md = `Measured ${machine}.\n\n${table()}\n`;
  writeFileSync(path.join(OUT, "results.md"), md);
  console.log(md);
})();
