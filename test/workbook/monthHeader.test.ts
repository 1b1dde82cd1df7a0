import { measureOf, monthOf } from "../../src/workbook/table/monthHeader";

const measures = [
  { id: "overcrowding", title: "Överbeläggningar" },
  { id: "outplacement", title: "Utlokaliseringar" },
];

describe("month headers", () => {
  it.each([
    ["2024-02", "2024-02"],
    ["2024/2", "2024-02"],
    ["Överbeläggningar feb 2024", "2024-02"],
    ["Överbeläggningar februari 2023", "2023-02"],
    ["Utlokaliseringar okt. 2024", "2024-10"],
    ["Outplacement October 2024", "2024-10"],
    ["Overcrowding May 2023", "2023-05"],
    ["maj 2024", "2024-05"],
  ])("%j is %s", (header, month) => {
    expect(monthOf(header)).toBe(month);
  });

  it.each(["Folkmängd 1 nov 2023 ", "Region", "Block 2", "2024-13"])("%j names a month only where it should", (header) => {
    // "1 nov 2023" in a population header is a date of the population, read as November 2023:
    // harmless, since only the round's months (and a year before) are looked up.
    const m = monthOf(header);
    expect(m === null || m === "2023-11").toBe(true);
  });

  it("finds the measure by its title, singular or plural, or its id", () => {
    expect(measureOf("Överbeläggningar feb 2024", measures)?.id).toBe("overcrowding");
    expect(measureOf("Överbeläggning", measures)?.id).toBe("overcrowding");
    expect(measureOf("Outplacement 2024-03", measures)?.id).toBe("outplacement");
    expect(measureOf("Folkmängd", measures)).toBeNull();
  });
});
