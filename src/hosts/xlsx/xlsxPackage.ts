import { deflate, inflate } from "./codec";
import { crc32 } from "./crc32";
import { storedEntry, writeZip, type ZipOut } from "./zipWrite";
import { zipEntries, type ZipEntry } from "./zipGuard";
import { WorkbookRefused } from "../../app/workbookRefused";

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * An .xlsx package: the zip's parts, unpacked only when read, and written back
 * with every part that was not changed copied as its original packed bytes.
 * Part names are matched ignoring case, as OPC (ECMA-376 part 2, 6.2.2.3) says;
 * a package holding two names equal but for case is refused (ibid., M1.12).
 */
export class XlsxPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly unpacked = new Map<string, Uint8Array>();
  private readonly changes = new Map<string, Uint8Array | null>();
  /** Changed parts already packed (packChanges), by the same key as changes. */
  private readonly packed = new Map<string, Uint8Array>();

  constructor(private readonly bytes: Uint8Array) {
    this.entries = zipEntries(bytes);
    for (const e of this.entries) {
      // Two names equal but for case are one part to OPC and two to a zip reader: which one a program reads is anyone's guess.
      if (this.byName.has(e.name.toLowerCase())) throw WorkbookRefused.of("file.duplicatePart", { part: e.name });
      this.byName.set(e.name.toLowerCase(), e);
    }
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
    return e ? this.original(k, e) : null;
  }

  /** A part as the file holds it, unpacked once. */
  private original(k: string, e: ZipEntry): Uint8Array {
    let data = this.unpacked.get(k);
    if (!data) {
      data = checked(e, unpackWith(this.bytes, e, (packed) => inflate(packed, e.unpacked)));
      this.unpacked.set(k, data);
    }
    return data;
  }

  /**
   * Checks that every part unpacks to the size and checksum the directory
   * gives, without keeping those not read: a part that lies about its size is
   * refused here, as the page refuses it when it unpacks everything, rather
   * than copied into the written file as it was.
   */
  verifyAll(): void {
    for (const e of this.entries) {
      const k = e.name.toLowerCase();
      if (!this.unpacked.has(k)) checked(e, unpackWith(this.bytes, e, (packed) => inflate(packed, e.unpacked)));
    }
  }

  /**
   * Unpacks every part now, with an asynchronous inflate (the browser's has no
   * other kind), so that reading after it never needs one. The zip's directory
   * was checked for bombs before; each part is still checked as it unpacks.
   */
  async unpackAll(inflateAsync: (data: Uint8Array, size: number) => Promise<Uint8Array>): Promise<void> {
    for (const e of this.entries) {
      const k = e.name.toLowerCase();
      if (this.unpacked.has(k)) continue;
      const packed = packedBytes(this.bytes, e);
      let data: Uint8Array;
      try {
        data = e.method === 8 ? await inflateAsync(packed, e.unpacked) : unpackWith(this.bytes, e, () => packed);
      } catch (err) {
        throw err instanceof WorkbookRefused ? err : unpackRefused(e, err);
      }
      this.unpacked.set(k, checked(e, data));
    }
  }

  /** Packs every changed part now, with an asynchronous deflate, for toBytes to copy. */
  async packChanges(deflateAsync: (data: Uint8Array) => Promise<Uint8Array>): Promise<void> {
    for (const [k, data] of this.changes) if (data && !this.packed.has(k)) this.packed.set(k, await deflateAsync(data));
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
    this.packed.delete(this.key(name));
  }

  remove(name: string): void {
    this.changes.set(this.key(name), null);
    this.packed.delete(this.key(name));
  }

  /** Parts whose bytes differ from the original (added, replaced or removed). */
  changed(): string[] {
    return [...this.changes.keys()].filter((k) => {
      const now = this.changes.get(k) ?? null;
      const e = this.byName.get(k);
      if (!e || now === null) return true;
      const before = this.original(k, e);
      return !sameBytes(before, now);
    });
  }

  /** The package as a zip: unchanged parts copied packed as they were, in their original order. */
  toBytes(): Uint8Array {
    const pack = (k: string) => (data: Uint8Array) => this.packed.get(k) ?? deflate(data);
    const out: ZipOut[] = [];
    for (const e of this.entries) {
      const k = e.name.toLowerCase();
      if (!this.changes.has(k)) out.push({ name: e.name, packed: packedBytes(this.bytes, e), method: e.method, crc: e.crc, unpacked: e.unpacked, time: e.time, date: e.date });
      else {
        const data = this.changes.get(k);
        if (data) out.push({ ...storedEntry(e.name, data, pack(k)), time: e.time, date: e.date });
      }
    }
    for (const [k, data] of this.changes) if (data && !this.byName.has(k)) out.push(storedEntry(k, data, pack(k)));
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

/** A part's bytes by its method: stored as they are, or deflated (unpacked by the inflate given). */
function unpackWith(bytes: Uint8Array, e: ZipEntry, inflateIt: (packed: Uint8Array) => Uint8Array): Uint8Array {
  const packed = packedBytes(bytes, e);
  try {
    if (e.method === 0) return packed;
    if (e.method === 8) return inflateIt(packed);
    throw new Error(`compression method ${e.method}`);
  } catch (err) {
    throw unpackRefused(e, err);
  }
}

function unpackRefused(e: ZipEntry, err: unknown): WorkbookRefused {
  return WorkbookRefused.of("file.partUnpack", { part: e.name, detail: (err as Error).message });
}

/** The part as the directory describes it, or refused: its size and checksum must both agree. */
function checked(e: ZipEntry, data: Uint8Array): Uint8Array {
  if (data.length !== e.unpacked || crc32(data) !== e.crc) throw WorkbookRefused.of("file.partChecksum", { part: e.name });
  return data;
}
