/** The cells of the stand-in Excel, and what every proxy of it shares (see fakeExcel.ts). */
export interface Cell {
  value: unknown;
  formula?: string;
  numFmt: string;
}
export type Sheet = Map<string, Cell>;

export const key = (r: number, c: number) => `${r},${c}`;
export const same = (a: string, b: string) => a.toLocaleUpperCase("sv") === b.toLocaleUpperCase("sv");

export class NotLoaded extends Error {}

export const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

export class Loadable {
  protected data: Record<string, unknown> | null = null;
  /** What was loaded, as Excel would send it back: its size counts against the response limit. */
  loaded(): Record<string, unknown> | null {
    return this.data;
  }
  /** A response Excel did not send: nothing of it is loaded. */
  forget(): void {
    this.data = null;
  }
  protected get<T>(prop: string): T {
    if (!this.data || !(prop in this.data)) throw new NotLoaded(`${prop} is not loaded: call load() and context.sync() first`);
    return this.data[prop] as T;
  }
}


/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB.
 * RichAPI.Error will be triggered if that limit is exceeded" (Resource limits and
 * performance optimization for Office Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The stand-in holds every platform to it.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits, support.microsoft.com). */
export const CELL_TEXT_LIMIT = 32767;

/**
 * Range.getMergedAreasOrNullObject: "If the range contains more than 512 merged areas,
 * the method returns an error" (Excel.Range, ExcelApi 1.13, learn.microsoft.com/javascript/api/excel/excel.range).
 */
export const MERGED_AREAS_LIMIT = 512;

const encoder = new TextEncoder();
/** The size of a payload as JSON, in bytes. */
export const bytesOf = (x: unknown) => encoder.encode(JSON.stringify(x)).length;
