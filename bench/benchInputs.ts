import type { RegionInput, RoundDef } from "../src/engine/types";

/** A round and its regions as read from an example workbook: what the engine's benchmarks compute. */
export interface Inputs {
  round: RoundDef;
  regions: RegionInput[];
}
