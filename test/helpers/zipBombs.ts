import { randomBytes } from "node:crypto";
import { crc32, deflateRawSync } from "node:zlib";
import { endOfDirectory, zip } from "./zip";

/**
 * Zip bombs of each kind, small files that would unpack to hundreds of MB or
 * more: the hostile catalogue's tests refuse each, and the bench measures how
 * fast and in how little memory (npm run bench).
 */
/** An entry as the central directory describes it, pointing wherever the test says: for archives no honest writer makes. */
interface Central {
  name: string;
  offset: number;
  method: number;
  crc: number;
  packed: number;
  unpacked: number;
}

function localHeader(name: string, method: number, crc: number, packed: number, unpacked: number): Buffer {
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(method, 8);
  head.writeUInt32LE(crc, 14);
  head.writeUInt32LE(packed, 18);
  head.writeUInt32LE(unpacked, 22);
  head.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([head, Buffer.from(name)]);
}

/** The local part as given, then a central directory of the entries given (APPNOTE 4.3.12, 4.3.16). */
function rawZip(body: Buffer, entries: Central[]): Buffer {
  const centrals = entries.map((e) => {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.packed, 20);
    c.writeUInt32LE(e.unpacked, 24);
    c.writeUInt16LE(Buffer.byteLength(e.name), 28);
    c.writeUInt32LE(e.offset, 42);
    return Buffer.concat([c, Buffer.from(e.name)]);
  });
  const cd = Buffer.concat(centrals);
  return Buffer.concat([body, cd, endOfDirectory(entries.length, cd.length, body.length)]);
}

const WORKBOOK = { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") };

/**
 * Fifield's overlap ("A better zip bomb", WOOT 2019): one packed stream that
 * every entry unpacks again. Here each entry is stored and its data holds the
 * next entry's local header and data, so entry k's bytes contain all that follow.
 */
function overlappingBomb(n: number): Buffer {
  // A kernel of a plain ratio, so that only the overlap gives the file away.
  const plain = Buffer.from(randomBytes(768 * 1024).toString("base64"));
  const kernel = deflateRawSync(plain);
  const kernelCrc = crc32(plain);
  const names = Array.from({ length: n }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  // Built from the last entry back: each entry's stored data is everything after its own header.
  let tail = Buffer.concat([localHeader(names[n - 1], 8, kernelCrc, kernel.length, plain.length), kernel]);
  const sizes: { data: Buffer }[] = [{ data: tail }];
  for (let i = n - 2; i >= 0; i--) {
    const data = tail;
    tail = Buffer.concat([localHeader(names[i], 0, crc32(data), data.length, data.length), data]);
    sizes.unshift({ data });
  }
  const wb = Buffer.concat([localHeader(WORKBOOK.name, 0, crc32(WORKBOOK.data), WORKBOOK.data.length, WORKBOOK.data.length), WORKBOOK.data]);
  const centrals: Central[] = [{ name: WORKBOOK.name, offset: 0, method: 0, crc: crc32(WORKBOOK.data), packed: WORKBOOK.data.length, unpacked: WORKBOOK.data.length }];
  let at = wb.length;
  for (let i = 0; i < n - 1; i++) {
    const d = sizes[i].data;
    centrals.push({ name: names[i], offset: at, method: 0, crc: crc32(d), packed: d.length, unpacked: d.length });
    at += 30 + Buffer.byteLength(names[i]);
  }
  centrals.push({ name: names[n - 1], offset: at, method: 8, crc: kernelCrc, packed: kernel.length, unpacked: plain.length });
  return rawZip(Buffer.concat([wb, tail]), centrals);
}

/** The simplest overlap: many directory entries naming one local entry's data (each with the same local header). */
function sharedDataBomb(n: number): Buffer {
  // Text of a plain ratio (about 4:3), so that only the overlap gives it away: n entries, n times the data, from one copy.
  const data = Buffer.from(randomBytes(150 * 1024).toString("base64").slice(0, 150 * 1024));
  const packed = deflateRawSync(data);
  const wb = Buffer.concat([localHeader(WORKBOOK.name, 0, crc32(WORKBOOK.data), WORKBOOK.data.length, WORKBOOK.data.length), WORKBOOK.data]);
  const name = "xl/media/image1.bin";
  const body = Buffer.concat([wb, localHeader(name, 8, crc32(data), packed.length, data.length), packed]);
  const entries: Central[] = [{ name: WORKBOOK.name, offset: 0, method: 0, crc: crc32(WORKBOOK.data), packed: WORKBOOK.data.length, unpacked: WORKBOOK.data.length }];
  for (let i = 0; i < n; i++) entries.push({ name, offset: wb.length, method: 8, crc: crc32(data), packed: packed.length, unpacked: data.length });
  return rawZip(body, entries);
}

/** The workbook part itself, whose packed stream unpacks to far more than both its headers say: read first, it must stop at what they say. */
export function lyingSizes(): Buffer {
  const big = Buffer.alloc(150 * 1024 * 1024, "<");
  const packed = deflateRawSync(big, { level: 9 });
  const said = packed.length * 100; // within the ratio: only the stream lies
  const name = WORKBOOK.name;
  return rawZip(Buffer.concat([localHeader(name, 8, crc32(big), packed.length, said), packed]), [{ name, offset: 0, method: 8, crc: crc32(big), packed: packed.length, unpacked: said }]);
}

/** The local header names another part than the directory (a reader going by local headers would read something else). */
function disagreeingHeader(): Buffer {
  const file = zip([WORKBOOK, { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>") }]);
  const second = file.indexOf(Buffer.from("xl/worksheets/sheet1.xml"));
  file.write("xl/worksheets/sheet2.xml", second); // the local header's copy of the name only
  return file;
}

export const BOMBS: [string, () => Buffer, RegExp][] = [
  // Parts under 1 MB used to skip the ratio rule: 350 of them, 500 kB of zeros each, unpacked 175 MB from ~200 kB.
  ["many small parts of a huge ratio", () => zip([WORKBOOK, ...Array.from({ length: 350 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: Buffer.alloc(500 * 1024) }))]), /zip bomb/],
  // Each part (6 000 zeros, 23 bytes packed) within the per-part rule by its slack, 4 000 of them adding up: only the rule over all parts sees it.
  ["many tiny parts, each within the rule, adding up", () => zip([WORKBOOK, ...Array.from({ length: 4000 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: Buffer.alloc(6000) }))]), /parts together unpack \d+ times larger/],
  ["one part of a huge ratio", () => zip([WORKBOOK, { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(300 * 1024 * 1024) }]), /zip bomb/],
  ["entries overlapping one another (Fifield)", () => overlappingBomb(60), /share the same packed data/],
  ["many entries naming one packed stream", () => sharedDataBomb(1000), /share the same packed data/],
  ["a stream unpacking to more than its headers say", lyingSizes, /cannot be unpacked|unpacks to more than/],
  ["a local header naming another part than the directory", disagreeingHeader, /described differently in the zip directory and in its own header/],
];

