import { checkMutationLaw, type MutationSubject } from "./mutationLaw";
import { at2022, at2024, at2025, beds2024, kortaVardkoerna2025, tillganglighet2025 } from "./mutationSubjects";

/**
 * The mutation law (see mutationLaw.ts) over every bundled example: a random
 * change to a good workbook gives the same amounts, or a changed input named
 * in an explanation or a warning, or a refusal with a cell.
 */

/** A law the current code is known to break: skipped (jest lists it as skipped) unless FORDELA_KNOWN_GAPS=1. */
const knownGap = process.env.FORDELA_KNOWN_GAPS ? it : it.skip;

const ROUND = 500;
const SOME = { same: 100, told: 10, refused: 40 };

const only = (subject: MutationSubject, sheets: string[]): MutationSubject => ({ ...subject, sheets: subject.sheets.filter((s) => sheets.includes(s.name)) });

describe("a random change to a bundled example gives the same amounts, or is told where the amounts change, or is refused with a cell", () => {
  jest.setTimeout(60_000);

  it("AT 2024", () => checkMutationLaw(at2024, { numRuns: 1500, atLeast: { same: 100, told: 20, refused: 100 } }));

  it("AT 2022", () => checkMutationLaw(at2022, { numRuns: ROUND, atLeast: SOME }));

  it("AT 2025", () => checkMutationLaw(at2025, { numRuns: ROUND, atLeast: SOME }));

  it("hospital beds 2024, its main table", () => checkMutationLaw(only(beds2024, ["Vårdplatser 2024"]), { numRuns: ROUND, atLeast: SOME }));

  /*
   * Known gaps (issue 24, item 3), found by this law on the code of this commit; each moves amounts with exit 0 and no warning:
   *  - a region row deleted on a measure sheet ("row 5 deleted on 'Överbeläggningar'": Uppsala's months read as empty);
   *  - a region listed twice on a measure sheet (a row inserted with A5 = "Region Gotland", or 'Överbeläggningar'!A22 := "Region Gotland"):
   *    the later row is read for that region and the region it replaced has no months;
   *  - a region's name on a measure sheet made a non-region ('Överbeläggningar'!A23 := "Riket"): that region read as without months;
   *  - a month header of the reference year changed or typed twice ('Överbeläggningar'!C3 := -1.2, := "..", := "2023-10"):
   *    the same month a year before is then missing, and only the round's own months are checked.
   * Switch on with FORDELA_KNOWN_GAPS=1 once the measure sheets are read as strictly as the main table.
   */
  knownGap("hospital beds 2024, its measure sheets Överbeläggningar and Utlokaliseringar as well", () => checkMutationLaw(beds2024, { numRuns: ROUND, atLeast: SOME }));

  it("tillgänglighet 2025 (a round file)", () => checkMutationLaw(tillganglighet2025, { numRuns: ROUND, atLeast: { same: 100, told: 10, refused: 30 } }));

  it("korta vårdköerna 2025 (a round file with columns of its own)", () => checkMutationLaw(kortaVardkoerna2025, { numRuns: ROUND, atLeast: { ...SOME, told: 20 } }));
});
