import { WorkbookRefused } from "../../app/workbookRefused";
import { checkLayout, type Placed } from "./zipLayout";
/**
 * Looks at an .xlsx file's bytes before anything is unpacked, so that a file
 * that is not a workbook, a zip bomb or a huge workbook is refused at once, in
 * bounded memory. Reads only the zip's central directory; works on a Uint8Array
 * in Node and in the browser alike.
 */
export interface ZipLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** Every entry unpacked, together. */
  maxUnpackedBytes: number;
  /** One entry unpacked. */
  maxPartBytes: number;
  /** Unpacked over packed, for every entry and for all together: far beyond what XML compresses to. */
  maxRatio: number;
  /** What the ratio allows on top, so that tiny parts (a few bytes packed) are not refused for their header overhead. */
  ratioSlackPerPart: number;
  ratioSlackTotal: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioSlackPerPart: 4096,
  ratioSlackTotal: 1024 * 1024,
  maxEntries: 10000,
};

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

export interface ZipEntry {
  name: string;
  packed: number;
  unpacked: number;
  /** Where the entry's local header starts. */
  offset: number;
  method: number;
  crc: number;
  /** MS-DOS time and date, kept when the entry is copied as it was. */
  time: number;
  date: number;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Refuses a file by its size alone, before it is read. */
export function checkFileSize(size: number, limits: ZipLimits = DEFAULT_LIMITS): void {
  if (size > limits.maxFileBytes) throw WorkbookRefused.of("file.tooLarge", { size: MB(size), limit: MB(limits.maxFileBytes) });
}

/** The entries of the zip's central directory; throws WorkbookRefused when the bytes are no workbook. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  checkFileSize(bytes.length, limits);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An encrypted .xlsx is a compound file too, holding a stream named EncryptedPackage (UTF-16 in its directory).
    if (containsUtf16(bytes, "EncryptedPackage")) throw WorkbookRefused.of("file.encrypted");
    throw WorkbookRefused.of("file.xls");
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw WorkbookRefused.of("file.notZip");
  }
  // The end-of-central-directory record sits in the last 22 + 65 535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw WorkbookRefused.of("file.noDirectory");
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw WorkbookRefused.of("file.zip64");
  if (count > limits.maxEntries) throw WorkbookRefused.of("file.tooManyParts", { count, limit: limits.maxEntries });
  const directoryAt = at;
  const entries: (ZipEntry & Placed)[] = [];
  let total = 0;
  let totalPacked = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw WorkbookRefused.of("file.brokenDirectory");
    const method = u16(bytes, at + 10);
    const time = u16(bytes, at + 12);
    const date = u16(bytes, at + 14);
    const crc = u32(bytes, at + 16);
    const packed = u32(bytes, at + 20);
    const unpacked = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const offset = u32(bytes, at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder().decode(nameBytes);
    if (packed === 0xffffffff || unpacked === 0xffffffff) throw WorkbookRefused.of("file.partZip64", { part: name });
    if (method === 0 && packed !== unpacked) throw WorkbookRefused.of("file.storedSizes", { part: name });
    // Every part, however small: many small parts of a modest ratio each add up (the slack covers a tiny part's fixed overhead).
    if (unpacked > packed * limits.maxRatio + limits.ratioSlackPerPart) {
      throw WorkbookRefused.of("file.zipBomb", { part: name, ratio: String(Math.round(unpacked / Math.max(packed, 1))) });
    }
    if (unpacked > limits.maxPartBytes) throw WorkbookRefused.of("file.partTooLarge", { part: name, limit: MB(limits.maxPartBytes) });
    total += unpacked;
    totalPacked += packed;
    if (total > limits.maxUnpackedBytes) throw WorkbookRefused.of("file.unpacksTooLarge", { limit: MB(limits.maxUnpackedBytes) });
    if (total > totalPacked * limits.maxRatio + limits.ratioSlackTotal) throw WorkbookRefused.of("file.zipBombTotal", { ratio: String(Math.round(total / Math.max(totalPacked, 1))) });
    entries.push({ name, nameBytes, packed, unpacked, offset, method, crc, time, date });
    at += 46 + nameLength + extra + comment;
  }
  checkLayout(bytes, entries, directoryAt, (code, params) => WorkbookRefused.of(code, params));
  // Which part is the workbook is the package's root relationships' to say (xlsxWorkbook reads them).
  if (!entries.some((e) => /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml)$/i.test(e.name))) throw WorkbookRefused.of("file.notWorkbook");
  return entries.map(({ name, packed, unpacked, offset, method, crc, time, date }) => ({ name, packed, unpacked, offset, method, crc, time, date }));
}
