import { matchRegion } from "../../src/workbook/values/regions";
import { readCsv } from "../helpers/csv";
import { EXAMPLE, runCli } from "../helpers/workbooks";

/**
 * The published 2024 AT outcome (Socialstyrelsen's report, at-2024-outcome.csv),
 * reproduced from the officer's workbook as bundled. The figures come from the
 * data file, never from our own output.
 */
describe("AT 2024 from the bundled workbook against the published outcome", () => {
  const published = readCsv("at-2024-outcome.csv");
  let json: {
    round: string;
    regions: { code: string; name: string; increase: number | null; amounts: Record<string, number> }[];
    totals: Record<string, number>;
    warnings: string[];
  };

  beforeAll(async () => {
    const run = await runCli("compute", EXAMPLE, "--round", "at-2024", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout);
  });

  it("lists all 21 regions of the table with their official codes", () => {
    expect(json.round).toBe("at-2024");
    expect(json.regions).toHaveLength(21);
    expect(new Set(json.regions.map((r) => r.code)).size).toBe(21);
  });

  it.each(readCsv("at-2024-outcome.csv").map((r) => [r.region, r]))("%s: block 1, block 2 and total within 1 kr", (_, row) => {
    const code = matchRegion(row.region)?.code;
    const ours = json.regions.find((r) => r.code === code);
    expect(ours).toBeDefined();
    for (const [key, column] of [["block1", "block1"], ["block2", "block2"], ["total", "total"]] as const) {
      expect(Math.abs(ours!.amounts[key] - Number(row[column]))).toBeLessThanOrEqual(1);
    }
    if (row.increase !== "") expect(ours!.increase).toBe(Number(row.increase));
    else expect(ours!.increase).toBeNull();
  });

  it("reproduces every block-2 amount exactly (the spec says the method does)", () => {
    for (const row of published) {
      const ours = json.regions.find((r) => r.code === matchRegion(row.region)?.code);
      expect(ours!.amounts.block2).toBe(Number(row.block2));
    }
  });

  it("has block and grand totals exactly as published", () => {
    const sum = (col: string) => published.reduce((s, r) => s + Number(r[col]), 0);
    expect(json.totals.block1).toBe(sum("block1"));
    expect(json.totals.block2).toBe(sum("block2"));
    expect(json.totals.total).toBe(sum("total"));
    expect([json.totals.block1, json.totals.block2, json.totals.total]).toEqual([63000000, 160000000, 223000000]);
  });

  it("has no warnings on the officer's workbook", () => {
    expect(json.warnings).toEqual([]);
  });
});
