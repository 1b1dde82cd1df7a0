import { blockTitle } from "../engine/blockLabel";
import { msg, render } from "../messages/message";
import { existsSync, readFileSync } from "node:fs";
import { computeRound, previewRound, type FlowRequest } from "../app/roundFlow";
import { roundFileSource, type RoundSource } from "../app/roundSource";
import { XlsxPort } from "../hosts/xlsx/xlsxPort";
import { readXlsxFile, sameFile, saveWorkbook } from "../hosts/xlsx/xlsxFile";
import { VERSION } from "../version";
import { showCell } from "../workbook/sheet/cell";
import { formatInputError, inputError, type InputError, type Warning } from "../workbook/sheet/inputError";
import { noticesJson, resultJson, resultTable } from "./report";
import { UsageError, type ComputeArgs } from "./args";
import type { Out } from "./out";

function stampDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}

export function source(args: ComputeArgs): RoundSource | InputError[] {
  if (!args.roundFile) return args.round === "workbook" ? { workbook: true } : { preset: args.round as string };
  return roundFileSource(args.roundFile, readFileSync(args.roundFile, "utf8"));
}

export function reportErrors(io: Out, args: ComputeArgs, errors: InputError[], warnings: Warning[] = []): number {
  // A --map naming nothing the round reads is a usage error: known only once the round is read.
  const unknownKey = errors.find((e) => e.code === "column.unknownKey");
  if (unknownKey) throw new UsageError(render(unknownKey, args.lang));
  if (args.json) io.log(JSON.stringify({ round: args.round ?? null, errors: noticesJson(errors, args.lang), warnings: noticesJson(warnings, args.lang) }, null, 2));
  else {
    io.err(args.lang === "sv" ? `${errors.length} fel i ${args.file}; inget skrevs:` : `${errors.length} error(s) in ${args.file}; nothing was written:`);
    for (const e of errors) io.err(`  ${formatInputError(e, args.lang)}`);
    for (const w of warnings) io.err(`  ! ${formatInputError(w, args.lang)}`);
  }
  return 1;
}

/** fordela compute: read, validate, compute, and write only when asked. */
export async function compute(args: ComputeArgs, io: Out): Promise<number> {
  if (!existsSync(args.file)) throw new UsageError(`no file ${args.file}`);
  const src = source(args);
  if (Array.isArray(src)) return reportErrors(io, args, src);
  const opened = await readXlsxFile(args.file);
  const port = new XlsxPort(opened.bytes, { removeSignature: args.removeSignature });
  const req: FlowRequest = { source: src, sheet: args.sheet, mapping: args.mapping, date: stampDate(), version: `fordela ${VERSION}`, tables: args.tables, lang: args.lang };
  // --out naming the workbook itself (by any path or link) is --write, with the same checks.
  const inPlace = args.write || (args.out !== undefined && (await sameFile(args.out, args.file)));
  const target = inPlace ? args.file : args.out;
  const done = target ? await computeRound(port, req, args.overwrite) : { ok: true as const, preview: await previewRound(port, req) };
  const preview = done.preview;
  if (!preview.ok) return reportErrors(io, args, preview.errors, preview.warnings);

  if (!done.ok && "errors" in done) return reportErrors(io, args, done.errors, preview.warnings);
  const conflicts = preview.conflicts.map((c) => inputError(c.address, "write.conflict", { value: showCell(c.before) }));
  if (!done.ok) {
    if (args.json) io.log(JSON.stringify({ round: preview.result.roundId, errors: noticesJson(conflicts, args.lang), warnings: noticesJson(preview.warnings, args.lang) }, null, 2));
    else {
      io.err(render(msg("cli.conflicts", { n: conflicts.length }), args.lang));
      for (const c of conflicts) io.err(`  ${formatInputError(c, args.lang)}`);
      io.err(render(msg("cli.overwriteHint"), args.lang));
    }
    return 1;
  }
  if (target) await saveWorkbook(port.bytes(), target, inPlace ? opened : undefined);
  const warnings: Warning[] = [...preview.warnings, ...(target ? [] : preview.conflicts.map((c) => inputError(c.address, "write.conflictPreview", { value: showCell(c.before) })))];
  if (args.json) {
    io.log(JSON.stringify(resultJson(preview.result, preview.regions, args.lang, { warnings: noticesJson(warnings, args.lang), written: target ?? null }), null, 2));
    return 0;
  }
  io.log(`${render(msg("cli.heading", { title: blockTitle(preview.result, args.lang), id: preview.result.roundId, sheet: preview.table.sheet, n: preview.regions.length }), args.lang)}\n`);
  io.log(resultTable(preview.result, args.lang));
  for (const w of warnings) io.log(`\n! ${formatInputError(w, args.lang)}`);
  const wrote = preview.tables.length ? msg("cli.wroteTables", { file: target ?? "", sheet: preview.record.sheet, tables: preview.tables.map((t) => t.sheet).join(", ") }) : msg("cli.wrote", { file: target ?? "", sheet: preview.record.sheet });
  io.log(`\n${render(target ? wrote : msg("cli.notWritten"), args.lang)}`);
  if (port.signatureRemoved) io.log(`! ${render(msg("file.signatureRemoved"), args.lang)}`);
  return 0;
}
