import { resolveRound, UnknownRoundError } from "../app/roundSource";
import type { MonthlyPerformanceDef } from "../engine/types";
import { ARGUMENT_NAMES } from "../messages/functionMessages";
import { msg } from "../messages/message";
import { presetIds } from "../rounds/presets";
import type { CellValue, SheetSnapshot } from "../workbook/sheet/cell";
import { locateTable } from "../workbook/table/locateTable";
import { prepareRound } from "../workbook/write/prepareRound";
import { handedOver, usedRows } from "./argRanges";
import { FunctionError } from "./functionError";
import { serialMonth } from "./serialDate";

const RANGE = "tabell";

/** Columns where a 0 is a real value (a count); elsewhere in a table no field can be 0, so a 0 is a blank Excel handed over. */
const ZERO_IS_ZERO = new Set(["count", "filled", "started"]);

/** The range's cells, trailing empty rows left out before any row is copied (a whole-column reference hands over 1 048 576). */
function cells(range: unknown[][] | null | undefined, zeroIsBlank: (col: number) => boolean): CellValue[][] {
  const given = range ?? [];
  return given.slice(0, usedRows(given)).map((row) => {
    const read = row.map((v, c) => handedOver(v, zeroIsBlank(c)));
    // Nothing but blanks and zeros: a blank row, whichever way Excel handed its blanks over.
    return read.every((v) => v === null || v === 0) ? read.map(() => null) : read;
  });
}

/** A measure's range: its header row's month headers may be dates, which reach a function as serial numbers. */
function measureSheet(title: string, range: unknown[][]): SheetSnapshot {
  const values = cells(range, () => false);
  if (values[0]) values[0] = values[0].map((v) => (typeof v === "number" ? serialMonth(v) ?? v : v));
  return { name: title, values };
}

/**
 * AT.ROUND: a whole round over a table range (header row included), as a
 * spilled table: region, increase where the round has one, each block, total.
 * A round with monthly measures takes one more range per measure, in the
 * round's order, each with its header row (Region and the months).
 */
export function roundTable(roundId: unknown, table: unknown[][], measures?: (unknown[][] | null)[] | null): (string | number)[][] {
  const id = String(roundId ?? "").trim().toLowerCase();
  let resolved;
  try {
    resolved = resolveRound({ preset: id }, []);
  } catch (e) {
    if (e instanceof UnknownRoundError) throw FunctionError.of("fn.unknownRound", { id: String(roundId ?? ""), known: presetIds().join(", ") });
    throw e;
  }
  if (!resolved.ok) throw new FunctionError(resolved.errors[0]);
  const { round } = resolved;
  // Where the columns are, read with every 0 blank (headers and names cannot be 0); then a count's 0 is kept.
  const draft = { name: RANGE, values: cells(table, () => true) };
  const located = locateTable([draft], round, { sheet: RANGE });
  const countCols = new Set(located.ok ? Object.entries(located.table.columns).filter(([f]) => ZERO_IS_ZERO.has(f)).map(([, c]) => c) : []);
  const main: SheetSnapshot = { name: RANGE, values: cells(table, (c) => !countCols.has(c)) };
  const monthly = round.blocks.filter((b): b is MonthlyPerformanceDef => b.kind === "monthlyPerformance").flatMap((b) => b.measures);
  const given = (measures ?? []).filter((m): m is unknown[][] => Array.isArray(m) && m.length > 0);
  if (given.length > monthly.length) throw FunctionError.of("fn.tooManyMeasures", { n: monthly.length, given: given.length });
  const sheets = [main, ...given.map((m, i) => measureSheet(monthly[i].title, m))];
  const prepared = prepareRound({ sheets }, { round, definition: resolved.definition, sheet: RANGE, date: "", version: "" });
  if (!prepared.ok) {
    const [first] = prepared.errors;
    const where = first.address?.startsWith(`${RANGE}!`) ? msg("fn.inRange", { cell: first.address.slice(RANGE.length + 1), range: ARGUMENT_NAMES.table, problem: first }) : first;
    throw new FunctionError(prepared.errors.length > 1 ? msg("fn.andMore", { first: where, n: prepared.errors.length - 1 }) : where);
  }
  const { result } = prepared;
  const hasIncrease = result.regions.some((r) => r.increase !== null);
  const header = ["Region", ...(hasIncrease ? ["Utökning"] : []), ...result.blocks.map((b) => b.title), "Totalt"];
  const rows = result.regions.map((r) => [
    r.name,
    ...(hasIncrease ? [r.increase === null ? "" : r.increase.toNumber()] : []),
    ...result.blocks.map((b) => r.amounts[b.id].toNumber()),
    r.total.toNumber(),
  ]);
  return [header, ...rows];
}
