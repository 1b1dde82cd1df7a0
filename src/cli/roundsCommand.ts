import { existsSync, readFileSync } from "node:fs";
import { readXlsxFile, saveWorkbook } from "../hosts/xlsx/xlsxFile";
import { writeOwnSheet } from "../hosts/xlsx/writeRound";
import { sameSheetName } from "../hosts/xlsx/workbookXml";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { preset, presetFiles, presetIds } from "../rounds/presets";
import type { RoundFile } from "../rounds/roundFile";
import { ROUND_SCHEMA } from "../rounds/schemaKeys";
import { resolveRound, roundFileSource } from "../app/roundSource";
import { renderNotice } from "../messages/message";
import { roundSheetRows } from "../workbook/rules/roundSheet";
import { ROUND_SHEET } from "../workbook/sheet/ownSheet";
import { UsageError, type RoundsArgs } from "./args";
import type { Out } from "./out";

/** A round file given to --export (its own rules, checked before they are copied anywhere). */
function roundFileAt(name: string): RoundFile {
  if (!name.endsWith(".json") || !existsSync(name)) throw new UsageError(`unknown round "${name}" (known: ${presetIds().join(", ")}, or a round file ending in .json)`);
  const src = roundFileSource(name, readFileSync(name, "utf8"));
  if (Array.isArray(src)) throw new UsageError(src.map((e) => renderNotice(e, "en")).join("\n"));
  if (!("file" in src)) throw new Error("a round file's source is its file");
  const resolved = resolveRound(src, []);
  if (!resolved.ok) throw new UsageError(resolved.errors.map((e) => renderNotice(e, "en")).join("\n"));
  return src.file;
}

/** fordela rounds: list the presets, or export one (or a round file) to start an officer's own definition from. */
export async function rounds(args: RoundsArgs, io: Out): Promise<number> {
  if (args.schema) {
    io.log(JSON.stringify(ROUND_SCHEMA, null, 2));
    return 0;
  }
  if (!args.export) {
    for (const id of presetIds()) {
      const r = preset(id)!;
      io.log(`${id.padEnd(10)}  ${r.title}${r.decision ? ` (${r.decision})` : ""}`);
    }
    return 0;
  }
  const file = presetFiles[args.export] ?? roundFileAt(args.export);
  if (!args.into) {
    // An editor checks and completes the copy from the schema beside it (fordela rounds --schema > round.schema.json).
    io.log(JSON.stringify({ $schema: "./round.schema.json", ...file }, null, 2));
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
