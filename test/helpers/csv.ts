import { readFileSync } from "node:fs";
import path from "node:path";

/** Reads a fixture CSV (comma-separated, optional double quotes) into objects by header. */
export function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(path.join(__dirname, "..", "fixtures", name), "utf8").replace(/^\uFEFF/, "");
  const rows = text.split(/\r?\n/).filter((l) => l.trim() !== "").map(splitLine);
  const [head, ...body] = rows;
  return body.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ""])));
}

function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") cells.push(cur), (cur = "");
    else cur += ch;
  }
  cells.push(cur);
  return cells;
}
