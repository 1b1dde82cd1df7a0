import { existsSync } from "node:fs";
import { checkWorkbook } from "../app/checkFlow";
import { formatNumber } from "../engine/format";
import type { Rational } from "../engine/rational";
import { XlsxPort } from "../hosts/xlsx/xlsxPort";
import { readXlsxFile } from "../hosts/xlsx/xlsxFile";
import { msg, render, type Lang } from "../messages/message";
import { blockTitle } from "../engine/blockLabel";
import { VERSION } from "../version";
import { holdsFigure } from "../workbook/check/checkConvention";
import { differing, unfilled, type CellDifference, type CheckResult } from "../workbook/check/checkRound";
import { formatInputError } from "../workbook/sheet/inputError";
import { UsageError, type ComputeArgs } from "./args";
import { reportErrors, source } from "./compute";
import type { Out } from "./out";
import { noticesJson, textTable } from "./report";

/** Exit status when some figure in the workbook differs from the exact amount, also where it follows another rounding rule (said in words). */
export const DIFFERS = 3;

const num = (v: Rational, lang: Lang) => formatNumber(v, lang, 2).replace(/\u00a0/g, " ");
const signed = (v: Rational, lang: Lang) => (v.isPositive() ? "+" : "") + num(v, lang);

function differenceRows(diffs: readonly CellDifference[], lang: Lang): string {
  const head = lang === "sv" ? ["Cell", "Region", "Kolumn", "Arbetsboken", "Fördela", "Skillnad"] : ["Cell", "Region", "Column", "Workbook", "Fördela", "Difference"];
  const body = diffs.map((d) => [d.address, d.region, d.label[lang], d.workbook ? num(d.workbook, lang) : d.shown || render(msg("check.empty"), lang), num(d.fordela, lang), d.difference ? signed(d.difference, lang) : "–"]);
  const table = textTable(head, body, undefined, 3).split("\n");
  // Each differing cell followed by why the exact amount is what it is.
  const out = table.slice(0, 2);
  diffs.forEach((d, i) => {
    out.push(table[i + 2]);
    for (const e of d.explanation) out.push(`    ${d.block === "total" ? `${e.label[lang]}: ` : ""}${e.text[lang]}`);
  });
  return out.join("\n");
}

function checkJson(c: CheckResult, lang: Lang) {
  const n = (v: Rational | null) => (v === null ? null : v.toNumber());
  return {
    checked: c.checked,
    agree: c.differences.length === 0,
    unfilled: unfilled(c).length,
    // Another rule for the last krona that reproduces every figure: the differences below are only rounding.
    convention: c.convention ? { method: c.convention.rule.method, unit: Number(c.convention.rule.unit), text: render(c.convention.message, lang) } : null,
    differences: c.differences.map((d) => ({
      address: d.address,
      code: d.code,
      region: d.region,
      block: d.block,
      column: d.label[lang],
      workbook: n(d.workbook),
      shown: d.shown,
      unfilled: d.unfilled,
      fordela: n(d.fordela),
      difference: n(d.difference),
      explanation: d.explanation.map((e) => ({ block: e.block, exact: e.exact, text: e.text[lang] })),
    })),
    sums: c.sums.map((s) => ({ block: s.block, column: s.label[lang], letter: s.column, workbook: n(s.workbook), fordela: n(s.fordela), pot: n(s.pot) })),
  };
}

/** fordela check: the workbook's own allocation figures against the exact amounts. Writes nothing. */
export async function check(args: ComputeArgs, io: Out): Promise<number> {
  if (!existsSync(args.file)) throw new UsageError(`no file ${args.file}`);
  if (args.write || args.out || args.overwrite) throw new UsageError("check writes nothing: --write, --out and --overwrite belong to compute");
  const src = source(args);
  if (Array.isArray(src)) return reportErrors(io, args, src);
  const port = new XlsxPort((await readXlsxFile(args.file)).bytes);
  const { preview, check: c } = await checkWorkbook(port, { source: src, sheet: args.sheet, mapping: args.mapping, date: "", version: `fordela ${VERSION}` });
  if (!preview.ok) return reportErrors(io, args, preview.errors, preview.warnings);
  if (!c || c.errors.length) return reportErrors(io, args, c?.errors ?? [], preview.warnings);
  const lang = args.lang;
  if (args.json) {
    io.log(JSON.stringify({ round: preview.result.roundId, ...checkJson(c, lang), warnings: noticesJson(preview.warnings, lang) }, null, 2));
    return c.differences.length ? DIFFERS : 0;
  }
  io.log(render(msg("check.heading", { title: blockTitle(preview.result, lang), id: preview.result.roundId, sheet: preview.table.sheet, n: c.checked }), lang));
  for (const w of preview.warnings) io.log(`! ${formatInputError(w, lang)}`);
  io.log("");
  if (c.differences.length === 0) io.log(render(msg("check.allAgree"), lang));
  // Only another rounding: the rule is said instead of a list of ±1 kr differences; cells with no figure are still listed.
  if (c.convention) io.log(`${render(msg("check.conventionDiffer", { n: c.differences.filter(holdsFigure).length }), lang)}\n${render(c.convention.message, lang)}`);
  const differ = c.convention ? differing(c).filter((d) => !holdsFigure(d)) : differing(c);
  if (differ.length) io.log(`${c.convention ? "\n" : ""}${render(msg("check.differ", { n: differ.length }), lang)}\n${differenceRows(differ, lang)}`);
  // An empty cell is not filled in: said apart, so a half-filled table does not read as wrong figures.
  const empty = unfilled(c);
  if (empty.length) io.log(`${c.convention || differ.length ? "\n" : ""}${render(msg("check.unfilled", { n: empty.length }), lang)}\n${differenceRows(empty, lang)}`);
  io.log(`\n${render(msg("check.sums"), lang)}`);
  for (const s of c.sums) io.log(`  ${render(msg("check.sumLine", { column: s.label[lang], letter: s.column, workbook: num(s.workbook, lang), fordela: num(s.fordela, lang), pot: num(s.pot, lang) }), lang)}`);
  io.log(`\n${render(msg("check.nothingWritten"), lang)}`);
  return c.differences.length ? DIFFERS : 0;
}
