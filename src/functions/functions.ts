/* global CustomFunctions, Office */
// Excel custom functions in the namespace AT. Each is a thin wrapper: the work is in
// src/sheetFunctions (arguments) and src/engine (money). The metadata (functions.json)
// is generated from these JSDoc comments by custom-functions-metadata-plugin.
//
// Every argument that can come from a cell is `any` (or `any[][]` for a range), never
// `number`: Excel converts or refuses a text cell for a `number` parameter before the
// function runs, so a header row, a pot typed "63 000 000" or a unit "1 000" would never
// reach the readers that every range goes through (src/sheetFunctions/argRanges.ts).
// `string` is kept where only a word is meant (a round id, a rounding method).
//
// Ids are what Excel stores in a saved formula, so they never change once shipped; the
// name shown may differ (`@customfunction ID NAME`). AT.ROUND's id is ROUNDTABLE, not
// ROUND, Excel's own worksheet function: Microsoft's "Custom functions naming and
// localization" asks for names that cannot be taken for something of Excel's own.
import { block1, block2, ladderAmount, plannedValue, share } from "../sheetFunctions/blockFunctions";
import { FunctionError } from "../sheetFunctions/functionError";
import { roundTable } from "../sheetFunctions/roundTable";
import { msg, render } from "../messages/message";
import { officeLang } from "../ui/officeLang";

/** The error as Excel shows it (#VALUE! and the message), in Office's display language. */
function excelError(e: unknown): never {
  const lang = officeLang(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  const problem = e instanceof FunctionError ? e.problem : msg("fn.failed", { detail: (e as Error).message });
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, render(problem, lang));
}

/**
 * Block 1 (AT 2024): delar potten efter antal AT per 100 000 invånare. / Shares the pot by AT posts per 100 000 inhabitants.
 * @customfunction BLOCK1
 * @helpurl https://localhost:3000/help.html#block1
 * @param counts Antal AT per region (en kolumn; tomma rader tillåtna). / AT posts per region (a column; blank rows allowed).
 * @param populations Folkmängd per region. / Population per region.
 * @param pot Blockets pott i kronor, t.ex. 63000000. / The block's pot in kronor, e.g. 63000000.
 * @returns Belopp i hela kronor som summerar exakt till potten. / Whole kronor that sum exactly to the pot.
 */
export function BLOCK1(counts: any[][], populations: any[][], pot: any): any[][] {
  try {
    return block1(counts, populations, pot);
  } catch (e) {
    return excelError(e);
  }
}

/**
 * Block 2 (AT 2024): prestationstrappa på utökningen över plan, resten efter antal per 100 000. / Step ladder on the increase over plan, the rest by count per 100 000.
 * @customfunction BLOCK2
 * @helpurl https://localhost:3000/help.html#block2
 * @param counts Antal AT per region. / AT posts per region.
 * @param planned Planerat antal (tal eller text som 84–89). / Planned count (a number or text like 84–89).
 * @param populations Folkmängd per region. / Population per region.
 * @param pot Blockets pott i kronor, t.ex. 160000000. / The block's pot in kronor, e.g. 160000000.
 * @param [thresholds] Trappans trösklar (standard 2, 3, 5, 7, 10, 15). / The ladder's thresholds (default 2, 3, 5, 7, 10, 15).
 * @param [amounts] Belopp per steg (standard enligt S2024/00586). / Amount per step (default as in S2024/00586).
 * @returns Belopp i hela kronor som summerar exakt till potten. / Whole kronor that sum exactly to the pot.
 */
export function BLOCK2(counts: any[][], planned: any[][], populations: any[][], pot: any, thresholds?: any[][], amounts?: any[][]): any[][] {
  try {
    return block2(counts, planned, populations, pot, thresholds, amounts);
  } catch (e) {
    return excelError(e);
  }
}

/**
 * Beloppet för det högsta steg en utökning når (inte kumulativt). / The amount of the highest step an increase reaches (not cumulative).
 * @customfunction LADDER
 * @helpurl https://localhost:3000/help.html#ladder
 * @param increase Utökning över plan. / Increase over plan.
 * @param [thresholds] Trösklar (standard AT 2024). / Thresholds (default AT 2024).
 * @param [amounts] Belopp per steg (standard AT 2024). / Amount per step (default AT 2024).
 * @returns Stegets belopp i kronor, 0 under första steget. / The step's amount in kronor, 0 below the first step.
 */
export function LADDER(increase: any, thresholds?: any[][], amounts?: any[][]): number {
  try {
    return ladderAmount(increase, thresholds, amounts);
  } catch (e) {
    return excelError(e);
  }
}

/**
 * Planerat värde som tal: "84–89" blir 86,5, "46 (ev. 48)" blir 47. / A planned value as a number: "84–89" is 86.5, "46 (ev. 48)" is 47.
 * @customfunction PLANNED
 * @helpurl https://localhost:3000/help.html#planned
 * @param text Planeringsunderlagets cell. / The planning table's cell.
 * @returns Det planerade antalet. / The planned count.
 */
export function PLANNED(text: any): number {
  try {
    return plannedValue(text);
  } catch (e) {
    return excelError(e);
  }
}

/**
 * Delar en pott i proportion till vikter, i hela kronor som summerar exakt (utom avrundat nedåt); avrundning och enhet kan väljas. / Shares a pot in proportion to weights, in whole kronor that sum exactly (unless rounded down); rounding and unit optional.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param weights Vikter (icke-negativa). / Weights (not negative).
 * @param pot Pott i kronor. / The pot in kronor.
 * @param [method] Avrundning: "största rest" (standard), "uppåt" (från 0,5, skillnaden på den som får mest) eller "nedåt" (resten ofördelad). / Rounding: "largestRemainder" (default), "halfUpToLargest" (half up, the difference on the largest) or "down" (the rest unallocated).
 * @param [unit] Avrundningsenhet i hela kronor, t.ex. 1000 (standard 1). / Rounding unit in whole kronor, e.g. 1000 (default 1).
 * @returns Belopp per rad; nedåt kan de summera under potten. / Amount per row; rounded down they may sum below the pot.
 */
export function SHARE(weights: any[][], pot: any, method?: string, unit?: any): any[][] {
  try {
    return share(weights, pot, method, unit);
  } catch (e) {
    return excelError(e);
  }
}

/**
 * Hela omgången för en tabell med rubrikrad, som en spillande tabell. / The whole round for a table with its header row, as a spilled table.
 * @customfunction ROUNDTABLE ROUND
 * @helpurl https://localhost:3000/help.html#round
 * @param round_id Omgång: at-2024, at-2022, at-2025 eller beds-2024. / Round: at-2024, at-2022, at-2025 or beds-2024.
 * @param table Tabellen med rubrikrad (Region, Folkmängd, …). / The table with its header row (Region, Population, …).
 * @param [measures] Månadsvärden per mått, ett område per mått med rubrikrad (Region och månader). / Monthly values, one range per measure with its header row (Region and the months).
 * @returns Region, utökning, varje block och totalt. / Region, increase, each block and the total.
 */
export function ROUND(round_id: string, table: any[][], measures?: any[][][]): any[][] {
  try {
    return roundTable(round_id, table, measures);
  } catch (e) {
    return excelError(e);
  }
}
