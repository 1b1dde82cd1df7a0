import type { RegionInput } from "../../engine/types";
import type { Msg } from "../../messages/message";
import type { InputError, Warning } from "../sheet/inputError";

/** What reading gives of one region and of the whole table (readRegions reads it; readRow and populationDate fill and check it). */
export interface RegionRead {
  input: RegionInput;
  row: number;
  /** How the inputs were read and from which cells, for the explanation. */
  notes: Msg[];
}

export interface RegionsRead {
  regions: RegionRead[];
  errors: InputError[];
  warnings: Warning[];
}
