import { Rational } from "../../engine/rational";
import { cellAddress, isBlank, type SheetSnapshot } from "../sheet/cell";
import { inputError, type InputError } from "../sheet/inputError";
import { parseNumber } from "../values/parseNumber";
import { parseYesNo } from "../values/parseYesNo";
import { matchRegion } from "../values/regions";
import { ROUND_SHEET_NAMES, type RecordCell } from "../sheet/ownSheet";
import { RoundDefinitionError, compileRound, type RoundFile } from "../../rounds/roundFile";
import type { RoundDef } from "../../engine/types";

/**
 * A round definition on a sheet of its own, one parameter a row: the JSON
 * definition's paths with 1-based positions (`blocks.2.steps.1.amount`), so an
 * officer edits pots, steps and keys in Excel and every preset can be copied in.
 */
const TITLE = "Fördela – omgångens regler / round definition";
const HEADER = ["Parameter", "Värde / Value"];
const NUMERIC = new Set(["pot", "amount", "threshold", "percent", "n", "price", "factor", "unit"]);
const BOOLEAN = new Set(["unstatedKey", "per100k"]);
const LISTS = new Set(["among", "months", "goodLevel", "group"]);
/** Region lists, written as codes or names on the sheet. */
const REGION_LISTS = new Set(["goodLevel", "group"]);

type Json = string | number | boolean | Json[] | { [k: string]: Json };

function flatten(value: Json, path: string, rows: [string, RecordCell][]): void {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object")) rows.push([path, value.join(", ")]);
    else value.forEach((v, i) => flatten(v, `${path}.${i + 1}`, rows));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, rows);
  } else if (path !== "$schema") rows.push([path, typeof value === "boolean" ? (value ? "Ja" : "Nej") : value]); // where the schema is matters to an editor, not to the sheet
}

/** The rows of a round sheet for a definition (a preset to start from). */
export function roundSheetRows(file: RoundFile): RecordCell[][] {
  const rows: [string, RecordCell][] = [];
  flatten(file as Json, "", rows);
  return [[TITLE], HEADER, ...rows];
}

export function findRoundSheet(sheets: readonly SheetSnapshot[]): SheetSnapshot | null {
  return sheets.find((s) => ROUND_SHEET_NAMES.includes(s.name)) ?? null;
}

/** "blocks[1].steps[0].amount" (a validation path) → "blocks.2.steps.1.amount" (a sheet key). */
function sheetKey(path: string): string {
  return path.replace(/\[(\d+)\]/g, (_, i) => `.${Number(i) + 1}`);
}

function cellValue(key: string, value: unknown, where: string, errors: InputError[]): Json {
  const last = key.split(".").pop() as string;
  if (LISTS.has(last)) {
    const items = String(value).split(/[,;]/).map((s) => s.trim()).filter(Boolean);
    return REGION_LISTS.has(last) ? items.map((s) => (s === "all" || s === "applied" ? s : matchRegion(s)?.code ?? s.padStart(2, "0"))) : items;
  }
  if (NUMERIC.has(last) && typeof value === "string" && value.trim() !== "rest") {
    const p = parseNumber(value);
    // Exactly as typed: a whole number fits a double exactly; any other stays a decimal string, never a double.
    if (p.ok) return p.value.isInteger() && Math.abs(Number(p.value.n)) <= Number.MAX_SAFE_INTEGER ? Number(p.value.n) : p.value.toString();
    errors.push(inputError(where, "rules.problem", { path: key, problem: p.problem }));
    return value;
  }
  if (BOOLEAN.has(last)) {
    const p = parseYesNo(value as string);
    return p.ok ? p.value : String(value);
  }
  // A number cell is what Excel keeps of it, 15 significant digits (Rational.fromCell): passed on as that decimal.
  // Where the rules want text (an id, a title, a header), a number typed there is its text.
  if (typeof value === "number") return !NUMERIC.has(last) ? String(value) : Number.isSafeInteger(value) ? value : Rational.fromCell(value).toString();
  return String(value).trim();
}

function setPath(target: Record<string, Json>, key: string, value: Json): void {
  const parts = key.split(".");
  let node: Json = target;
  parts.forEach((part, k) => {
    const last = k === parts.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(parts[k + 1]);
    const slot = /^\d+$/.test(part) ? Number(part) - 1 : part;
    const container = node as Record<string | number, Json>;
    if (last) container[slot] = value;
    else {
      container[slot] ??= nextIsIndex ? [] : {};
      node = container[slot];
    }
  });
}

/** The row of the nearest parameter above a path ("units" for "units.column", where the sheet gives the column's id alone). */
function ancestorCell(where: Map<string, string>, key: string): string | undefined {
  for (let k = key; k.includes("."); ) {
    k = k.slice(0, k.lastIndexOf("."));
    if (where.has(k)) return where.get(k);
  }
  return undefined;
}

export type SheetRound = { ok: true; round: RoundDef; file: RoundFile } | { ok: false; errors: InputError[] };

/** Reads and validates the round sheet; each problem names the cell of its parameter. */
export function readRoundSheet(sheet: SheetSnapshot): SheetRound {
  const errors: InputError[] = [];
  const file: Record<string, Json> = {};
  const where = new Map<string, string>();
  sheet.values.forEach((row, r) => {
    const [key, value] = row ?? [];
    if (typeof key !== "string" || !/^[a-zA-Z][\w]*(\.[\w]+)*$/.test(key.trim()) || isBlank(value ?? null) || key.trim() === HEADER[0]) return;
    const k = key.trim();
    const address = cellAddress(sheet.name, r, 1);
    // Each parameter once: were the last row to win, an officer's correction above it would be lost without a word.
    const clash = [...where.keys()].find((w) => w === k || w.startsWith(`${k}.`) || k.startsWith(`${w}.`));
    if (clash !== undefined) {
      const first = cellAddress(sheet.name, Number(/\d+$/.exec(where.get(clash)!)![0]) - 1, 0).replace(/^.*!/, "");
      errors.push(clash === k ? inputError(cellAddress(sheet.name, r, 0), "rules.sheetTwice", { key: k, first }) : inputError(cellAddress(sheet.name, r, 0), "rules.sheetConflict", { key: k, other: clash, first }));
      return;
    }
    where.set(k, address);
    setPath(file, k, cellValue(k, value, address, errors));
  });
  if (errors.length) return { ok: false, errors };
  try {
    return { ok: true, round: compileRound(file, { regionOf: (t) => matchRegion(t)?.code ?? null }), file };
  } catch (e) {
    if (!(e instanceof RoundDefinitionError)) throw e;
    return {
      ok: false,
      errors: e.problems.map((p) => {
        const key = sheetKey(p.path);
        const hit = where.get(key) ?? [...where.entries()].find(([k]) => k.startsWith(`${key}.`))?.[1] ?? ancestorCell(where, key);
        return inputError(hit ?? cellAddress(sheet.name, 0, 0), "rules.problem", { path: key, problem: p.problem });
      }),
    };
  }
}
