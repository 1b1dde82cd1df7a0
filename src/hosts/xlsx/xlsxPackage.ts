import { deflate, inflate } from "./codec";
import { crc32 } from "./crc32";
import { storedEntry, writeZip, type ZipOut } from "./zipWrite";
import { WorkbookRefused, zipEntries, type ZipEntry } from "./zipGuard";

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * An .xlsx package: the zip's parts, unpacked only when read, and written back
 * with every part that was not changed copied as its original packed bytes.
 * Part names are matched ignoring case, as OPC (ECMA-376 part 2, 6.2.2.3) says.
 */
export class XlsxPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly unpacked = new Map<string, Uint8Array>();
  private readonly changes = new Map<string, Uint8Array | null>();

  constructor(private readonly bytes: Uint8Array) {
    this.entries = zipEntries(bytes);
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  private key(name: string): string {
    return name.replace(/^\//, "").toLowerCase();
  }

  has(name: string): boolean {
    const k = this.key(name);
    return this.changes.has(k) ? this.changes.get(k) !== null : this.byName.has(k);
  }

  read(name: string): Uint8Array | null {
    const k = this.key(name);
    if (this.changes.has(k)) return this.changes.get(k) ?? null;
    const e = this.byName.get(k);
    if (!e) return null;
    let data = this.unpacked.get(k);
    if (!data) {
      data = unpack(this.bytes, e);
      this.unpacked.set(k, data);
    }
    return data;
  }

  /** A part's text (UTF-8, a byte-order mark dropped), or null when the part is absent. */
  text(name: string): string | null {
    const data = this.read(name);
    if (!data) return null;
    const s = utf8.decode(data);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  set(name: string, content: string | Uint8Array): void {
    this.changes.set(this.key(name), typeof content === "string" ? encoder.encode(content) : content);
  }

  remove(name: string): void {
    this.changes.set(this.key(name), null);
  }

  /** Parts whose bytes differ from the original (added, replaced or removed). */
  changed(): string[] {
    return [...this.changes.keys()].filter((k) => {
      const now = this.changes.get(k) ?? null;
      const e = this.byName.get(k);
      if (!e || now === null) return true;
      const before = this.unpacked.get(k) ?? unpack(this.bytes, e);
      return !sameBytes(before, now);
    });
  }

  /** The package as a zip: unchanged parts copied packed as they were, in their original order. */
  toBytes(): Uint8Array {
    const out: ZipOut[] = [];
    for (const e of this.entries) {
      const k = e.name.toLowerCase();
      if (!this.changes.has(k)) out.push({ name: e.name, packed: packedBytes(this.bytes, e), method: e.method, crc: e.crc, unpacked: e.unpacked, time: e.time, date: e.date });
      else {
        const data = this.changes.get(k);
        if (data) out.push({ ...storedEntry(e.name, data, deflate), time: e.time, date: e.date });
      }
    }
    for (const [k, data] of this.changes) if (data && !this.byName.has(k)) out.push(storedEntry(k, data, deflate));
    return writeZip(out);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function packedBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const at = e.offset;
  if (at + 30 > bytes.length || (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) !== 0x04034b50) {
    throw WorkbookRefused.of("file.partNoHeader", { part: e.name });
  }
  const start = at + 30 + (bytes[at + 26] | (bytes[at + 27] << 8)) + (bytes[at + 28] | (bytes[at + 29] << 8));
  if (start + e.packed > bytes.length) throw WorkbookRefused.of("file.partCut", { part: e.name });
  return bytes.subarray(start, start + e.packed);
}

function unpack(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const packed = packedBytes(bytes, e);
  let data: Uint8Array;
  try {
    if (e.method === 0) data = packed;
    else if (e.method === 8) data = inflate(packed, e.unpacked);
    else throw new Error(`compression method ${e.method}`);
  } catch (err) {
    throw WorkbookRefused.of("file.partUnpack", { part: e.name, detail: (err as Error).message });
  }
  if (data.length !== e.unpacked || crc32(data) !== e.crc) throw WorkbookRefused.of("file.partChecksum", { part: e.name });
  return data;
}
