/* The what-ifs the benchmarks time: the k-th question of a sequence (one region's count up by 0–6), its answer a total in kronor. */
import { WhatIfModel } from "../src/engine/whatIfModel";
import type { Inputs } from "./benchInputs";

export type WhatIfAsk = (k: number) => number;

/** Each question through a what-if model kept for the round (the regions that reported a count). */
export function modelWhatIf(at: Inputs): WhatIfAsk & { model: WhatIfModel } {
  const model = new WhatIfModel(at.round, at.regions);
  const counted = at.regions.filter((r) => r.count !== null);
  // The questions' counts, as an officer types them: the count read, plus 0 … 6.
  const counts = counted.map((r) => Array.from({ length: 7 }, (_, d) => r.count!.plus(d)));
  const ask = (k: number) => {
    const i = k % counted.length;
    return model.kronorWith(counted[i].code, counts[i][k % 7]);
  };
  return Object.assign(ask, { model });
}
