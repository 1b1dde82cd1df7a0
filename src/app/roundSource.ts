import { WHOLE_WORKBOOK, inputError, type InputError } from "../workbook/sheet/inputError";
import type { RoundDef } from "../engine/types";
import { preset, presetFiles, presetIds } from "../rounds/presets";
import { RoundDefinitionError, compileRound, type RoundFile } from "../rounds/roundFile";
import type { Problem } from "../rounds/fields";
import { readRoundJson } from "../rounds/readRoundJson";
import { matchRegion } from "../workbook/values/regions";
import type { SheetSnapshot } from "../workbook/sheet/cell";
import { recordSheetName } from "../workbook/write/recordSheet";
import { findRoundSheet, readRoundSheet } from "../workbook/rules/roundSheet";
import { ROUND_SHEET, ROUND_SHEET_NAMES } from "../workbook/sheet/ownSheet";

/** Where a round's rules come from: a preset, the workbook's sheet of rules, or a definition file's contents. */
export type RoundSource = { preset: string } | { workbook: true } | { file: RoundFile; name: string };

export type Resolved = { ok: true; round: RoundDef; definition: RoundFile } | { ok: false; errors: InputError[] };

export class UnknownRoundError extends Error {}

const regionOf = (text: string) => matchRegion(text)?.code ?? null;

/** A round file's problems as errors: the address names the file and the path, the message is the problem alone (the path said once). */
export function fileProblems(name: string, problems: Problem[]): InputError[] {
  return problems.map((p) => (p.path ? inputError(`${name} ${p.path}`, p.problem.code, p.problem.params) : inputError(name, "rules.notJson", { detail: p.problem })));
}

/** A round file's text as its source, or its problems: a byte-order mark is fine, a syntax error is said with its line and column. */
export function roundFileSource(name: string, text: string): RoundSource | InputError[] {
  const read = readRoundJson(text);
  return read.ok ? { file: read.file, name } : fileProblems(name, read.problems);
}

/** The round's definition, compiled; problems name their cell (a sheet) or path (a file). */
export function resolveRound(source: RoundSource, sheets: readonly SheetSnapshot[]): Resolved {
  if ("file" in source) {
    try {
      return { ok: true, round: compileRound(source.file, { regionOf }), definition: source.file };
    } catch (e) {
      if (!(e instanceof RoundDefinitionError)) throw e;
      return { ok: false, errors: fileProblems(source.name, e.problems) };
    }
  }
  if ("workbook" in source) {
    const sheet = findRoundSheet(sheets);
    if (!sheet) return { ok: false, errors: [inputError(WHOLE_WORKBOOK, "rules.noSheet", { sheet: ROUND_SHEET })] };
    const read = readRoundSheet(sheet);
    return read.ok ? { ok: true, round: read.round, definition: read.file } : read;
  }
  const def = preset(source.preset);
  if (!def) throw new UnknownRoundError(`unknown round "${source.preset}" (known: ${presetIds().join(", ")}, or workbook)`);
  return { ok: true, round: def, definition: presetFiles[source.preset] };
}

/** The sheets a round reads besides its table: its record sheet, and a sheet per monthly measure. */
export function sheetsOfRound(round: RoundDef): string[] {
  return [recordSheetName(round.id), ...round.blocks.flatMap((b) => (b.kind === "monthlyPerformance" ? b.measures.map((m) => m.title) : []))];
}

/** The sheets to read at once: the sheet of rules, and the round's own where it is known before reading. */
export function sheetsToRead(source: RoundSource): string[] {
  const known = "workbook" in source ? null : resolveRound(source, []);
  return [...ROUND_SHEET_NAMES, ...(known?.ok ? sheetsOfRound(known.round) : [])];
}
