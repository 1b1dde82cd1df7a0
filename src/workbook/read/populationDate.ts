import { Rational } from "../../engine/rational";
import type { RoundDef } from "../../engine/types";
import { msg, quoted, type Localized } from "../../messages/message";
import { cellAddress, type SheetSnapshot } from "../sheet/cell";
import type { FoundTable } from "../table/findTable";
import { FIELD_LABELS } from "../table/headers";
import type { Warning } from "../sheet/inputError";
import { decimalParam } from "../values/parseNumber";
import { PUBLISHED_POPULATION_DATE, publishedPopulation } from "../values/plausible";
import type { RegionRead } from "./regionRead";
import { yearsIn } from "../table/years";

const MONTHS = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "2024-11-01" as people write it: 1 nov 2024, 1 Nov 2024. */
export function dateText(iso: string): Localized {
  const [y, m, d] = iso.split("-");
  const text = (lang: "sv" | "en") => `${Number(d)} ${MONTHS[lang][Number(m) - 1]} ${y}`;
  return { sv: text("sv"), en: text("en") };
}

/**
 * The round's population is of one date (1 Nov 2023 for AT 2024, 1 Nov 2024 for
 * AT 2025). Its column is read whatever it is headed, so a header naming another
 * date (or only another year) is said with its cell. Where the round's date has
 * no published figures in the project, figures exactly equal to the published
 * ones of 1 Nov 2023 are last year's: all of them said once at the header,
 * a few each at its cell. Warnings, not refusals: the figures are possible, and
 * the officer may know they are the decision's.
 */
export function populationDateWarnings(sheet: SheetSnapshot, table: FoundTable, round: RoundDef, regions: readonly RegionRead[]): Warning[] {
  const date = round.populationDate;
  const col = table.columns.population;
  if (!date || col === undefined) return [];
  const header = table.headers.find((h) => h.col === col);
  const headerCell = cellAddress(sheet.name, table.headerRow, col);
  const named = yearsIn(header ? `${header.group} ${header.own}` : "");
  const otherDates = named.dates.filter((d) => d !== date);
  const years = [...named.years, ...named.populationYears];
  if (named.dates.length > 0 ? !named.dates.includes(date) : years.length > 0 && !years.includes(date.slice(0, 4))) {
    const said = named.dates.length > 0 ? otherDates.map(dateText) : [...new Set(years)];
    return [{ address: headerCell, ...msg("population.otherDate", { header: quoted(header?.raw ?? ""), named: said, date: dateText(date) }) }];
  }
  // Figures are compared only in a table read whole: with rows refused, "all" would not be all.
  if (date === PUBLISHED_POPULATION_DATE || regions.length < table.rows.length) return [];
  const stale = regions.filter((r) => publishedPopulation(r.input.code) !== undefined && r.input.population.eq(Rational.from(publishedPopulation(r.input.code) as number)));
  if (stale.length === 0) return [];
  const known = dateText(PUBLISHED_POPULATION_DATE);
  if (stale.length === regions.length && stale.length > 1) {
    return [{ address: headerCell, ...msg("population.allLastYear", { header: quoted(header?.raw ?? ""), n: stale.length, known, date: dateText(date) }) }];
  }
  return stale.map((r) => ({
    address: cellAddress(sheet.name, r.row, col),
    ...msg("cell.unusual", { field: FIELD_LABELS.population, region: r.input.name, problem: msg("population.lastYear", { value: decimalParam(r.input.population), known, date: dateText(date) }) }),
  }));
}
