/* The hostile catalogue's figures (issue 28): every case run through the built CLI, its outcome, wall time and peak memory, and what is wrong with it. Run: npm run bench:hostile */
import { sofficePath } from "../test/helpers/libreoffice";
import { ensureCliBuilt, mb, seconds } from "../test/helpers/measured";
import { HOSTILE_CASES } from "../test/catalogue/hostileFiles";
import { MEMORY_BUDGET, firstLine, outcomeOf, tryCase } from "../test/catalogue/hostileJudge";

ensureCliBuilt();
const soffice = sofficePath();
const only = process.argv.slice(2);
const SLOW_MS = 2000;
const rows: string[][] = [["case", "expected", "outcome", "wall", "peak RSS", "file", "verdict"]];
let failing = 0;
for (const c of HOSTILE_CASES.filter((h) => only.length === 0 || only.includes(h.id))) {
  const t = tryCase(c, soffice);
  if (t.problems.length) failing++;
  // The issue's budget for a refusal is 2 s on this machine: a figure for people, never a test's assertion.
  const slow = t.run.wallMs > SLOW_MS ? ` (slow: over ${seconds(SLOW_MS)})` : "";
  rows.push([c.id, c.expected.kind, `${outcomeOf(t)}${t.run.code === 1 ? `: ${firstLine(t.run).slice(0, 70)}` : ""}`, seconds(t.run.wallMs), mb(t.run.peakRss), `${(t.size / 1024).toFixed(0)} kB`, (t.problems.length ? `FAILS: ${t.problems.join("; ").slice(0, 300)}` : "ok") + slow]);
  process.stderr.write(`${c.id} done\n`);
}
const widths = rows[0].map((_, i) => Math.min(80, Math.max(...rows.map((r) => r[i].length))));
for (const r of rows) console.log(r.map((cell, i) => (i === r.length - 1 ? cell : cell.slice(0, widths[i]).padEnd(widths[i]))).join(" | "));
console.log(`\n${rows.length - 1 - failing} of ${rows.length - 1} as the issue asks; memory budget ${mb(MEMORY_BUDGET)}; LibreOffice ${soffice ? "is" : "is NOT"} the reference view${soffice ? "" : " (not installed: reads not compared)"}.`);
