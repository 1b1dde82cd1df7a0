import { existsSync } from "node:fs";
import { preset, presetFiles, presetIds } from "../rounds/presets";
import { VERSION } from "../version";
import { formatInputError } from "../workbook/inputError";
import { prepareRound } from "../workbook/prepareRound";
import { showCell } from "../workbook/cell";
import { applyPlan, writeRecord } from "../hosts/xlsx/applyPlan";
import { workbookSnapshot } from "../hosts/xlsx/snapshot";
import { readWorkbook, writeWorkbook } from "../hosts/xlsx/xlsxFile";
import { USAGE, UsageError, parseCompute, type ComputeArgs } from "./args";
import { resultJson, resultTable } from "./report";

type Out = { log: (s: string) => void; err: (s: string) => void };
const console_: Out = { log: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") };

function stampDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}

async function compute(args: ComputeArgs, io: Out): Promise<number> {
  const round = preset(args.round);
  if (!round) throw new UsageError(`unknown round "${args.round}" (known: ${presetIds().join(", ")})`);
  if (!existsSync(args.file)) throw new UsageError(`no file ${args.file}`);
  const wb = await readWorkbook(args.file);
  const prepared = prepareRound(workbookSnapshot(wb), {
    round, definition: presetFiles[args.round], sheet: args.sheet, mapping: args.mapping, date: stampDate(), version: `fordela ${VERSION}`,
  });
  if (!prepared.ok) {
    if (args.json) io.log(JSON.stringify({ round: round.id, errors: prepared.errors, warnings: prepared.warnings }, null, 2));
    else {
      io.err(`${prepared.errors.length} error(s) in ${args.file}; nothing was written:`);
      for (const e of prepared.errors) io.err(`  ${formatInputError(e)}`);
    }
    return 1;
  }
  const target = args.write ? args.file : args.out;
  const warnings = [...prepared.warnings];
  if (prepared.conflicts.length > 0) {
    const lines = prepared.conflicts.map((c) => `${c.address} holds ${showCell(c.before)}, which Fördela did not write`);
    if (target && !args.overwrite) {
      if (args.json) io.log(JSON.stringify({ round: round.id, errors: lines.map((message) => ({ message })), warnings }, null, 2));
      else {
        io.err(`Nothing was written: ${prepared.conflicts.length} target cell(s) hold something Fördela did not write:`);
        for (const l of lines) io.err(`  ${l}`);
        io.err("Rerun with --overwrite to replace them (what they held is kept on the record sheet).");
      }
      return 1;
    }
    if (!target) warnings.push(...lines.map((l) => `${l}; writing would ask first`));
  }
  if (target) {
    applyPlan(wb, prepared.plan);
    writeRecord(wb, prepared.record.sheet, prepared.record.rows);
    await writeWorkbook(wb, target);
  }
  if (args.json) {
    io.log(JSON.stringify(resultJson(prepared.result, prepared.regions, { warnings, written: target ?? null }), null, 2));
  } else {
    const t = prepared.table;
    io.log(`${prepared.result.title} (${round.id}) – ${t.sheet}, ${prepared.regions.length} regions\n`);
    io.log(resultTable(prepared.result, args.lang));
    for (const w of warnings) io.log(`\n! ${w}`);
    io.log(target ? `\nWrote ${target} (allocation columns, and the record sheet "${prepared.record.sheet}").` : "\nNothing written (use --write or --out FILE).");
  }
  return 0;
}

function rounds(io: Out): number {
  for (const id of presetIds()) {
    const r = preset(id);
    if (r) io.log(`${id.padEnd(10)}  ${r.title}${r.decision ? ` (${r.decision})` : ""}`);
  }
  return 0;
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[], io: Out = console_): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "rounds") return rounds(io);
    if (command === "compute") return await compute(parseCompute(rest), io);
    if (command === "--version") {
      io.log(VERSION);
      return 0;
    }
    if (command === undefined || command === "--help" || command === "help") {
      io.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`fordela: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`fordela: ${(e as Error).message}`);
    return 1;
  }
}
