import { unzipSync, zipSync } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE, tempDir } from "./workbooks";

export type Parts = Record<string, string | Uint8Array>;

/**
 * The bundled AT 2024 workbook changed at the byte level (fflate, not the code
 * under test): `edit` gets every part, text parts as strings, and may change,
 * add or delete them. Written to a temporary file whose path is returned.
 */
export function mutateExample(edit: (parts: Parts) => void, name = "variant.xlsx", from = EXAMPLE): string {
  const raw = unzipSync(new Uint8Array(readFileSync(from)));
  const parts: Parts = {};
  for (const [k, v] of Object.entries(raw)) if (!k.endsWith("/")) parts[k] = /\.(xml|rels)$/.test(k) ? Buffer.from(v).toString("utf8") : v;
  edit(parts);
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) out[k] = typeof v === "string" ? new Uint8Array(Buffer.from(v, "utf8")) : v;
  const file = path.join(tempDir(), name);
  writeFileSync(file, zipSync(out));
  return file;
}

export const SHEET_PART = "xl/worksheets/sheet1.xml";

/** Replaces one piece of a text part, failing loudly when the piece is not there (a fixture drifting). */
export function replaceIn(parts: Parts, part: string, from: string | RegExp, to: string): void {
  const text = parts[part] as string;
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} is not in ${part}`);
  parts[part] = next;
}
