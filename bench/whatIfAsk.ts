/* The what-ifs the benchmarks time: the k-th question of a sequence (one region's count up by 0–6), its answer a total in kronor. */
import { WhatIfModel } from "../src/engine/whatIfModel";
import type { Inputs } from "./engineBench";
import { whatIfRound } from "./engineBench";

export type WhatIfAsk = (k: number) => number;

/** Each question a whole round. */
export function roundWhatIf(at: Inputs): WhatIfAsk {
  return (k) => whatIfRound(at, k);
}

/** Each question through a what-if model kept for the round (the regions that reported a count). */
export function modelWhatIf(at: Inputs): WhatIfAsk & { model: WhatIfModel } {
  const model = new WhatIfModel(at.round, at.regions);
  const counted = at.regions.filter((r) => r.count !== null);
  const ask = (k: number) => {
    const r = counted[k % counted.length];
    return model.totalWith(r.code, r.count!.plus(k % 7)).toNumber();
  };
  return Object.assign(ask, { model });
}
