/**
 * Excel's documented limits on what an add-in may ask in one request, each
 * with where it is documented. The port sizes every read and write to them.
 */

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB.
 * RichAPI.Error will be triggered if that limit is exceeded" (Resource limits and
 * performance optimization for Office Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** "A range is limited to five million cells for get operations" (same page). */
export const CELLS_PER_READ_LIMIT = 5_000_000;

/**
 * `getMergedAreasOrNullObject()`: "If the range contains more than 512 merged areas,
 * the method returns an error" (Excel.Range, ExcelApi 1.13, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const MERGED_AREAS_LIMIT = 512;

export { CELL_TEXT_LIMIT } from "../../workbook/sheet/cell";

/**
 * Cells asked for in one request: values, formulas and number formats of each.
 * A cell costs a few dozen bytes in the response; at 20 000 cells a request stays
 * far below 5 MB unless cells hold long text, and then the chunk is halved.
 */
export const CELLS_PER_REQUEST = 20_000;

/** The error codes Excel gives for a request or response over the payload limit ("Error handling", Excel.ErrorCodes). */
const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadSizeLimitExceeded"]);

export function isPayloadTooLarge(e: unknown): boolean {
  return PAYLOAD_CODES.has((e as { code?: string })?.code ?? "");
}
