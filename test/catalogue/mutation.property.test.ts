import { checkMutationLaw, type MutationSubject } from "./mutationLaw";
import { at2022, at2024, at2025, beds2024, kortaVardkoerna2025, tillganglighet2025 } from "./mutationSubjects";

/**
 * The mutation law (see mutationLaw.ts) over every bundled example: a random
 * change to a good workbook gives the same amounts, or a changed input named
 * in an explanation or a warning, or a refusal with a cell.
 */

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
   * This law found, on the measure sheets before they were read strictly (issue 24, item 3): a region missing from a sheet
   * or listed twice, a reference-year month lost or typed twice, each moving amounts with exit 0 and no warning. Kept as a
   * guard: the measure sheets are read as strictly as the main table.
   */
  it("hospital beds 2024, its measure sheets Överbeläggningar and Utlokaliseringar as well", () => checkMutationLaw(beds2024, { numRuns: ROUND, moreThan: SOME }));

  it("tillgänglighet 2025 (a round file)", () => checkMutationLaw(tillganglighet2025, { numRuns: ROUND, moreThan: { same: 100, told: 10, refused: 30 } }));

  it("korta vårdköerna 2025 (a round file with columns of its own)", () => checkMutationLaw(kortaVardkoerna2025, { numRuns: ROUND, moreThan: { ...SOME, told: 20 } }));
});
