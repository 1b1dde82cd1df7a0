import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The bundled CLI, found from here upwards (this file also runs compiled, from out/bench-build). */
function lib(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "lib", "fordela.cjs");
    if (existsSync(file) || dir === path.dirname(dir)) return file;
  }
}

export interface MeasuredRun {
  code: number;
  stderr: string;
  ms: number;
  /** Peak resident memory of the whole run, in MB (VmHWM where there is /proc). */
  peakMb: number;
}

/**
 * The command line in a process of its own (the bundle npm's prepare step
 * builds), so its time and peak memory are its own: measured and printed, not
 * asserted, since the machine is shared.
 */
export function measuredRun(args: string[], env: Record<string, string> = {}): MeasuredRun {
  const script = `
    // VmHWM is this process's own peak; getrusage's maxrss on Linux keeps the forking parent's (jest's) across exec.
    const peakKb = () => { try { return Number(/VmHWM:\\s*(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1]); } catch { return process.resourceUsage().maxRSS; } };
    const t = process.hrtime.bigint();
    let err = "";
    require(${JSON.stringify(lib())}).main(${JSON.stringify(args)}, { log() {}, err(s) { err += s + "\\n"; } }).then((code) => {
      process.stdout.write(JSON.stringify({ code, stderr: err, ms: Number(process.hrtime.bigint() - t) / 1e6, peakMb: peakKb() / 1024 }));
    });`;
  const child = spawnSync(process.execPath, ["-e", script], { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 24, timeout: 120_000 });
  if (child.status !== 0 || !child.stdout) throw new Error(`the measured run failed: ${child.stderr || child.signal}`);
  return JSON.parse(child.stdout) as MeasuredRun;
}
