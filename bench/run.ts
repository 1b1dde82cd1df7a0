/* Fördela's benchmarks: `npm run bench`. Prints medians over repeated runs with their targets, and writes out/bench/results.json. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { computeRound as computeFlow } from "../src/app/roundFlow";
import type { RegionInput } from "../src/engine/types";
import { OfficePort, officeRun } from "../src/hosts/office/officePort";
import { excelFromXlsx } from "../test/helpers/fakeExcelFiles";
import "../src/rounds/schemaProblems"; // the round schema's checks, as the command line loads them
import { engineFigures } from "./engineBench";
import { formulaFigures } from "./formulaBench";
import { municipalityWorkbook } from "./municipalities";
import { pageFigures } from "./pageBench";
import { record, table, writeJson } from "./results";
import { staleFigures } from "./staleBench";
import { median, medianMs, timeMs } from "./timing";
import { modelWhatIf } from "./whatIfAsk";
import { zipBombFigures } from "./zipBombBench";

const ROOT = path.join(__dirname, "..", "..", "..");
const EXAMPLES = path.join(ROOT, "examples");
const EXAMPLE = path.join(EXAMPLES, "at-2024-handlaggning.xlsx");
const OUT = path.join(ROOT, "out", "bench");

function customFunctions(at: { regions: RegionInput[] }): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: Error, ErrorCode: { invalidValue: "#VALUE!" } };
   
  const AT = require("../src/functions/functions") as typeof import("../src/functions/functions");
  const col = (f: (r: RegionInput) => number) => at.regions.map((r) => [f(r)]);
  const counts = col((r) => r.count?.toNumber() ?? 0);
  const planned = col((r) => r.planned?.toNumber() ?? 0);
  const pops = col((r) => r.population.toNumber());
  const t = medianMs(() => {
    for (let k = 0; k < 1000; k++) AT.BLOCK2(counts, planned, pops, 160000000);
  }, 5, 1); // ms for 1 000 calls = µs for one
  record({ id: "functions.block2.call", area: "Custom functions", measure: "one call of AT.BLOCK2 over 21 rows (median of 1 000-call batches)", median: t, unit: "µs" });
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

function timeCli(file: string, id: string, label: string): void {
  if (!nodeBaseline) {
    nodeBaseline = timeCommand(["-e", "0"]).wall;
    record({ id: "cli.nodeBaseline", area: "CLI", measure: "node -e 0 (Node's own start, the baseline)", median: nodeBaseline, unit: "ms" });
  }
  const { wall, rss } = timeCommand(["bin/fordela.js", "compute", file, "--round", "at-2024", "--out", path.join(OUT, "cli-out.xlsx")]);
  const mem = rss === null ? "memory n/a" : `${(rss / 1024 / 1024).toFixed(0)} MB peak`;
  record({ id, area: "CLI", measure: `fordela compute --out, ${label}`, median: wall, unit: "ms", note: mem });
  record({ id: `${id}.ratio`, area: "CLI", measure: `the same ÷ node -e 0`, median: wall / nodeBaseline, unit: "×", target: id === "cli.example" ? { op: "≤", value: 2.5 } : undefined });
}

const gzKb = (files: string[]) => files.reduce((n, s) => n + gzipSync(readFileSync(path.join(ROOT, "dist", s)), { level: 9 }).length, 0) / 1024;

/** The JavaScript a page loads when it opens (its own scripts, not Office's), gzipped, in KB. */
function pageScripts(page: string): { scripts: string[]; gz: number; raw: number } {
  const html = readFileSync(path.join(ROOT, "dist", page), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1].replace(/^\.?\//, "")).filter((s) => !/^https?:/.test(s));
  const raw = scripts.reduce((n, s) => n + readFileSync(path.join(ROOT, "dist", s)).length, 0) / 1024;
  return { scripts, gz: gzKb(scripts), raw };
}

/** Chunks no page lists, loaded on first use: those a page's scripts name. */
function lazyChunks(listed: string[], scripts: string[]): string[] {
  const code = scripts.map((s) => readFileSync(path.join(ROOT, "dist", s), "utf8")).join("\n");
  return readdirSync(path.join(ROOT, "dist")).filter((f) => f.endsWith(".js") && !listed.includes(f) && (code.includes(`"${f}"`) || code.includes(`"${f.slice(0, -3)}"`)));
}

function bundles(): void {
  const pages = [["taskpane.html", "bundle.addin.gz", "the add-in's JavaScript", 200], ["index.html", "bundle.web.gz", "the web page's JavaScript", 60]] as const;
  const listed = pages.flatMap(([page]) => (existsSync(path.join(ROOT, "dist", page)) ? pageScripts(page).scripts : []));
  for (const [page, id, label, target] of pages) {
    if (!existsSync(path.join(ROOT, "dist", page))) continue;
    const p = pageScripts(page);
    const lazy = lazyChunks(listed, p.scripts);
    const later = lazy.length ? `; ${lazy.join(", ")} on first use, ${gzKb(lazy).toFixed(1)} KB gz more` : "";
    record({ id, area: "Bundles", measure: `${label} when it opens (${p.scripts.join(", ")}), gzipped`, median: p.gz, unit: "KB", target: { op: "<", value: target }, note: `${p.raw.toFixed(1)} KB raw${later}` });
  }
}

async function roundTrips(): Promise<void> {
  for (const extra of [0, 1979]) {
    const fake = await excelFromXlsx(EXAMPLE);
    const sheet = fake.sheets.get("Fördelning 2024")!;
    for (let r = 30; r < 30 + extra; r++) sheet.set(`${r},0`, { value: `rad ${r}`, numFmt: "General" });
    const port = new OfficePort(officeRun(fake.host()));
    fake.syncs = 0;
    await computeFlow(port, { source: { preset: "at-2024" }, date: "", version: "" }, false);
    record({ id: `addin.syncs.${extra ? "2000rows" : "21rows"}`, area: "Round trips", measure: `context.sync() calls for Compute round, ${extra ? "2 000-row sheet" : "21-row table"}`, median: fake.syncs, unit: "calls", target: { op: "≤", value: extra ? 7 : 6 }, note: "a read of 4 (sheets, used ranges, cells in parts of 20 000, hidden rows and merges) and a write of 2" });
  }
}

(async () => {
  mkdirSync(OUT, { recursive: true });
  const at = await engineFigures(EXAMPLES);
  formulaFigures(at, modelWhatIf(at));
  staleFigures();
  customFunctions(at);
  timeCli(EXAMPLE, "cli.example", "bundled 2024 workbook");
  const big = path.join(OUT, "kommuner-290.xlsx");
  await municipalityWorkbook(EXAMPLE, big);
  timeCli(big, "cli.municipalities", "the same plus 290 municipality rows × 12 months");
  zipBombFigures(OUT);
  bundles();
  await roundTrips();
  await pageFigures(ROOT, EXAMPLE, OUT);
  const when = new Date().toISOString().slice(0, 10);
  const machine = `${when}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`;
  const md = `Measured ${machine}.\n\n${table()}\n`;
  writeFileSync(path.join(OUT, "results.md"), md);
  writeJson(path.join(OUT, "results.json"), machine);
  console.log(md);
})();
