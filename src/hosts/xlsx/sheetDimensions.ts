import { inflateRawSync, constants } from "node:zlib";
import { WorkbookRefused, type ZipEntry } from "./zipGuard";

/** Fördela reads tables of regions: a sheet far larger than that is refused before it is loaded. */
export const MAX_SHEET_ROWS = 20000;
const PEEK = 64 * 1024;

/** The rows a worksheet says it spans (its <dimension>), from the first bytes of its XML only. */
function dimensionRows(bytes: Uint8Array, e: ZipEntry): number | null {
  const start = e.offset + 30 + (bytes[e.offset + 26] | (bytes[e.offset + 27] << 8)) + (bytes[e.offset + 28] | (bytes[e.offset + 29] << 8));
  const packed = bytes.subarray(start, start + Math.min(e.packed, PEEK));
  let head: string;
  try {
    head = (e.method === 8 ? inflateRawSync(packed, { finishFlush: constants.Z_SYNC_FLUSH }) : Buffer.from(packed)).toString("utf8", 0, PEEK);
  } catch {
    throw new WorkbookRefused(`${e.name} is damaged and cannot be unpacked`);
  }
  const m = /<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(head);
  return m ? Number(m[1] ?? 1) : null;
}

/** Refuses a workbook with a sheet of more than MAX_SHEET_ROWS rows, reading a few KB of each sheet. */
export function checkSheetSizes(bytes: Uint8Array, entries: readonly ZipEntry[], maxRows = MAX_SHEET_ROWS): void {
  for (const e of entries.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x.name))) {
    const rows = dimensionRows(bytes, e);
    if (rows !== null && rows > maxRows) {
      throw new WorkbookRefused(`${e.name.replace("xl/worksheets/", "the sheet file ")} has ${rows} rows; Fördela reads tables of regions and refuses sheets over ${maxRows} rows (move the table to a workbook of its own)`);
    }
  }
}
