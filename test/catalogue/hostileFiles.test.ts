import { sofficePath } from "../helpers/libreoffice";
import { ensureCliBuilt } from "../helpers/measured";
import { HOSTILE_CASES } from "./hostileFiles";
import { MEMORY_BUDGET, figures, tryCase } from "./hostileJudge";

/**
 * The hostile catalogue (issue 28), each case through the built CLI in a child process: the
 * refusal or the populations LibreOffice shows, the file unchanged, and peak memory within the
 * budget. Times are printed, never asserted (bench/hostile.ts tabulates them).
 */

/**
 * Cases that fail TODAY, with what they do (fixes under way): skipped here, kept in the
 * catalogue and in `npm run bench:hostile`. Delete an entry when its fix lands.
 */
const KNOWN_FAILING: Record<string, string> = {
  "foreign-cell": "reads <zz:c r=B5> as Stockholm's population: 1 200 000 computed where LibreOffice shows 2 455 914",
  "ignorable-cell": "the same under mc:Ignorable: 1 200 000 computed where LibreOffice shows 2 455 914",
  "cell-in-other-row": "reads B6 (404 714) in row 5 as Stockholm's population; refused by the plausibility check of C5, not read at B6",
  "rich-text-and-plain": "reads only the plain part 'Region ' of 'Region Stockholm': refused, A5 is not a region",
  "part-name-case": "reads xl/worksheets/Sheet1.xml (the last of two names equal but for case): 1 200 000 where LibreOffice shows 2 455 914",
  "hex-number": "reads <v>0x25796A</v> as 2 455 914 where LibreOffice shows 0",
  "binary-number": "reads <v>0b…</v> as 2 455 914 where LibreOffice shows 0",
  "row-fraction": 'computes without Stockholm (row r="5.5" silently dropped); LibreOffice shows it',
  "row-negative": 'computes without Stockholm (row r="-5" silently dropped); LibreOffice shows it',
  "duplicate-attribute": "computes a sheet that is not well-formed XML",
  "foreign-default-namespace": "computes a sheet that is not SpreadsheetML",
  "bomb-small-parts": "computes: 190 parts of 1 MB − 1 zeros (221 kB → 190 MB) pass the per-part ratio rule",
  "bomb-overlapping": "computes: 190 central entries sharing one local entry are not told apart",
  "bomb-lying-sizes": "computes: parts declaring 1 000 bytes that inflate to 100 MB each pass (copied on unread)",
  "merge-whole-sheet": "takes 40–50 s at 116 MB (killed at 60 s under load), then refused as 'no sheet has a table of regions' though LibreOffice shows all 21",
  "row-billion": "runs out of memory: V8 heap exhausted (exit 134) after ~30 s at 2.3–2.4 GB peak",
  "array-formula-whole-sheet": "hangs at 61 MB (CPU-bound): killed after 60 s",
  "declarations-1M": "computes a sheet that is not well-formed, after 50–58 s at 100 MB (the scanner is quadratic)",
  "formula-chain-1000": "computed right but in 43–47 s (killed at 60 s under load): the stale-result pass re-scans the chain, cubic",
  "numbers-20000x300": "runs out of memory: V8 heap exhausted (exit 134) after 20–45 s at 1.8 GB peak",
  "shared-strings-4M": "runs out of memory: V8 heap exhausted (exit 134) after 20–36 s at 1.8 GB peak",
  "declared-dimension-gnumeric": "refused: 'the sheet file sheet1.xml has 1048576 rows', though the table has 29",
};

const soffice = sofficePath();

beforeAll(() => ensureCliBuilt(), 300000);

describe("hostile files: refused, or read as LibreOffice shows them, within the memory budget", () => {
  it("has a case of every kind the issue lists", () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(24);
    const ids = new Set(HOSTILE_CASES.map((c) => c.id));
    expect(ids.size).toBe(HOSTILE_CASES.length);
    // A KNOWN_FAILING entry naming no case would hide nothing and mislead.
    expect(Object.keys(KNOWN_FAILING).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(HOSTILE_CASES.filter((c) => !(c.id in KNOWN_FAILING)).map((c) => [c.id, c] as const))(
    "%s",
    (_, c) => {
      const t = tryCase(c, soffice);
      console.log(figures(t));
      expect(t.problems).toEqual([]);
      if (t.run.peakRss !== null) expect(t.run.peakRss).toBeLessThan(MEMORY_BUDGET);
    },
    240000,
  );

  // Listed as skipped, so a run shows what is still open.
  for (const [id, why] of Object.entries(KNOWN_FAILING)) it.skip(`KNOWN_FAILING ${id}: ${why}`, () => undefined);
});
