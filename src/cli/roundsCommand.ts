import { existsSync } from "node:fs";
import { readXlsxFile, saveWorkbook } from "../hosts/xlsx/xlsxFile";
import { writeOwnSheet } from "../hosts/xlsx/writeRound";
import { sameSheetName } from "../hosts/xlsx/workbookXml";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { preset, presetFiles, presetIds } from "../rounds/presets";
import { ROUND_SHEET, roundSheetRows } from "../workbook/roundSheet";
import { UsageError, type RoundsArgs } from "./args";
import type { Out } from "./out";

/** fordela rounds: list the presets, or export one to start an officer's own definition from. */
export async function rounds(args: RoundsArgs, io: Out): Promise<number> {
  if (!args.export) {
    for (const id of presetIds()) {
      const r = preset(id)!;
      io.log(`${id.padEnd(10)}  ${r.title}${r.decision ? ` (${r.decision})` : ""}`);
    }
    return 0;
  }
  const file = presetFiles[args.export];
  if (!file) throw new UsageError(`unknown round "${args.export}" (known: ${presetIds().join(", ")})`);
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
