import { readFileSync } from "node:fs";
import type { RoundDef } from "../engine/types";
import { preset, presetFiles, presetIds } from "../rounds/presets";
import { RoundDefinitionError, compileRound, type RoundFile } from "../rounds/roundFile";
import type { InputError } from "../workbook/inputError";
import type { WorkbookSnapshot } from "../workbook/prepareRound";
import { ROUND_SHEET, findRoundSheet, readRoundSheet } from "../workbook/roundSheet";
import { UsageError } from "./args";

export type Resolved = { ok: true; round: RoundDef; definition: RoundFile } | { ok: false; errors: InputError[] };

/** The round to compute: a preset by id, the workbook's own sheet of rules, or a JSON file. */
export function resolveRound(round: string | undefined, roundFile: string | undefined, book: WorkbookSnapshot): Resolved {
  if (roundFile) {
    let file: RoundFile;
    try {
      file = JSON.parse(readFileSync(roundFile, "utf8"));
    } catch (e) {
      return { ok: false, errors: [{ address: roundFile, message: `not a JSON round definition: ${(e as Error).message}` }] };
    }
    try {
      return { ok: true, round: compileRound(file), definition: file };
    } catch (e) {
      if (!(e instanceof RoundDefinitionError)) throw e;
      return { ok: false, errors: e.problems.map((p) => ({ address: `${roundFile} ${p.path}`, message: p.message })) };
    }
  }
  if (round === "workbook") {
    const sheet = findRoundSheet(book.sheets);
    if (!sheet) return { ok: false, errors: [{ address: "workbook", message: `no sheet "${ROUND_SHEET}" with the round's rules (start one with: fordela rounds --export at-2024 --into BOOK.xlsx)` }] };
    const read = readRoundSheet(sheet);
    return read.ok ? { ok: true, round: read.round, definition: read.file } : read;
  }
  const def = round ? preset(round) : null;
  if (!round || !def) throw new UsageError(`unknown round "${round}" (known: ${presetIds().join(", ")}, or workbook)`);
  return { ok: true, round: def, definition: presetFiles[round] };
}
