import type { SheetSnapshot } from "../workbook/sheet/cell";
import type { WritePlan } from "../workbook/write/planWrite";
import type { OwnSheet } from "../workbook/sheet/ownSheet";
import type { FlowRequest } from "./flowRequest";
import type { RoundSource } from "./roundSource";

export interface ReadRequest {
  /** The sheet with the table; the host's choice (the active sheet, or every sheet) when absent. */
  sheet?: string;
  /** Sheets the round may also need, by name: its record sheet, the rule sheet, a sheet per measure. */
  alsoSheets: string[];
  /**
   * The round's flow this read is for. A host that holds the whole workbook elsewhere (the
   * page's worker) may hand over only the sheets that decide it; the others ignore it.
   */
  purpose?: { flow: FlowRequest };
}

/**
 * What a host does for a round, and nothing more: move cell values in, and
 * the planned cells out. The .xlsx file (exceljs), Excel (Office.js) and the
 * web page each implement it; the flow around it is the same for all.
 */
export interface WorkbookPort {
  /** One read of everything the round needs (in Excel: one context.sync()). */
  read(request: ReadRequest): Promise<SheetSnapshot[]>;
  /**
   * The round the workbook is for (`suggestRound` on every sheet), where the host can tell it
   * without handing every sheet over (the page's worker); absent elsewhere, the flow reads and tells.
   */
  suggestRound?(): Promise<RoundSource | null>;
  /** Whether the last read found the workbook's structure protected (no sheet can be added); absent where a host cannot tell. */
  structureLocked?(): boolean;
  /** One write of the allocation cells, the record sheet and any other sheet of Fördela's own, such as the decision's tables (in Excel: one context.sync()). */
  write(plan: WritePlan, record: OwnSheet, extra?: readonly OwnSheet[]): Promise<void>;
}
