import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { matchRegion } from "../../src/workbook/values/regions";
import { shownByLibreOffice } from "../helpers/libreoffice";
import { measuredCli, mb, seconds, type Measured } from "../helpers/measured";
import { EXAMPLE_WORKBOOK } from "../helpers/repoRoot";
import type { HostileCase } from "./hostileFiles";

/**
 * Trying the CLI on one hostile file and judging what it did against what the catalogue
 * expects: shared by the test (which asserts no problems) and bench/hostile.ts (which prints
 * every case's figures, failing or not).
 */

/** Peak memory any run may take, refused or read (issue 28: bounded on any input). */
export const MEMORY_BUDGET = 400 * 1024 * 1024;
/** Killed after this: a hang is an outcome to report, not a stuck suite. */
export const RUN_TIMEOUT_MS = 60000;
export const SHEET = "Fördelning 2024";

export interface Trial {
  c: HostileCase;
  file: string;
  size: number;
  run: Measured;
  unchanged: boolean;
  wrote: boolean;
  /** Region code → population as the reference view shows it (null: the reference could not be had). */
  reference: Map<string, number> | null;
  problems: string[];
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const digits = (s: string) => Number(s.replace(/[^\d-]/g, ""));

/** Region code → population as LibreOffice shows the sheet (column A the region, B its population). */
export function populationsShown(soffice: string, file: string): Map<string, number> | null {
  try {
    const rows = shownByLibreOffice(soffice, file).get(SHEET) ?? [];
    const shown = new Map<string, number>();
    for (const row of rows) {
      const code = row[0] ? matchRegion(row[0])?.code : undefined;
      if (code && /\d/.test(row[1] ?? "")) shown.set(code, digits(row[1]));
    }
    return shown;
  } catch {
    return null;
  }
}

let exampleShown: Map<string, number> | null | undefined;

/** Region code → population as Fördela read it (its JSON: "population 2,455,914 (…)"). */
export function populationsRead(stdout: string): Map<string, number> {
  const read = new Map<string, number>();
  try {
    const json = JSON.parse(stdout) as { regions?: { code: string; inputs: string[] }[] };
    for (const r of json.regions ?? []) {
      const m = /population ([\d,]+) \(/.exec(r.inputs.join(" "));
      if (m) read.set(r.code, digits(m[1]));
    }
  } catch {
    /* no JSON: nothing read */
  }
  return read;
}

const INTERNAL = /\n\s+at .+[:(]\d+|TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|Invalid code point|internal error/i;
/** A NUL byte in a message: the raw bytes of a part leaking into what an officer reads. */
const hasNul = (s: string) => s.includes(String.fromCharCode(0));

export function tryCase(c: HostileCase, soffice: string | null, dir = mkdtempSync(path.join(tmpdir(), "fordela-hostile-"))): Trial {
  const file = path.join(dir, `${c.id}.xlsx`);
  writeFileSync(file, c.make());
  const before = sha(file);
  const out = path.join(dir, `${c.id}-ut.xlsx`);
  const run = measuredCli(["compute", file, "--round", "at-2024", "--out", out, "--json", "--lang", "en"], { timeoutMs: RUN_TIMEOUT_MS });
  const trial: Trial = { c, file, size: readFileSync(file).length, run, unchanged: sha(file) === before, wrote: existsSync(out), reference: null, problems: [] };
  const p = trial.problems;
  if (!trial.unchanged) p.push("the input file changed");
  if (run.killed) p.push(`killed after ${seconds(run.wallMs)} (a hang)`);
  if (run.peakRss !== null && run.peakRss > MEMORY_BUDGET) p.push(`peak memory ${mb(run.peakRss)} over the budget of ${mb(MEMORY_BUDGET)}`);
  if (run.killed) return trial;

  const refused = run.code === 1;
  const kind = c.expected.kind;
  if (refused) {
    if (kind === "read") p.push(`refused, though it must be read: ${firstLine(run)}`);
    if (trial.wrote) p.push("refused, yet a file was written");
    if (INTERNAL.test(saidBy(run)) || hasNul(saidBy(run)) || !saidBy(run).trim()) p.push(`not a clear refusal: ${firstLine(run) || "(nothing said)"}`);
    if (c.expected.kind === "refused" && c.expected.message && !c.expected.message.test(saidBy(run))) p.push(`refusal without ${c.expected.message}: ${firstLine(run)}`);
    return trial;
  }
  if (run.code !== 0) {
    p.push(`exit ${run.code}: ${firstLine(run)}`);
    return trial;
  }
  if (kind === "refused") p.push("computed, though it must be refused");
  if (!trial.wrote) p.push("exit 0 but nothing written");
  if (kind === "refused") return trial;

  if (c.reference === "example") trial.reference = exampleShown === undefined ? (exampleShown = soffice ? populationsShown(soffice, EXAMPLE_WORKBOOK) : null) : exampleShown;
  else trial.reference = soffice ? populationsShown(soffice, file) : null;
  const read = populationsRead(run.stdout);
  if (trial.reference === null) return trial; // no LibreOffice: nothing to compare with
  if (trial.reference.size < 21) p.push(`computed, though LibreOffice shows ${trial.reference.size} of the 21 regions`);
  const wrong = [...new Set([...trial.reference.keys(), ...read.keys()])].filter((code) => trial.reference!.get(code) !== read.get(code));
  if (wrong.length) p.push(`read other populations than LibreOffice shows: ${wrong.map((code) => `${code}: ${read.get(code) ?? "none"} (shown ${trial.reference!.get(code) ?? "none"})`).join(", ")}`);
  return trial;
}

/** What the CLI said: its error output, or with --json the messages of its "errors". */
export function saidBy(run: Measured): string {
  if (run.stderr.trim()) return run.stderr;
  try {
    const json = JSON.parse(run.stdout) as { errors?: { address?: string; message: string }[] };
    return (json.errors ?? []).map((e) => `${e.address ? `${e.address}: ` : ""}${e.message}`).join("\n");
  } catch {
    return "";
  }
}

export const firstLine = (run: Measured): string => saidBy(run).split("\n").find((l) => l.trim())?.slice(0, 200) ?? "";

export const outcomeOf = (t: Trial): string => (t.run.killed ? "killed" : t.run.code === 0 ? "computed" : t.run.code === 1 ? "refused" : `exit ${t.run.code}`);

/** One line of figures for a trial (the test prints it; the bench tabulates the same). */
export const figures = (t: Trial): string => `${t.c.id}: ${outcomeOf(t)} in ${seconds(t.run.wallMs)}, peak ${mb(t.run.peakRss)}, file ${(t.size / 1024).toFixed(0)} kB${t.problems.length ? ` — ${t.problems.join("; ")}` : ""}`;
