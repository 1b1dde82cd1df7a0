import type { ReadRequest } from "../app/port";
import type { RoundSource } from "../app/roundSource";
import type { SheetSnapshot } from "../workbook/sheet/cell";
import type { OwnSheet } from "../workbook/sheet/ownSheet";
import type { WritePlan } from "../workbook/write/planWrite";
import type { Msg } from "../messages/message";

/** What the page asks of the workbook's worker; each asks once and is answered by its id. */
export type Ask =
  | { id: number; op: "open"; file: Blob }
  | { id: number; op: "read"; request: ReadRequest }
  | { id: number; op: "suggest" }
  | { id: number; op: "write"; plan: WritePlan; record: OwnSheet; extra: readonly OwnSheet[] }
  | { id: number; op: "toFile" };

/** How far the worker is: unpacking (bytes of the file) or reading sheets (one by one). */
export interface Progress {
  step: "unpacking" | "parsing";
  done: number;
  total: number;
}

/**
 * Rows of one sheet: a large sheet comes in slices, each its own message, so that
 * the page's thread copies a bounded part at a time and stays responsive.
 */
export interface Slice {
  index: number;
  from: number;
  head: Omit<SheetSnapshot, "values" | "formulas" | "numberFormats">;
  values: SheetSnapshot["values"];
  formulas?: SheetSnapshot["formulas"];
  numberFormats?: SheetSnapshot["numberFormats"];
}

export type Answer =
  | { id: number; progress: Progress }
  | { id: number; slice: Slice }
  | { id: number; done: true; sheets?: number; locked?: boolean; bytes?: Uint8Array; suggestion?: RoundSource | null }
  | { id: number; refused: Msg }
  | { id: number; failed: string };

/** Rows per slice: a few hundred kB of cells, copied in a few milliseconds. */
export const SLICE_ROWS = 500;
