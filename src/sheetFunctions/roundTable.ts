import { render } from "../messages/message";
import { resolveRound, UnknownRoundError } from "../app/roundSource";
import type { CellValue } from "../workbook/cell";
import { prepareRound } from "../workbook/prepareRound";
import { FunctionError } from "./functionError";
import { isEmptyArg } from "./rangeArgs";

const RANGE = "tabell";

/**
 * AT.ROUND: a whole round over a table range (header row included), as a
 * spilled table: region, increase where the round has one, each block, total.
 */
export function roundTable(roundId: unknown, table: unknown[][]): (string | number)[][] {
  // Excel passes empty cells as 0: a row of nothing but zeros and blanks is a blank row.
  const values = (table ?? []).map((row) => (row.every((v) => isEmptyArg(v as CellValue)) ? row.map(() => null) : row.map((v) => (v === "" ? null : (v as CellValue)))));
  const sheets = [{ name: RANGE, values }];
  let resolved;
  try {
    resolved = resolveRound({ preset: String(roundId) }, sheets);
  } catch (e) {
    if (e instanceof UnknownRoundError) throw new FunctionError(e.message);
    throw e;
  }
  if (!resolved.ok) throw new FunctionError(render(resolved.errors[0], "en"));
  const prepared = prepareRound({ sheets }, { round: resolved.round, definition: resolved.definition, sheet: RANGE, date: "", version: "" });
  if (!prepared.ok) {
    const [first] = prepared.errors;
    const more = prepared.errors.length > 1 ? ` (and ${prepared.errors.length - 1} more)` : "";
    throw new FunctionError(`${first.address.replace(`${RANGE}!`, "cell ")} of the range: ${render(first, "en")}${more}`);
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
