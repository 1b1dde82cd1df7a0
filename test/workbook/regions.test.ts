import { REGIONS, matchRegion } from "../../src/workbook/regions";
import { readCsv } from "../helpers/csv";

describe("regions", () => {
  const csv = readCsv("regions.csv");

  it("are the 21 of regions.csv, in official code order, with every spelling", () => {
    expect(REGIONS.map((r) => [r.code, r.name, r.officialName, r.aliases.join("|")])).toEqual(
      csv.map((r) => [r.code, r.name, r.official_name, r.aliases]),
    );
  });

  it("match every spelling in regions.csv, ignoring case and surrounding spaces", () => {
    for (const row of csv) {
      for (const spelling of [row.name, row.official_name, ...row.aliases.split("|")]) {
        expect(matchRegion(spelling)?.code).toBe(row.code);
        expect(matchRegion(`  ${spelling.toUpperCase()} `)?.code).toBe(row.code);
      }
    }
  });

  it("match the spellings of the workbook and the data files", () => {
    expect(matchRegion("Västra Götalandsregionen")?.code).toBe("14");
    expect(matchRegion("VGR")?.code).toBe("14");
    expect(matchRegion("Jämtland-Härjedalen")?.code).toBe("23");
    expect(matchRegion("Jämtland – Härjedalen")?.code).toBe("23");
    expect(matchRegion("Region Jönköpings län")?.code).toBe("06");
    for (const r of readCsv("at-2024-outcome.csv")) expect(matchRegion(r.region)).not.toBeNull();
    for (const r of readCsv("at-planning-2020-2024.csv")) expect(matchRegion(r.region)?.code).toBe(r.code);
  });

  it("match nothing else", () => {
    expect(matchRegion("Summa")).toBeNull();
    expect(matchRegion("Region Stockhol")).toBeNull();
    expect(matchRegion("")).toBeNull();
  });
});
