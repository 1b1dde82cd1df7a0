import { existsSync } from "node:fs";
import { VERSION } from "../version";
import { applyPlan, writeRecord } from "../hosts/xlsx/applyPlan";
import { workbookSnapshot } from "../hosts/xlsx/snapshot";
import { readWorkbook, writeWorkbook } from "../hosts/xlsx/xlsxFile";
import { showCell } from "../workbook/cell";
import { formatInputError, type InputError } from "../workbook/inputError";
import { prepareRound } from "../workbook/prepareRound";
import { UsageError, type ComputeArgs } from "./args";
import type { Out } from "./out";
import { resultJson, resultTable } from "./report";
import { resolveRound } from "./resolveRound";

function stampDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}

function reportErrors(io: Out, args: ComputeArgs, roundId: string | undefined, errors: InputError[], warnings: string[] = []): number {
  if (args.json) io.log(JSON.stringify({ round: roundId ?? null, errors, warnings }, null, 2));
  else {
    io.err(`${errors.length} error(s) in ${args.file}; nothing was written:`);
    for (const e of errors) io.err(`  ${formatInputError(e)}`);
  }
  return 1;
}

/** fordela compute: read, validate, compute, and write only when asked. */
export async function compute(args: ComputeArgs, io: Out): Promise<number> {
  if (!existsSync(args.file)) throw new UsageError(`no file ${args.file}`);
  const wb = await readWorkbook(args.file);
  const book = workbookSnapshot(wb);
  const resolved = resolveRound(args.round, args.roundFile, book);
  if (!resolved.ok) return reportErrors(io, args, args.round, resolved.errors);
  const { round, definition } = resolved;
  const prepared = prepareRound(book, { round, definition, sheet: args.sheet, mapping: args.mapping, date: stampDate(), version: `fordela ${VERSION}` });
  if (!prepared.ok) return reportErrors(io, args, round.id, prepared.errors, prepared.warnings);

  const target = args.write ? args.file : args.out;
  const warnings = [...prepared.warnings];
  const conflicts = prepared.conflicts.map((c) => ({ address: c.address, message: `holds ${showCell(c.before)}, which Fördela did not write` }));
  if (conflicts.length > 0 && target && !args.overwrite) {
    if (args.json) io.log(JSON.stringify({ round: round.id, errors: conflicts, warnings }, null, 2));
    else {
      io.err(`Nothing was written: ${conflicts.length} target cell(s) hold something Fördela did not write:`);
      for (const c of conflicts) io.err(`  ${c.address} ${c.message}`);
      io.err("Rerun with --overwrite to replace them (what they held is kept on the record sheet).");
    }
    return 1;
  }
  if (!target) warnings.push(...conflicts.map((c) => `${c.address} ${c.message}; writing would ask first`));
  if (target) {
    applyPlan(wb, prepared.plan);
    writeRecord(wb, prepared.record.sheet, prepared.record.rows);
    await writeWorkbook(wb, target);
  }
  if (args.json) {
    io.log(JSON.stringify(resultJson(prepared.result, prepared.regions, { warnings, written: target ?? null }), null, 2));
    return 0;
  }
  io.log(`${prepared.result.title} (${round.id}) – ${prepared.table.sheet}, ${prepared.regions.length} regions\n`);
  io.log(resultTable(prepared.result, args.lang));
  for (const w of warnings) io.log(`\n! ${w}`);
  io.log(target ? `\nWrote ${target} (allocation columns, and the record sheet "${prepared.record.sheet}").` : "\nNothing written (use --write or --out FILE).");
  return 0;
}
