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

  it("AT 2024", () => checkMutationLaw(at2024, { numRuns: 1500, moreThan: { same: 100, told: 20, refused: 100 } }));

  it("AT 2022", () => checkMutationLaw(at2022, { numRuns: ROUND, moreThan: SOME }));

  it("AT 2025", () => checkMutationLaw(at2025, { numRuns: ROUND, moreThan: SOME }));

  it("hospital beds 2024, its main table", () => checkMutationLaw(only(beds2024, ["Vårdplatser 2024"]), { numRuns: ROUND, moreThan: SOME }));

  /*
   * Known gaps (issue 24, item 3), found by this law on the code of commit 4b42684. Each moves amounts with exit 0 and no
   * warning; the only trace is a line of a region's notes gone or its range shifted. Minimal counterexamples (fast-check):
   *  - a region missing from a measure sheet: `row 4 deleted on 'Utlokaliseringar'` (Stockholm's outplacement months read
   *    as empty: its total 565 247 784 → 390 206 885 kr); the same for a region's name made a non-region (A23 := "Riket");
   *  - a region listed twice on a measure sheet: `row 5 inserted on 'Utlokaliseringar' with A5 = "Stockholms län"` (the later,
   *    empty row is read for Stockholm: the same 175 MSEK lost), or 'Överbeläggningar'!A22 := "Region Gotland" (Jämtland gone);
   *  - a month of the reference year lost: `Utlokaliseringar!B3 := 0` (or "", "..", "2024-11", "2023-10" typed twice): every
   *    region's February 2023 is read as no figure, so February 2024 cannot be an improvement; only the round's own months
   *    are checked for presence.
   * Switch on with FORDELA_KNOWN_GAPS=1 once the measure sheets are read as strictly as the main table.
   */
  knownGap("hospital beds 2024, its measure sheets Överbeläggningar and Utlokaliseringar as well", () => checkMutationLaw(beds2024, { numRuns: ROUND, moreThan: SOME }));

  it("tillgänglighet 2025 (a round file)", () => checkMutationLaw(tillganglighet2025, { numRuns: ROUND, moreThan: { same: 100, told: 10, refused: 30 } }));

  it("korta vårdköerna 2025 (a round file with columns of its own)", () => checkMutationLaw(kortaVardkoerna2025, { numRuns: ROUND, moreThan: { ...SOME, told: 20 } }));
});
