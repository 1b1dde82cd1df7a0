import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { relsOf, workbookPart, type Parts } from "./officerSheet";

/**
 * Reading a written package with plain expressions, independent of the product's parser: the
 * cells of a sheet, the number format a cell's style gives it, what LibreOffice and openpyxl
 * make of the file.
 */

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)?.slice(2).find((v) => v !== undefined);
const folderOf = (part: string): string => part.replace(/[^/]*$/, "");

/** The target part of the workbook relationship whose type ends with `/kind` (styles, sharedStrings …). */
export function relatedPart(parts: Parts, kind: string): string | undefined {
  const book = workbookPart(parts);
  const rel = [...(parts.get(relsOf(book))?.toString() ?? "").matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => (attr(t, "Type") ?? "").endsWith(`/${kind}`));
  if (!rel) return undefined;
  const target = attr(rel, "Target") as string;
  return target.startsWith("/") ? target.slice(1) : folderOf(book) + target;
}

export interface CellXml {
  style: number;
  value?: string;
  formula?: string;
}

/** Every cell of a worksheet part by its r (prefix-agnostic, as both dialects are written). */
export function cellsOf(xml: string): Map<string, CellXml> {
  const cells = new Map<string, CellXml>();
  for (const m of xml.matchAll(/<(\w+:)?c\b([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g)) {
    const r = attr(m[2], "r");
    if (!r) continue;
    const body = m[4] ?? "";
    cells.set(r, { style: Number(attr(m[2], "s") ?? 0), value: /<(?:\w+:)?v>([^<]*)</.exec(body)?.[1], formula: /<(?:\w+:)?f\b[^>]*>([^<]*)</.exec(body)?.[1] });
  }
  return cells;
}

/**
 * The cell formats (`cellXfs`) in the order a consumer indexes them: an `mc:AlternateContent`
 * counts as the one element it stands for (ECMA-376 Part 3 §10.2: its Choice or its Fallback).
 */
export function cellFormats(stylesXml: string): { count?: number; numFmtIds: number[] } {
  const block = /<(\w+:)?cellXfs\b([^>]*)>([\s\S]*?)<\/\1cellXfs>/.exec(stylesXml);
  if (!block) return { numFmtIds: [] };
  const flat = block[3].replace(/<(\w+:)?AlternateContent\b[\s\S]*?<\/\1AlternateContent>/g, (ac) => /<(\w+:)?Fallback\b[^>]*>([\s\S]*?)<\/\1Fallback>/.exec(ac)?.[2] ?? /<(\w+:)?Choice\b[^>]*>([\s\S]*?)<\/\1Choice>/.exec(ac)?.[2] ?? "");
  const numFmtIds = [...flat.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].map((m) => Number(attr(m[1], "numFmtId") ?? 0));
  const count = attr(block[2], "count");
  return { count: count === undefined ? undefined : Number(count), numFmtIds };
}

export interface ShownSheets {
  ok: boolean;
  detail: string;
  sheets: Map<string, string[][]>;
}

/** Each file converted by ONE LibreOffice run (it is slow to start): every sheet as displayed, by file. */
export function shownByLibreOfficeAll(soffice: string, files: string[]): Map<string, ShownSheets> {
  const out = mkdtempSync(path.join(tmpdir(), "fordela-lo-"));
  const profile = mkdtempSync(path.join(tmpdir(), "fordela-lo-profile-"));
  let detail = "";
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1", "--outdir", out, ...files], { stdio: "pipe", timeout: 600000 });
  } catch (e) {
    detail = String(e);
  }
  const produced = readdirSync(out);
  const result = new Map<string, ShownSheets>();
  for (const file of files) {
    const base = path.basename(file).replace(/\.[^.]+$/, "");
    const sheets = new Map<string, string[][]>();
    for (const f of produced.filter((p) => p.startsWith(`${base}-`))) {
      const rows = readFileSync(path.join(out, f), "utf8").split(/\r?\n/).map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')));
      sheets.set(f.slice(base.length + 1, -4), rows);
    }
    result.set(file, { ok: sheets.size > 0, detail, sheets });
  }
  return result;
}

/** openpyxl's verdict on each file ("ok" or its error), one Python run for all. */
export function openpyxlLoads(files: string[]): Map<string, string> {
  const script = "import sys, json, openpyxl\nout = {}\nfor f in sys.argv[1:]:\n    try:\n        openpyxl.load_workbook(f)\n        out[f] = 'ok'\n    except Exception as e:\n        out[f] = type(e).__name__ + ': ' + str(e)[:200]\nprint(json.dumps(out))\n";
  const text = execFileSync("/usr/bin/python3", ["-c", script, ...files], { encoding: "utf8", timeout: 300000, stdio: ["ignore", "pipe", "pipe"] });
  return new Map(Object.entries(JSON.parse(text) as Record<string, string>));
}
