/* Each kind of zip bomb, refused by the command line: its time and peak memory (a process of its own each). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { measuredRun } from "../test/helpers/measuredRun";
import { BOMBS } from "../test/helpers/zipBombs";
import { record } from "./results";
import { median } from "./timing";

export function zipBombFigures(out: string): void {
  BOMBS.forEach(([kind, make], k) => {
    const bytes = make();
    const file = path.join(out, `bomb-${k}.xlsx`);
    writeFileSync(file, bytes);
    const runs = [0, 1, 2].map(() => measuredRun(["check", file, "--round", "at-2024"]));
    const peak = Math.max(...runs.map((r) => r.peakMb));
    record({ id: `hostile.bomb.${k}`, area: "Hostile files", measure: `refused: ${kind} (${(bytes.length / 1024).toFixed(0)} kB file)`, median: median(runs.map((r) => r.ms)), unit: "ms", target: { op: "<", value: 2000 }, note: `${peak.toFixed(0)} MB peak, budget 200 MB` });
  });
}
