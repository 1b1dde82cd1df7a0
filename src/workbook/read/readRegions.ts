import type { RoundDef } from "../../engine/types";
import { cellAddress, cellAt, cellError, errorProblem, type SheetSnapshot } from "../sheet/cell";
import type { FoundTable } from "../table/findTable";
import { FIELD_LABELS, type InputField } from "../table/headers";
import { missingColumns } from "../table/missingColumns";
import { inputError, type InputError, type Warning } from "../sheet/inputError";
import { populationDateWarnings } from "./populationDate";
import { readMonthly } from "./readMonthly";
import { readRow } from "./readRow";
import { roundNeeds, type RoundNeeds } from "../table/roundNeeds";
import { yesNoColumns } from "./yesNoFields";
import type { RegionRead, RegionsRead } from "./regionRead";

export type { RegionRead, RegionsRead } from "./regionRead";

/** The input fields a round reads from each row; an error value in any of them is refused, whether the region applied or not. */
export function fieldsRead(needs: RoundNeeds, cols: FoundTable["columns"]): InputField[] {
  const fields: InputField[] = ["population"];
  if (needs.count !== "no") fields.push("count", "filled", "started");
  if (needs.planned) fields.push("planned");
  if (needs.forecast) fields.push("forecast");
  if (needs.goodLevel) fields.push("goodLevel");
  fields.push("applied");
  return fields.filter((f) => cols[f] !== undefined);
}

const UNDECIDED = new Set(["column.ambiguous", "column.declaredTwice", "column.notFound", "column.unknownKey", "region.columnsDisagree", "region.columnsUndecided"]);

/** Reads and validates every region row of the table; errors and warnings name their cells. */
export function readRegions(book: SheetSnapshot[], sheet: SheetSnapshot, table: FoundTable, round: RoundDef): RegionsRead {
  const needs = roundNeeds(round);
  const errors: InputError[] = [...table.errors];
  const warnings: Warning[] = [...table.warnings];
  const cols = table.columns;
  const missing = missingColumns(table, round, needs, sheet.name);
  if (missing.length > 0) return { regions: [], errors: [...errors, ...missing], warnings };

  const monthly = needs.monthly ? readMonthly(book, { sheet, headerRow: table.headerRow, regionCol: cols.region as number, rows: new Map(table.rows.map((r) => [r.region.code, r.row])) }, needs.monthly) : null;
  if (monthly) {
    errors.push(...monthly.errors);
    warnings.push(...monthly.warnings);
  }
  // A column that cannot be told apart is not read at all: its rows would name no cell.
  if (errors.some((e) => UNDECIDED.has(e.code))) return { regions: [], errors, warnings };

  const read = fieldsRead(needs, cols);
  const yesNo = yesNoColumns(sheet, table);
  const seen = new Map<string, number>();
  const regions: RegionRead[] = [];
  for (const { row, region } of table.rows) {
    const regionCell = cellAddress(sheet.name, row, cols.region as number);
    const first = seen.get(region.code);
    if (first !== undefined) {
      errors.push(inputError(regionCell, "region.twice", { region: region.name, other: cellAddress(sheet.name, first, cols.region as number) }));
      continue;
    }
    seen.set(region.code, row);
    // An error value is never a figure: refused in every cell the round reads, applied or not.
    const broken = read.flatMap((f) => {
      const e = cellError(cellAt(sheet, row, cols[f] as number));
      return e ? [inputError(cellAddress(sheet.name, row, cols[f] as number), "cell.problem", { field: FIELD_LABELS[f], region: region.name, problem: errorProblem(e) })] : [];
    });
    if (broken.length) {
      errors.push(...broken);
      continue;
    }
    const one = readRow({ sheet, row, region, cols, values: table.values ?? {}, round, needs, monthly: monthly?.values.get(region.code), monthlyNotes: monthly?.notes.get(region.code), monthlyWhere: monthly?.where.get(region.code), yesNo });
    errors.push(...one.errors);
    warnings.push(...one.warnings);
    if (one.region) regions.push(one.region);
  }
  warnings.push(...populationDateWarnings(sheet, table, round, regions));
  if (errors.length === 0 && table.rows.length > 0 && !regions.some((r) => r.input.applied)) {
    errors.push(inputError(cellAddress(sheet.name, table.headerRow, cols.applied ?? 0), "round.nobodyApplied"));
  }
  return { regions, errors, warnings };
}
