import { render } from "../../src/messages/message";
import { parseNumber } from "../../src/workbook/values/parseNumber";
import { parsePlanned } from "../../src/workbook/values/parsePlanned";
import { parseYesNo } from "../../src/workbook/values/parseYesNo";
import { readCsv } from "../helpers/csv";

const num = (v: Parameters<typeof parseNumber>[0]) => {
  const p = parseNumber(v);
  return p.ok ? p.value.toString() : `ERR ${render(p.problem, "en")}`;
};
const planned = (v: Parameters<typeof parsePlanned>[0]) => {
  const p = parsePlanned(v);
  return p.ok ? p.value.value.toString() : `ERR ${render(p.problem, "en")}`;
};

describe("parseNumber", () => {
  it.each([
    [2455914, "2455914"],
    ["2 455 914", "2455914"],
    ["2\u00a0455\u00a0914", "2455914"],
    ["2\u202f455\u202f914", "2455914"],
    ["86,5", "86.5"],
    ["86.5", "86.5"],
    ["1 234,5", "1234.5"],
    ["2,455,914", "2455914"],
    ["1,234.5", "1234.5"],
    ["  42 ", "42"],
    ["−3", "-3"],
    ["-2,5", "-2.5"],
  ])("reads %j as %s", (input, expected) => {
    expect(num(input)).toBe(expected);
  });

  it.each([
    ["tjugo", /"tjugo" is not a number/],
    ["", /is empty/],
    [null, /is empty/],
    ["1,234", /ambiguous/],
    ["12 34", /is not a number/],
    [{ error: "#N/A" }, /error #N\/A/],
    ["#REF!", /error #REF!/],
    [true, /not a number/],
  ])("refuses %j", (input, problem) => {
    expect(num(input as Parameters<typeof parseNumber>[0])).toMatch(problem);
  });
});

describe("parsePlanned", () => {
  it.each([
    [86, "86"],
    ["86,5", "86.5"],
    ["84–89", "86.5"],
    ["84-89", "86.5"],
    ["84 – 89", "86.5"],
    ["50–55", "52.5"],
    ["48–50", "49"],
    ["46 (ev. 48)", "47"],
    ["46 (ev. +)", "46"],
    ["28 (EV.+)", "28"],
  ])("reads %j as %s", (input, expected) => {
    expect(planned(input)).toBe(expected);
  });

  it("says how a text cell was read", () => {
    const p = parsePlanned("84–89");
    expect(p.ok && p.value.reading?.en).toBe('"84–89" read as the midpoint of the range, 86.5');
  });

  it.each([
    ["I.U", /ingen uppgift/],
    ["i.u.", /ingen uppgift/],
    ["89–84", /backwards/],
    ["cirka 50", /not a planned value/],
    ["", /empty/],
  ])("refuses %j", (input, problem) => {
    expect(planned(input)).toMatch(problem);
  });

  it("reads every cell of the 2020–2024 planning table except I.U", () => {
    const rows = readCsv("at-planning-2020-2024.csv");
    const cells = rows.flatMap((r) => ["planned_2021", "planned_2022", "planned_2023", "planned_2024"].map((k) => r[k]));
    const refused = cells.filter((c) => !parsePlanned(c).ok);
    expect(refused).toEqual(["I.U"]);
  });
});

describe("parseYesNo", () => {
  it.each([
    ["Ja", true], ["Nej", false], ["yes", true], ["no", false], ["x", true], ["", false], [null, false], [true, true], [false, false], ["TRUE", true], ["FALSKT", false],
  ])("reads %j as %s", (input, expected) => {
    const p = parseYesNo(input as Parameters<typeof parseYesNo>[0]);
    expect(p.ok && p.value).toBe(expected);
  });
  it("refuses anything else", () => {
    const p = parseYesNo("kanske");
    expect(p.ok).toBe(false);
  });
});
