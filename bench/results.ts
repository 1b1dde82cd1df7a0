/* The figures of one `npm run bench`: a table for people, out/bench/results.json for tools. */
import { writeFileSync } from "node:fs";

export type Unit = "µs" | "ms" | "KB" | "×" | "calls" | "kr";

/** A goal: the figure must stay below (`<`, `≤`) or reach (`≥`) the value. */
export interface Target {
  op: "<" | "≤" | "≥";
  value: number;
}

export interface Figure {
  id: string;
  area: string;
  measure: string;
  median: number;
  unit: Unit;
  target: Target | null;
  /** Said beside the figure in the table (a baseline, a ratio's parts). */
  note?: string;
}

const figures: Figure[] = [];

export function record(f: Omit<Figure, "target"> & { target?: Target }): Figure {
  const full = { ...f, target: f.target ?? null };
  figures.push(full);
  return full;
}

export function met(f: Figure): boolean | null {
  if (!f.target) return null;
  const { op, value } = f.target;
  return op === "<" ? f.median < value : op === "≤" ? f.median <= value : f.median >= value;
}

function shown(value: number, unit: Unit): string {
  if (unit === "µs") return value >= 1000 ? `${(value / 1000).toFixed(2)} ms` : `${value.toFixed(value >= 100 ? 0 : 1)} µs`;
  if (unit === "ms") return `${value.toFixed(value >= 100 ? 0 : 2)} ms`;
  if (unit === "×") return `${value.toFixed(1)}×`;
  if (unit === "KB") return `${value.toFixed(1)} KB`;
  if (unit === "kr") return `${value.toExponential(2)} kr`;
  return String(value);
}

export function table(): string {
  const head = ["Area", "Measure", "Median", "Target", "Met", "Id"];
  const body = figures.map((f) => {
    const m = met(f);
    return [f.area, f.measure, shown(f.median, f.unit) + (f.note ? ` (${f.note})` : ""), f.target ? `${f.target.op} ${shown(f.target.value, f.unit)}` : "", m === null ? "" : m ? "yes" : "**no**", `\`${f.id}\``];
  });
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...body.map((b) => `| ${b.join(" | ")} |`)].join("\n");
}

/** One entry per figure, keyed by its stable id. */
export function writeJson(file: string, machine: string): void {
  const entries = Object.fromEntries(figures.map((f) => [f.id, { measure: f.measure, median: f.median, unit: f.unit, target: f.target, met: met(f) }]));
  writeFileSync(file, `${JSON.stringify({ machine, figures: entries }, null, 2)}\n`);
}
