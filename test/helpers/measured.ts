import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./repoRoot";

/**
 * The CLI run as an officer runs it: the built bundle (bin/fordela.js → lib/fordela.cjs) in a
 * child process, with its wall time and peak resident memory (GNU time's %M, which counts the
 * children it waited for through `timeout`). A memory bound is
 * something a test may assert; the time is measured and printed, never asserted. A run over
 * `timeoutMs` is stopped with its whole process group (coreutils `timeout`), so a hang is
 * an outcome, not a stuck suite; V8's heap is capped so a runaway fails instead of taking the
 * machine.
 */

const ROOT = repoRoot();
const BUNDLE = path.join(ROOT, "lib", "fordela.cjs");
const MARK = "@@fordela-measured";

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size in bytes, a killed run's too (null without GNU time). */
  peakRss: number | null;
  killed: boolean;
}

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds lib/fordela.cjs (npm run build:cli) when it is missing or older than any source file. */
export function ensureCliBuilt(): void {
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestUnder(path.join(ROOT, "src"))) return;
  execFileSync("npx", ["webpack", "--config", "webpack.cli.js"], { cwd: ROOT, stdio: "pipe", timeout: 300000 });
}

export interface MeasureOptions {
  timeoutMs?: number;
  /** V8's old-space cap for the child, in MB (a runaway then fails fast). */
  heapMb?: number;
}

export function measuredCli(args: string[], options: MeasureOptions = {}): Measured {
  const timeoutS = Math.ceil((options.timeoutMs ?? 60000) / 1000);
  const node = [process.execPath, `--max-old-space-size=${options.heapMb ?? 1536}`, path.join(ROOT, "bin", "fordela.js"), ...args];
  const hasTime = existsSync("/usr/bin/time");
  // GNU time outside timeout: the peak of the child timeout waited for is reported even when it was stopped.
  // TERM, not KILL: timeout signals its whole group, itself included, and only a TERM it survives lets it wait for node.
  const limited = ["timeout", "-s", "TERM", "-k", "5", String(timeoutS), ...node];
  const command = hasTime ? ["/usr/bin/time", "-f", `${MARK} %M`, ...limited] : limited;
  const start = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = r.stderr ?? "";
  const mark = new RegExp(`\\n?${MARK} (\\d+)\\n?$`).exec(stderr);
  // timeout's own status 137 (KILL) or 124: the child did not finish in time.
  const killed = r.status === 137 || r.status === 124 || r.signal === "SIGKILL";
  return {
    code: killed ? null : r.status,
    stdout: r.stdout ?? "",
    // GNU time's own notes ("Command exited with non-zero status 1") are not the CLI's.
    stderr: (mark ? stderr.slice(0, mark.index) : stderr).replace(/^Command (exited with non-zero status|terminated by signal) \d+\n?/m, ""),
    wallMs,
    peakRss: mark ? Number(mark[1]) * 1024 : null,
    killed,
  };
}

export const mb = (bytes: number | null): string => (bytes === null ? "n/a" : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
