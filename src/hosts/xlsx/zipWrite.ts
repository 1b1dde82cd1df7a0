import { crc32 } from "./crc32";

/** An entry to write: either packed bytes copied as they were, or new bytes to deflate. */
export interface ZipOut {
  name: string;
  /** Compressed (or stored) data, copied byte for byte. */
  packed: Uint8Array;
  method: number;
  crc: number;
  unpacked: number;
  /** MS-DOS time and date of the entry; kept from the original for an unchanged part. */
  time: number;
  date: number;
}

/** 1980-01-01 00:00, as Excel stamps its own parts: a rerun gives the same bytes. */
export const DOS_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

export function storedEntry(name: string, data: Uint8Array, deflate: (d: Uint8Array) => Uint8Array): ZipOut {
  return { name, packed: deflate(data), method: 8, crc: crc32(data), unpacked: data.length, ...DOS_EPOCH };
}

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** The fields the local header and the central directory share, in the same order (APPNOTE 4.3.7, 4.3.12). */
function entryFields(view: DataView, at: number, e: ZipOut, flags: number, nameLength: number): void {
  view.setUint16(at, 20, true); // version needed: 2.0, deflate
  view.setUint16(at + 2, flags, true);
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, e.time, true);
  view.setUint16(at + 8, e.date, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.packed.length, true);
  view.setUint32(at + 18, e.unpacked, true);
  view.setUint16(at + 22, nameLength, true);
}

/** A zip archive of the entries, in the order given (no zip64: workbooks are far smaller). */
export function writeZip(entries: readonly ZipOut[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const utf8 = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const local = header(30);
    local.view.setUint32(0, 0x04034b50, true);
    entryFields(local.view, 4, e, utf8, name.length);
    chunks.push(local.bytes, name, e.packed);
    const c = header(46);
    c.view.setUint32(0, 0x02014b50, true);
    c.view.setUint16(4, 20, true); // made by
    entryFields(c.view, 6, e, utf8, name.length);
    c.view.setUint32(42, offset, true);
    central.push(c.bytes, name);
    offset += 30 + name.length + e.packed.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, cdSize, true);
  end.view.setUint32(16, offset, true);
  const all = [...chunks, ...central, end.bytes];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
