import { readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * A workbook the size officers send (about 20 MB): the bundled 2024 workbook plus
 * sheets of notes (20 000 rows each, the most Fördela reads of a sheet) holding
 * made-up text and figures that compress as poorly as real notes. Written
 * straight as XML into the zip: ExcelJS would take minutes over millions of cells.
 */
export function bigWorkbook(example: string, file: string, targetBytes = 19.5 * 1024 * 1024): number {
  const parts = unzipSync(readFileSync(example));
  let seed = 2024;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ["handläggning", "beslut", "region", "uppföljning", "remiss", "komplettering", "avslag", "vårdgaranti", "väntetid", "ärende", "bedömning", "kontroll"];
  const note = () => Array.from({ length: 4 + Math.floor(rand() * 6) }, () => (rand() < 0.3 ? String(Math.floor(rand() * 1e6)) : words[Math.floor(rand() * words.length)])).join(" ");
  const code = (n: number) => Array.from({ length: n }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[Math.floor(rand() * 36)]).join("");
  const letters = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
  const sheet = (rows: number) => {
    const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F${rows}"/><sheetData>`];
    out.push(`<row r="1"><c r="A1" t="inlineStr"><is><t>Anteckningar – PÅHITTADE VÄRDEN för benchmark</t></is></c></row>`);
    for (let r = 2; r <= rows; r++) {
      // A note, a reference to the documents behind it (long codes: they pack as poorly as pasted pictures), four figures.
      const cells = [`<c r="A${r}" t="inlineStr"><is><t>${note()}</t></is></c>`, `<c r="B${r}" t="inlineStr"><is><t>${code(400)}</t></is></c>`];
      for (let c = 2; c < 6; c++) cells.push(`<c r="${letters(c)}${r}"><v>${Math.floor(rand() * 1e9) / 100}</v></c>`);
      out.push(`<row r="${r}">${cells.join("")}</row>`);
    }
    out.push("</sheetData></worksheet>");
    return strToU8(out.join(""));
  };
  // Sheets of notes are added until the file reaches the target (each about 5 MB packed).
  const names: string[] = [];
  for (let k = 1; ; k++) {
    const name = `xl/worksheets/notes${k}.xml`;
    parts[name] = sheet(20000);
    names.push(name);
    const size = zipSync(parts, { level: 6 }).length;
    if (size >= targetBytes) {
      if (size > targetBytes * 1.02) {
        // Trim the last sheet to come near the target (and under the page's 20 MB limit).
        const over = size - targetBytes;
        const rows = Math.max(100, Math.floor(20000 * (1 - over / (size / names.length))));
        parts[name] = sheet(rows);
      }
      break;
    }
  }
  const ct = strFromU8(parts["[Content_Types].xml"]);
  const overrides = names.map((n) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  parts["[Content_Types].xml"] = strToU8(ct.replace("</Types>", `${overrides}</Types>`));
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  parts["xl/_rels/workbook.xml.rels"] = strToU8(rels.replace("</Relationships>", names.map((n, i) => `<Relationship Id="rIdNotes${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${n.slice(3)}"/>`).join("") + "</Relationships>"));
  const book = strFromU8(parts["xl/workbook.xml"]);
  parts["xl/workbook.xml"] = strToU8(book.replace("</sheets>", names.map((_, i) => `<sheet sheetId="${100 + i}" name="Anteckningar ${i + 1}" r:id="rIdNotes${i + 1}"/>`).join("") + "</sheets>"));
  const bytes = zipSync(parts, { level: 6 });
  writeFileSync(file, bytes);
  return bytes.length;
}
