import { readFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";
import { pack, unpack, withSheet, type Parts } from "../helpers/officerSheet";
import { EXAMPLE_WORKBOOK } from "../helpers/repoRoot";
import { endOfDirectory } from "../helpers/zip";

/**
 * The hostile catalogue of issue 28: one generator per kind of file that broke Fördela, each
 * made from the AT 2024 example workbook changed at the byte level, with what must happen:
 * refused with a clear message, or read exactly as a spreadsheet program shows it (LibreOffice
 * headless is the reference view), and in every case within the memory budget.
 */

export type Expected =
  /** Exit 1 with a message (never an internal error), nothing written. */
  | { kind: "refused"; message?: RegExp }
  /** Computed, every region's population as LibreOffice shows it. */
  | { kind: "read" }
  /** Either, as long as a computed result reads what LibreOffice shows. */
  | { kind: "readOrRefused" };

export interface HostileCase {
  id: string;
  what: string;
  expected: Expected;
  /** Whose view the populations are compared with: LibreOffice's of this very file, or (for files too large to convert in a test) the example's, whose table they keep. */
  reference?: "libreoffice" | "example";
  make: () => Buffer;
}

const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";
const example = (): Parts => unpack(readFileSync(EXAMPLE_WORKBOOK));

function edited(part: string, change: (xml: string) => string): Buffer {
  const parts = example();
  const before = parts.get(part)!.toString("utf8");
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${part} changed nothing`);
  parts.set(part, Buffer.from(after, "utf8"));
  return pack(parts);
}
const sheet = (change: (xml: string) => string) => edited(SHEET, change);

/** The worksheet root with one more namespace declaration (and, optionally, what mc:Ignorable lists). */
const declare = (xml: string, decl: string) => xml.replace("<worksheet ", `<worksheet ${decl} `);
const ZZ = 'xmlns:zz="urn:example:not-spreadsheetml"';
const STOCKHOLM_B5 = '<c r="B5" s="3"><v>2455914</v></c>';

interface RawEntry {
  name: string;
  data: Buffer;
  /** The size the headers declare (a lie, for bombs), the true size unless said. */
  declared?: number;
}

/**
 * A zip written field by field (APPNOTE.TXT 4.3.7 local header, 4.3.12 central directory
 * header), so entries may lie about their size or share one local entry (`central` lists, per
 * central record, which local entry it points to and the name it gives).
 */
function rawZip(locals: RawEntry[], central: { local: number; name: string }[] = locals.map((e, i) => ({ local: i, name: e.name }))): Buffer {
  const out: Buffer[] = [];
  const offsets: number[] = [];
  const packed = locals.map((e) => deflateRawSync(e.data, { level: 9 }));
  let offset = 0;
  locals.forEach((e, i) => {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // names in UTF-8
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc32(e.data), 14);
    h.writeUInt32LE(packed[i].length, 18);
    h.writeUInt32LE(e.declared ?? e.data.length, 22);
    h.writeUInt16LE(name.length, 26);
    offsets.push(offset);
    out.push(h, name, packed[i]);
    offset += 30 + name.length + packed[i].length;
  });
  const cd: Buffer[] = [];
  for (const c of central) {
    const e = locals[c.local];
    const name = Buffer.from(c.name);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(crc32(e.data), 16);
    h.writeUInt32LE(packed[c.local].length, 20);
    h.writeUInt32LE(e.declared ?? e.data.length, 24);
    h.writeUInt16LE(name.length, 28);
    h.writeUInt32LE(offsets[c.local], 42);
    cd.push(h, name);
  }
  const dir = Buffer.concat(cd);
  return Buffer.concat([...out, dir, endOfDirectory(central.length, dir.length, offset)]);
}

/** The example's parts plus `n` central entries naming one local entry of 1 MB − 1 zeros (APPNOTE 4.3.12: each record's own offset). */
function overlapping(n: number): Buffer {
  const entries = [...exampleEntries(), { name: "xl/media/image1.png", data: JUST_UNDER_1MB }];
  const central = [...entries.map((e, i) => ({ local: i, name: e.name })), ...Array.from({ length: n - 1 }, (_, i) => ({ local: entries.length - 1, name: `xl/media/image${i + 2}.png` }))];
  return rawZip(entries, central);
}

const exampleEntries = (): RawEntry[] => [...example()].map(([name, data]) => ({ name, data }));
const JUST_UNDER_1MB = Buffer.alloc(1024 * 1024 - 1);

/** A deterministic stream of small numbers (xorshift), so a large sheet compresses as real data does, not as zeros. */
function* smallNumbers(seed = 2463534242): Generator<number> {
  let x = seed;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield ((x >>> 0) % 9999) + 1;
  }
}

function bigNumbersSheet(rows: number, columns: number): string {
  const n = smallNumbers();
  const out: string[] = ["<sheetData>"];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) cells.push(`<c><v>${n.next().value}</v></c>`);
    out.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  out.push("</sheetData>");
  return out.join("");
}

const withExtraSheet = (name: string, body: string): Buffer => pack(withSheet(example(), name, body));

export const HOSTILE_CASES: HostileCase[] = [
  // Namespaces by URI, never by prefix (Namespaces in XML 1.0 §3), and MCE (ECMA-376 Part 3 §9.2). A non-ignorable
  // element of a namespace not understood is an error to MCE (§8.1): Excel refuses the file, LibreOffice skips it.
  // Either is a program's view; what may not happen is reading it as a cell.
  { id: "foreign-cell", what: "a <zz:c r=B5> in a foreign namespace after Stockholm's B5, holding 1 200 000", expected: { kind: "readOrRefused" }, make: () => sheet((x) => declare(x, ZZ).replace(STOCKHOLM_B5, `${STOCKHOLM_B5}<zz:c r="B5"><zz:v>1200000</zz:v></zz:c>`)) },
  { id: "foreign-value", what: "a <zz:v> in a foreign namespace inside Stockholm's B5", expected: { kind: "readOrRefused" }, make: () => sheet((x) => declare(x, ZZ).replace(STOCKHOLM_B5, '<c r="B5" s="3"><v>2455914</v><zz:v>1200000</zz:v></c>')) },
  { id: "ignorable-cell", what: "a <zz:c r=B5> whose namespace mc:Ignorable lists", expected: { kind: "read" }, make: () => sheet((x) => declare(x, ZZ).replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac zz"').replace(STOCKHOLM_B5, `${STOCKHOLM_B5}<zz:c r="B5"><zz:v>1200000</zz:v></zz:c>`)) },
  // Every cell at its r (ECMA-376 Part 1 §18.3.1.4).
  { id: "cell-in-other-row", what: "Uppsala's B6 stored inside row 5", expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace('<c r="B6" s="3"><v>404714</v></c>', "").replace('<c r="F5" t="s"><v>13</v></c>', '<c r="F5" t="s"><v>13</v></c><c r="B6" s="3"><v>404714</v></c>')) },
  // A rich text string: plain <t> and runs <r> together (CT_Rst, §18.4.8).
  { id: "rich-text-and-plain", what: "Stockholm's name as plain text 'Region ' plus a run 'Stockholm'", expected: { kind: "read" }, make: () => edited(STRINGS, (x) => x.replace("<si><t>Region Stockholm</t></si>", '<si><t xml:space="preserve">Region </t><r><t>Stockholm</t></r></si>')) },
  // OPC part names are equal ignoring ASCII case and a package must not hold two (ECMA-376 Part 2 §9.1.1.2 [M1.12]).
  {
    id: "part-name-case",
    what: "xl/worksheets/Sheet1.xml beside sheet1.xml, Stockholm at 1 200 000 in it",
    expected: { kind: "readOrRefused" },
    make: () => {
      const entries = exampleEntries();
      const real = entries.find((e) => e.name === SHEET)!;
      return rawZip([...entries, { name: "xl/worksheets/Sheet1.xml", data: Buffer.from(real.data.toString().replace("<v>2455914</v>", "<v>1200000</v>")) }]);
    },
  },
  // Numbers as xsd:double (§18.3.1.96 v, ST_Xstring holding an xsd:double; XML Schema Part 2 §3.2.5): no hex, no binary.
  { id: "hex-number", what: "Stockholm's population as <v>0x25796A</v>", expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace("<v>2455914</v>", "<v>0x25796A</v>")) },
  { id: "binary-number", what: "Stockholm's population as <v>0b1001010111100101101010</v>", expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace("<v>2455914</v>", "<v>0b1001010111100101101010</v>")) },
  // A shared-string index is an integer (xsd:int), not 1.3e1.
  { id: "string-index-exponent", what: "Stockholm's 'Ansökt' cell F5 as the shared string <v>1.3e1</v>", expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace('<c r="F5" t="s"><v>13</v></c>', '<c r="F5" t="s"><v>1.3e1</v></c>')) },
  // Row numbers are xsd:unsignedInt 1..1048576 (§18.3.1.73).
  { id: "row-fraction", what: 'row r="5.5" (Stockholm)', expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace('<row r="5" ', '<row r="5.5" ')) },
  { id: "row-negative", what: 'row r="-5" (Stockholm)', expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace('<row r="5" ', '<row r="-5" ')) },
  // Not well-formed (XML 1.0 §3.1, WFC Unique Att Spec), and not SpreadsheetML at all.
  { id: "duplicate-attribute", what: 'Stockholm\'s B5 with s="3" twice', expected: { kind: "refused" }, make: () => sheet((x) => x.replace(STOCKHOLM_B5, '<c r="B5" s="3" s="3"><v>2455914</v></c>')) },
  { id: "foreign-default-namespace", what: "the worksheet in a foreign default namespace", expected: { kind: "refused" }, make: () => sheet((x) => x.replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', '<worksheet xmlns="urn:example:not-spreadsheetml"')) },
  // Zip bombs (APPNOTE 4.4.8–4.4.10 sizes; 4.3.12 offsets).
  { id: "bomb-small-parts", what: "190 media parts of 1 MB − 1 zeros each (~200 kB packed → 190 MB)", expected: { kind: "refused" }, make: () => rawZip([...exampleEntries(), ...Array.from({ length: 190 }, (_, i) => ({ name: `xl/media/image${i + 1}.png`, data: JUST_UNDER_1MB }))]) },
  // Under the 200 MB total: only telling overlapping entries apart refuses it.
  { id: "bomb-overlapping", what: "190 central entries sharing one local entry of 1 MB − 1 zeros (→ 190 MB)", expected: { kind: "refused" }, make: () => overlapping(190) },
  { id: "bomb-overlapping-2GB", what: "2 000 central entries sharing one local entry of 1 MB − 1 zeros (→ 2 GB)", expected: { kind: "refused" }, make: () => overlapping(2000) },
  { id: "bomb-lying-sizes", what: "8 media parts declaring 1 000 bytes, each inflating to 100 MB", expected: { kind: "refused" }, make: () => rawZip([...exampleEntries(), ...Array.from({ length: 8 }, (_, i) => ({ name: `xl/media/image${i + 1}.png`, data: Buffer.alloc(100 * 1024 * 1024), declared: 1000 }))]) },
  // Extents far beyond the cells present (§18.3.1.55 mergeCell, §18.3.1.73 row, §18.3.1.40 f ref).
  { id: "merge-whole-sheet", what: 'mergeCell ref="A1:XFD1048576"', expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace('<mergeCell ref="A1:J1"/>', '<mergeCell ref="A1:XFD1048576"/>')) },
  { id: "row-billion", what: 'a row r="1000000000" after the table', expected: { kind: "readOrRefused" }, make: () => sheet((x) => x.replace("</sheetData>", '<row r="1000000000"><c r="A1000000000"><v>1</v></c></row></sheetData>')) },
  // LibreOffice itself takes minutes on this one: the table it would show is the example's, untouched.
  { id: "array-formula-whole-sheet", what: 'an array formula in K1 with ref="K1:XFD1048576"', expected: { kind: "readOrRefused" }, reference: "example", make: () => sheet((x) => x.replace('<c r="J1" s="1"/>', '<c r="J1" s="1"/><c r="K1"><f t="array" ref="K1:XFD1048576">1</f><v>1</v></c>')) },
  // XML 1.0 §2.8: markup declarations only inside a DOCTYPE; 1 M bare "<!a>" is not well-formed.
  // Each declaration named apart (<!a0>, <!a1> …) so the part packs like text, under the ratio rule: the scanner itself must stay linear.
  { id: "declarations-1M", what: '1 000 000 "<!aN>" before the worksheet root', expected: { kind: "refused" }, make: () => sheet((x) => x.replace(/(\?>\s*)<worksheet/, (_, prolog: string) => `${prolog}${Array.from({ length: 1000000 }, (_, i) => `<!a${i.toString(36)}>`).join("")}<worksheet`)) },
  // Scale inside every limit: must be read, in linear time and bounded memory. The chain runs against document order, so a pass that re-scans until nothing changes goes round 1 000 times.
  {
    id: "formula-chain-1000",
    what: "a sheet of 1 000 formulas with stored results, each reading the one below it, the last reading J5",
    expected: { kind: "read" },
    make: () => withExtraSheet("Kedja", `<sheetData>${Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>${i === 999 ? "'Fördelning 2024'!J5" : `A${i + 2}+1`}</f><v>${999 - i}</v></c></row>`).join("")}</sheetData>`),
  },
  // Past the element budget (500 000, counted in the parts' bytes before any is parsed): refused in bounded memory.
  { id: "numbers-20000x300", what: "a sheet of 20 000 rows × 300 numbers", expected: { kind: "refused" }, reference: "example", make: () => withExtraSheet("Data", bigNumbersSheet(20000, 300)) },
  {
    id: "shared-strings-4M",
    what: "4 000 000 more shared strings",
    expected: { kind: "refused" },
    reference: "example",
    make: () => edited(STRINGS, (x) => x.replace("</sst>", `${Array.from({ length: 4000000 }, (_, i) => `<si><t>${i}</t></si>`).join("")}</sst>`)),
  },
  // A declared dimension is a hint (§18.3.1.35): Gnumeric writes A1:XFD1048576 for small tables.
  { id: "declared-dimension-gnumeric", what: 'dimension ref="A1:XFD1048576" over the small table', expected: { kind: "read" }, make: () => sheet((x) => x.replace('<dimension ref="A1:J29"/>', '<dimension ref="A1:XFD1048576"/>')) },
];
