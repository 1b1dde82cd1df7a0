import type { CellValue } from "../../src/workbook/sheet/cell";
import { codeInCell, isCodeColumn } from "../../src/workbook/values/regionCodes";
import { FORMER_NAMES, REGIONS, matchRegion, readRegionName } from "../../src/workbook/values/regions";
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

describe("region names as agencies write them", () => {
  const code = (text: string) => matchRegion(text)?.code ?? null;

  it.each(["Jämtland/Härjedalen", "Jämtland / Härjedalen", "Jämtland–Härjedalen", "Jämtland—Härjedalen", "Jämtland och Härjedalen", "Jämtland & Härjedalen", "Jämtland+Härjedalen", "Region Jämtland/Härjedalen", "JämtlandHärjedalen", "Jämtland Härjedalens län", "Region Jämtland och Härjedalen"])(
    "a two-part name with any separator: %s",
    (text) => expect(code(text)).toBe("23"),
  );

  it("a two-part name's separators work for every multi-word name", () => {
    for (const text of ["Västra/Götaland", "Västra-Götalands län", "Västra – Götalandsregionen", "Västra Götaland region"]) expect(code(text)).toBe("14");
  });

  it.each([
    ["Stockholms läns landsting", "01"], ["SLL", "01"], ["Landstinget i Uppsala län", "03"], ["Landstinget Sörmland", "04"], ["Landstinget i Södermanlands län", "04"],
    ["Landstinget i Östergötland", "05"], ["Landstinget i Jönköpings län", "06"], ["Landstinget Kronoberg", "07"], ["Landstinget i Kalmar län", "08"], ["Gotlands kommun", "09"],
    ["Landstinget Blekinge", "10"], ["Landstinget Halland", "13"], ["Landstinget i Värmland", "17"], ["Örebro läns landsting", "18"], ["Landstinget Västmanland", "19"],
    ["Landstinget Dalarna", "20"], ["Kopparbergs läns landsting", "20"], ["Landstinget Gävleborg", "21"], ["Landstinget Västernorrland", "22"], ["Jämtlands läns landsting", "23"],
    ["Västerbottens läns landsting", "24"], ["Norrbottens läns landsting", "25"], ["Region Västra Götaland", "14"], ["Region Jämtland Härjedalen", "23"],
  ])("a region's name before it became a region: %s", (text, want) => expect(code(text)).toBe(want));

  it("the patterns of the old names read every region, in any of its spellings", () => {
    for (const r of REGIONS) {
      const place = r.aliases.find((a) => / län$/.test(a))!.replace(/ län$/, "");
      expect([code(`Landstinget i ${place} län`), code(`${place} läns landsting`.replace(/ss läns/, "s läns")), code(`Landstinget ${r.name}`), code(`${r.name} County Council`)]).toEqual([r.code, r.code, r.code, r.code]);
    }
  });

  it("agencies' English and unaccented spellings", () => {
    expect(code("Jamtland Harjedalen")).toBe("23");
    expect(code("Skane County")).toBe("12");
    expect(code("Orebro lan")).toBe("18");
    expect(code("Region of Vastra Gotaland")).toBe("14");
  });

  it("codes written with the name, of every system, and whether they agree", () => {
    const read = (t: string) => {
      const n = readRegionName(t);
      return n && [n.region.code, n.written?.system ?? null, n.code];
    };
    expect(read("AB Stockholms län")).toEqual(["01", "letter", "01"]);
    expect(read("C - Uppsala")).toEqual(["03", "letter", "03"]);
    expect(read("SE110 Stockholms län")).toEqual(["01", "nuts", "01"]);
    expect(read("SE-Z Jämtland")).toEqual(["23", "letter", "23"]);
    expect(read("Skåne (M)")).toEqual(["12", "letter", "12"]);
    expect(read("Uppsala län (03)")).toEqual(["03", "county", "03"]);
    expect(read("01. Stockholm")).toEqual(["01", "county", "01"]);
    // Another region's code: read, so the row can be refused naming it.
    expect(read("C Stockholm")).toEqual(["01", "letter", "03"]);
    expect(read("02 Stockholm")).toEqual(["01", "county", ""]);
    // No code: a lower-case "i" is a word, a letter of no county is not a code.
    expect(read("Landstinget i Kalmar län")).toEqual(["08", null, null]);
    expect(read("Region Stockholm (a)")).toEqual(["01", null, null]);
  });

  it("match no name that joins two regions, a municipality or a part of a region alone", () => {
    for (const t of ["Stockholm och Uppsala", "Stockholm/Gotland", "Uppsala kommun", "Härjedalen", "Landstinget", "Region", "Län", "Malmöhus läns landsting", "C", "SE110"]) expect(code(t)).toBeNull();
  });

  it("no spelling, old or new, is read as two regions", () => {
    for (const r of REGIONS) for (const n of FORMER_NAMES[r.code] ?? []) expect(code(n)).toBe(r.code);
  });
});

describe("region codes of other systems", () => {
  it("read the county letters, NUTS 3 and ISO codes of all 21, and nothing else", () => {
    const letters = ["AB", "C", "D", "E", "F", "G", "H", "I", "K", "M", "N", "O", "S", "T", "U", "W", "X", "Y", "Z", "AC", "BD"];
    const nuts = ["SE110", "SE121", "SE122", "SE123", "SE211", "SE212", "SE213", "SE214", "SE221", "SE224", "SE231", "SE232", "SE311", "SE124", "SE125", "SE312", "SE313", "SE321", "SE322", "SE331", "SE332"];
    expect(letters.map((l) => codeInCell(l, true)?.county)).toEqual(REGIONS.map((r) => r.code));
    expect(nuts.map((l) => codeInCell(l, false)?.county)).toEqual(REGIONS.map((r) => r.code));
    expect(letters.map((l) => codeInCell(`SE-${l}`, false)?.county)).toEqual(REGIONS.map((r) => r.code));
    expect(REGIONS.map((r) => codeInCell(Number(r.code), true)?.county)).toEqual(REGIONS.map((r) => r.code));
    expect(REGIONS.map((r) => codeInCell(r.code, true)?.county)).toEqual(REGIONS.map((r) => r.code));
    // A bare code only where the column is one of codes.
    expect(codeInCell("C", false)).toBeNull();
    expect(codeInCell(3, false)).toBeNull();
    // The form of a code, but no county's.
    expect(codeInCell(2, true)?.county).toBeNull();
    expect(codeInCell("SE999", false)?.county).toBeNull();
    expect(codeInCell("A", true)).toBeNull();
    expect(codeInCell("c", true)).toBeNull();
    expect(codeInCell(3.5, true)).toBeNull();
  });

  it("take a column as one of codes only when it holds no region name", () => {
    const sheet = (col: CellValue[]) => ({ name: "s", values: [["Region"], ...col.map((v) => [v])] });
    const isName = (t: string) => readRegionName(t) !== null;
    expect(isCodeColumn(sheet(["AB", "C", "D", "Summa"]), 0, 0, isName)).toBe(true);
    expect(isCodeColumn(sheet([1, 3, "04"]), 0, 0, isName)).toBe(true);
    expect(isCodeColumn(sheet(["Region Stockholm", "Region Uppsala", "C", "I"]), 0, 0, isName)).toBe(false);
    expect(isCodeColumn(sheet(["C", "Regioner som inte ansökt får inga medel."]), 0, 0, isName)).toBe(false);
  });
});
