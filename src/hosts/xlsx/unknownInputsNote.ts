import { msg, render } from "../../messages/message";
import { RECORD_MARKER } from "../../workbook/write/recordSheet";
import { type RecordCell } from "../../workbook/sheet/ownSheet";

/** Addresses listed one a row, up to this many; the rest counted. */
const LISTED = 200;

/**
 * The record's rows with a note on the formulas whose inputs could not be
 * followed: a title, the explanation in Swedish and English, then one
 * address a row. It goes before the list of written cells, which a later
 * run reads back from its marker on (readRecord), so that list stays as it is.
 */
export function withUnknownInputsNote(rows: readonly RecordCell[][], unknown: readonly string[]): RecordCell[][] {
  if (unknown.length === 0) return [...rows];
  const both = (code: Parameters<typeof msg>[0], params = {}) => [render(msg(code, params), "sv"), render(msg(code, params), "en")];
  const title = both("record.unknownInputsTitle");
  const note: RecordCell[][] = [[`${title[0]} / ${title[1]}`], both("record.unknownInputs", { count: unknown.length }), ...unknown.slice(0, LISTED).map((a) => [a])];
  if (unknown.length > LISTED) note.push(both("record.unknownInputsMore", { count: unknown.length - LISTED }));
  note.push([]);
  const marker = rows.findIndex((r) => r[0] === RECORD_MARKER);
  if (marker < 0) return [...rows, [], ...note];
  const at = marker > 0 && rows[marker - 1].length === 0 ? marker - 1 : marker;
  return [...rows.slice(0, at), [], ...note.slice(0, -1), ...rows.slice(at)];
}
