import type { MessageCode } from "../../messages/catalog";
import type { Params } from "../../messages/message";

/**
 * Where each entry's packed data lies, from its local header, checked against
 * the central directory (APPNOTE 4.3.7 and 4.4): the local header must name the
 * same part with the same method and, unless sizes follow in a data descriptor
 * (general purpose flag bit 3, APPNOTE 4.4.4), the same checksum and sizes. No
 * two entries' data may overlap, nor reach into the central directory: a zip
 * whose entries share one packed stream unpacks it again for every entry (the
 * "non-recursive zip bomb", D. Fifield, WOOT 2019), and no program that writes
 * workbooks makes one.
 */
export interface Placed {
  name: string;
  nameBytes: Uint8Array;
  offset: number;
  packed: number;
  unpacked: number;
  method: number;
  crc: number;
}

type Refuse = (code: MessageCode, params: Params) => Error;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

function sameName(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Checks every entry's local header and that no two entries' bytes overlap; `directoryAt` is where the central directory starts. */
export function checkLayout(bytes: Uint8Array, entries: readonly Placed[], directoryAt: number, refuse: Refuse): void {
  const spans: { name: string; start: number; end: number }[] = [];
  for (const e of entries) {
    const at = e.offset;
    if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw refuse("file.partNoHeader", { part: e.name });
    const flags = u16(bytes, at + 6);
    const nameLength = u16(bytes, at + 26);
    const start = at + 30 + nameLength + u16(bytes, at + 28);
    const described = !(flags & 8);
    const agrees =
      sameName(bytes.subarray(at + 30, at + 30 + nameLength), e.nameBytes) &&
      u16(bytes, at + 8) === e.method &&
      (!described || (u32(bytes, at + 14) === e.crc && u32(bytes, at + 18) === e.packed && u32(bytes, at + 22) === e.unpacked));
    if (!agrees) throw refuse("file.headerDisagrees", { part: e.name });
    // A data descriptor follows the data: 12 bytes, 16 with its optional signature (APPNOTE 4.3.9).
    const end = start + e.packed + (described ? 0 : 12);
    if (end > bytes.length) throw refuse("file.partCut", { part: e.name });
    spans.push({ name: e.name, start: at, end });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const next = spans[i + 1];
    if (next && next.start < spans[i].end) throw refuse("file.partsOverlap", { part: next.name, other: spans[i].name });
    if (spans[i].end > directoryAt) throw refuse("file.partsOverlap", { part: spans[i].name, other: "[zip directory]" });
  }
}
