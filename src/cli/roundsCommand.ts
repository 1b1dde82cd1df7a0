import { existsSync, readFileSync } from "node:fs";
import { readXlsxFile, saveWorkbook } from "../hosts/xlsx/xlsxFile";
import { writeOwnSheet } from "../hosts/xlsx/writeRound";
import { sameSheetName } from "../hosts/xlsx/workbookXml";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { preset, presetFiles, presetIds } from "../rounds/presets";
import { RoundDefinitionError, compileRound, type RoundFile } from "../rounds/roundFile";
import { ROUND_SHEET, roundSheetRows } from "../workbook/roundSheet";
import { UsageError, type RoundsArgs } from "./args";
import type { Out } from "./out";

/** A round file given to --export (its own rules, checked before they are copied anywhere). */
function roundFileAt(name: string): RoundFile {
  if (!name.endsWith(".json") || !existsSync(name)) throw new UsageError(`unknown round "${name}" (known: ${presetIds().join(", ")}, or a round file ending in .json)`);
  let file: RoundFile;
  try {
    file = JSON.parse(readFileSync(name, "utf8")) as RoundFile;
  } catch (e) {
    throw new UsageError(`${name}: not JSON: ${(e as Error).message}`);
  }
  try {
    compileRound(file);
  } catch (e) {
    if (e instanceof RoundDefinitionError) throw new UsageError(`${name}: ${e.message}`);
    throw e;
  }
  return file;
}

/** fordela rounds: list the presets, or export one (or a round file) to start an officer's own definition from. */
export async function rounds(args: RoundsArgs, io: Out): Promise<number> {
  if (!args.export) {
    for (const id of presetIds()) {
      const r = preset(id)!;
      io.log(`${id.padEnd(10)}  ${r.title}${r.decision ? ` (${r.decision})` : ""}`);
    }
    return 0;
  }
  const file = presetFiles[args.export] ?? roundFileAt(args.export);
  if (!args.into) {
    io.log(JSON.stringify(file, null, 2));
    return 0;
  }
  if (!existsSync(args.into)) throw new UsageError(`no file ${args.into}`);
  const opened = await readXlsxFile(args.into);
  const wb = new XlsxWorkbook(opened.bytes);
  if (wb.book.sheets.some((s) => sameSheetName(s.name, ROUND_SHEET)) && !args.overwrite) {
    io.err(`${args.into} already has a sheet "${ROUND_SHEET}"; nothing was written. Rerun with --overwrite to replace it.`);
    return 1;
  }
  writeOwnSheet(wb, ROUND_SHEET, roundSheetRows(file));
  await saveWorkbook(wb.pkg.toBytes(), args.into, opened);
  io.log(`Added the sheet "${ROUND_SHEET}" with the rules of ${args.export} to ${args.into}. Edit it, then: fordela compute ${args.into} --round workbook`);
  return 0;
}
