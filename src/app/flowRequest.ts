import type { Lang } from "../messages/message";
import type { SheetSnapshot } from "../workbook/sheet/cell";
import type { InputError, Warning } from "../workbook/sheet/inputError";
import type { MappingRequest } from "../workbook/table/findTable";
import type { OwnSheet } from "../workbook/sheet/ownSheet";
import type { Prepared } from "../workbook/write/prepareRound";
import type { RoundSource } from "./roundSource";

/** What a host asks of the round flow, and the preview it gets back (roundFlow.ts runs it; port.ts and previewKey.ts only name it). */
export interface FlowRequest {
  source: RoundSource;
  sheet?: string;
  mapping?: MappingRequest;
  date: string;
  version: string;
  /** Also write the decision's tables (Bilaga, Rangordning), in this language. */
  tables?: boolean;
  lang?: Lang;
  /** What the officer was shown (`previewKey`): compute writes only if the workbook still gives the same. */
  expect?: string;
}

export type Preview =
  | { ok: false; errors: InputError[]; warnings: Warning[]; sheets: SheetSnapshot[]; table: Extract<Prepared, { ok: false }>["table"] }
  | (Extract<Prepared, { ok: true }> & { sheets: SheetSnapshot[]; tables: OwnSheet[] });
