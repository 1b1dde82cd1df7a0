import type { RoundDef } from "../../engine/types";
import { presetFiles } from "../../rounds/presets/index";
import { msg, quoted, type Msg } from "../../messages/message";
import { cellAddress, cellAt, isBlank, type SheetSnapshot } from "../sheet/cell";
import type { FoundTable } from "./findTable";
import { inputError, type InputError } from "../sheet/inputError";
import { roundYear, yearsIn } from "./years";

export function sheetYears(name: string): string[] {
  return yearsIn(name).years;
}

/** Years named in the title rows above the header (a population's year or date aside). */
export function titleYears(sheet: SheetSnapshot, headerRow: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < headerRow; r++) for (const v of sheet.values[r] ?? []) if (typeof v === "string") out.push(...yearsIn(v).years);
  return out;
}

/** Years named in the headers of the columns the round reads, other than the population's. */
function headerYears(sheet: SheetSnapshot, table: FoundTable): string[] {
  return Object.entries(table.columns)
    .filter(([field]) => field !== "population" && field !== "region")
    .flatMap(([, col]) => {
      const h = table.headers.find((x) => x.col === col);
      const v = cellAt(sheet, table.headerRow, col as number);
      return h ? yearsIn(`${h.group} ${h.own}`).years : isBlank(v) ? [] : yearsIn(v).years;
    });
}

/** The presets for one of these years, those of the same kind of round first ("at-2022" for "at-2024"). */
function roundsFor(years: string[], round: RoundDef): string[] {
  const kind = round.id.replace(/-?20\d\d.*$/, "");
  const ids = Object.keys(presetFiles).filter((id) => years.some((y) => id.includes(y)));
  const same = ids.filter((id) => id.startsWith(kind));
  return same.length ? same : ids;
}

/**
 * A workbook of one year is not computed with another year's rules. The most
 * specific place that names years decides: the headers of the columns read
 * ("Tillsatta AT 2022"), else the title rows, else the sheet's name. When it
 * names years and none is the round's, the round is refused, with the round
 * that fits where one is known.
 */
export function roundYearProblem(sheet: SheetSnapshot, table: FoundTable, round: RoundDef): InputError | null {
  const year = roundYear(round);
  if (!year) return null;
  const sources = [headerYears(sheet, table), titleYears(sheet, table.headerRow), sheetYears(sheet.name)];
  const named = [...new Set(sources.find((s) => s.length > 0) ?? [])].sort();
  if (named.length === 0 || named.includes(year)) return null;
  const fits = roundsFor(named, round);
  const hint: Msg = fits.length ? msg("hint.round", { rounds: fits }) : msg("hint.roundFile");
  return inputError(cellAddress(sheet.name, table.headerRow, 0), "round.wrongYear", { sheet: quoted(sheet.name), years: named, round: round.id, year, hint });
}
