import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";

/** Every part of an .xlsx file, unpacked by fflate (not by the code under test). */
export function parts(file: string): Record<string, Buffer> {
  const raw = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Buffer.from(v)]));
}

/**
 * A worksheet's XML with what a round may change taken out: the written cells,
 * the stored results of formulas (the writer drops those that read written
 * cells), row span hints and the dimension. Plain regular expressions, so the
 * comparison does not lean on the writer's own parser.
 */
export function sheetWithout(xml: string, written: ReadonlySet<string>): string {
  return xml
    .replace(/<dimension [^>]*\/>/, "")
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g, (cell, ref: string) => (written.has(ref) ? "" : cell))
    .replace(/<c\b[^>]*>(?:(?!<\/c>).)*<f[\s\S]*?<\/c>/g, (cell) => cell.replace(/ t="(?:str|n|e|b)"/, "").replace(/<v>[^<]*<\/v>|<v\/>/, ""))
    .replace(/<row [^>]*><\/row>/g, "");
}
