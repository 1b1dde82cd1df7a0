/* The same round as spreadsheet formulas (HyperFormula), like with like: a full build against a round, one changed count against a what-if. */
import { HyperFormula } from "hyperformula";
import { computeRound } from "../src/engine/computeRound";
import { Rational } from "../src/engine/rational";
import { roundMicros, type Inputs } from "./engineBench";
import { formulaSheet } from "./formulaSheet";
import { record } from "./results";
import { median, medianMs, timeMs } from "./timing";
import type { WhatIfAsk } from "./whatIfAsk";

const COUNT = 1; // column B
/** Batches of 1 000 questions in each series; the first WARM_UP only warm up (the compiler, the collector after the full builds). */
const BATCHES = 60;
const WARM_UP = 20;
const TOTAL = 10; // column K

export function formulaFigures(at: Inputs, ask: WhatIfAsk): void {
  const one = roundMicros(at);
  const sheet = formulaSheet(at.regions);
  const build = (medianMs(() => {
    for (let k = 0; k < 10; k++) HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" }).destroy();
  }, 7, 1) / 10) * 1000;
  record({ id: "formulas.fullBuild", area: "Formulas", measure: "the 2024 round as Excel formulas, built and calculated (HyperFormula)", median: build, unit: "µs" });
  record({ id: "formulas.fullBuild.ratio", area: "Formulas", measure: "full build ÷ one engine round", median: build / one, unit: "×", target: { op: "≥", value: 10 } });

  // One count changed, the sheet recalculating only what depends on it, one total read.
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const n = at.regions.length;
  const counts = at.regions.map((r) => r.count?.toNumber() ?? 0);
  // Each timed in its own series of batches, ours first: interleaved, ours would pay for the garbage HyperFormula leaves.
  const ours: number[] = [];
  const theirs: number[] = [];
  let q = 0;
  for (let run = 0; run < BATCHES; run++) {
    ours.push(timeMs(() => {
      for (let j = 0; j < 1000; j++, q++) ask(q);
    }));
  }
  let k = 0;
  for (let run = 0; run < BATCHES; run++) {
    theirs.push(timeMs(() => {
      for (let j = 0; j < 1000; j++, k++) {
        const i = k % n;
        hf.setCellContents({ sheet: 0, row: i, col: COUNT }, counts[i] + (k % 7));
        hf.getCellValue({ sheet: 0, row: i, col: TOTAL });
      }
    }));
  }
  const incremental = median(theirs.slice(WARM_UP));
  const mine = median(ours.slice(WARM_UP));
  record({ id: "formulas.incremental", area: "Formulas", measure: "one count changed: HyperFormula's incremental recalculation (setCellContents), one total read", median: incremental, unit: "µs" });
  record({ id: "engine.whatif.one", area: "Formulas", measure: "one count changed: Fördela's what-if model, one total read", median: mine, unit: "µs" });
  record({ id: "formulas.incremental.ratio", area: "Formulas", measure: "incremental recalculation ÷ what-if", median: incremental / mine, unit: "×", target: { op: "≥", value: 10 } });

  // Same amounts? HyperFormula's are floats: each within 1 kr of our exact amount before rounding.
  const fresh = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const res = computeRound(at.round, at.regions);
  let worst = 0;
  at.regions.forEach((_, i) => {
    for (const [col, block] of [[5, "block1"], [9, "block2"]] as const) {
      const theirs = fresh.getCellValue({ sheet: 0, row: i, col }) as number;
      const exact = Rational.from(res.regions[i].explanation.find((e) => e.block === block)!.exact);
      worst = Math.max(worst, Math.abs(theirs - exact.toNumber()));
    }
  });
  record({ id: "formulas.largestDifference", area: "Formulas", measure: "largest difference, formulas vs exact, before rounding", median: worst, unit: "kr", target: { op: "<", value: 1 } });
}
