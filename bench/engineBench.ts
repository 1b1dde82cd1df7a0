/* Engine figures: rounds, what-ifs and rows, beside the decimal.js engine they replace. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { previewRound } from "../src/app/roundFlow";
import { computeRound } from "../src/engine/computeRound";
import { XlsxPort } from "../src/hosts/xlsx/xlsxPort";
import { renderNotice } from "../src/messages/message";
import baseline from "./baseline.json";
import { madeUpRound } from "./madeUpRound";
import { record } from "./results";
import { modelWhatIf } from "./whatIfAsk";
import type { Inputs } from "./benchInputs";
import { medianMs } from "./timing";

export type { Inputs } from "./benchInputs";

export async function inputs(file: string, preset: string, roundFile?: string): Promise<Inputs> {
  const source = roundFile ? { file: JSON.parse(readFileSync(roundFile, "utf8")), name: roundFile } : { preset };
  const p = await previewRound(new XlsxPort(readFileSync(file)), { source, date: "", version: "" });
  if (!p.ok) throw new Error(`${file}: ${p.errors.map((e) => renderNotice(e, "en")).join("; ")}`);
  return { round: p.round, regions: p.regions.map((r) => r.input) };
}

/** Microseconds per round, amortised over a batch (garbage collection included). */
export function roundMicros(at: Inputs, batch = 200): number {
  return (medianMs(() => {
    for (let k = 0; k < batch; k++) computeRound(at.round, at.regions);
  }, 15, 10) / batch) * 1000;
}

/** One what-if as an officer asks it: one region's count changed, every block recomputed, its total read. */
export function whatIfRound(at: Inputs, k: number): number {
  const i = k % at.regions.length;
  const changed = at.regions.map((r, j) => (j === i && r.count ? { ...r, count: r.count.plus(k % 7) } : r));
  return computeRound(at.round, changed).regions[i].total.toNumber();
}

const base = "decimal.js engine";

export async function engineFigures(examples: string): Promise<Inputs> {
  const at = await inputs(path.join(examples, "at-2024-handlaggning.xlsx"), "at-2024");
  const beds = await inputs(path.join(examples, "beds-2024-exempel.xlsx"), "beds-2024");
  const atRound = roundMicros(at);
  record({ id: "engine.at2024.round", area: "Engine", measure: "one full at-2024 round (21 regions)", median: atRound, unit: "µs", note: `${base}: ${baseline.at2024RoundMicros} µs` });
  record({ id: "engine.at2024.speedup", area: "Engine", measure: "at-2024 round, decimal.js engine ÷ this engine", median: baseline.at2024RoundMicros / atRound, unit: "×", target: { op: "≥", value: 10 } });
  const bedsRound = roundMicros(beds, 50);
  record({ id: "engine.beds2024.round", area: "Engine", measure: "one full beds-2024 round (21 regions, 2 × 9 months)", median: bedsRound, unit: "µs", target: { op: "<", value: 200 }, note: `${base}: ${baseline.beds2024RoundMicros} µs` });
  // A round of the building blocks of issue 16: equal shares, three sub-pots paid per operation, capped by need, the rest to the top 5.
  const kv = await inputs(path.join(examples, "korta-vardkoerna-2025-exempel.xlsx"), "", path.join(examples, "korta-vardkoerna-2025.json"));
  record({ id: "engine.kortaVardkoerna2025.round", area: "Engine", measure: "one full korta-vardkoerna-2025 round (21 regions, 3 capped sub-pots, top 5 each)", median: roundMicros(kv, 50), unit: "µs", target: { op: "<", value: 1000 } });
  const whatIfs = medianMs(() => {
    for (let k = 0; k < 10000; k++) whatIfRound(at, k);
  }, 3, 1);
  record({ id: "engine.whatif.10000", area: "Engine", measure: "10 000 what-if rounds (one count changed each time)", median: whatIfs, unit: "ms", target: { op: "<", value: 500 }, note: `${base}: ${baseline.whatIf10000Ms} ms` });
  const ask = modelWhatIf(at);
  const modelled = medianMs(() => {
    for (let k = 0; k < 10000; k++) ask(k);
  }, 5, 1);
  record({ id: "engine.whatif.model.10000", area: "Engine", measure: `10 000 what-ifs through a what-if model (${ask.model.fullRounds} of the answers needed a full round)`, median: modelled, unit: "ms", target: { op: "<", value: 500 } });
  rows();
  return at;
}

/** A made-up allocation to 21 … 10 000 units: the time must grow in proportion to the rows. */
function rows(): void {
  const perRow: Record<number, number> = {};
  for (const n of [21, 290, 1000, 10000]) {
    const made = madeUpRound(n);
    const ms = medianMs(() => computeRound(made.round, made.regions), n >= 1000 ? 5 : 9);
    perRow[n] = ms / n;
    record({ id: `engine.rows.${n}`, area: "Engine", measure: `a made-up allocation to ${n.toLocaleString("sv-SE")} units (two blocks, per-100 000 weights)`, median: ms, unit: "ms", target: n === 10000 ? { op: "<", value: 50 } : undefined, note: `${((ms / n) * 1000).toFixed(2)} µs a row` });
  }
  record({ id: "engine.rows.growth", area: "Engine", measure: "time a row at 10 000 rows ÷ at 1 000 (1 is linear)", median: perRow[10000] / perRow[1000], unit: "×", target: { op: "≤", value: 1.5 } });
}
