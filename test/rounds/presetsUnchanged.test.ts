import path from "node:path";
import { runCli } from "../helpers/workbooks";

/**
 * A regression guard, not a source of truth: every preset's amounts on its
 * bundled example, recorded before the round format grew fixed amounts, caps,
 * top-N, sub-pots and per-unit pay (issue 16). The published 2024 figures are
 * checked against the data files elsewhere; this only says nothing moved.
 */
const EXAMPLES: [string, string][] = [
  ["at-2024", "at-2024-handlaggning.xlsx"],
  ["at-2022", "at-2022-exempel.xlsx"],
  ["at-2025", "at-2025-exempel.xlsx"],
  ["beds-2024", "beds-2024-exempel.xlsx"],
];

describe.each(EXAMPLES)("the preset %s on %s", (round, file) => {
  it("gives the same amounts as before issue 16", async () => {
    const run = await runCli("compute", path.join(__dirname, "..", "..", "examples", file), "--round", round, "--json");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { regions: { code: string; amounts: Record<string, number> }[]; blocks: unknown; totals: unknown };
    const amounts = Object.fromEntries(out.regions.map((r) => [r.code, r.amounts]));
    expect({ amounts, blocks: out.blocks, totals: out.totals }).toMatchSnapshot();
  });
});
