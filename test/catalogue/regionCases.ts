import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * Region names and codes as agencies write them (issue 24, items 5 and 6),
 * as one change each to a bundled example whose 21 regions stand in official
 * code order in column A from `first` on, under the header row `first - 1`.
 */
const LETTERS = ["AB", "C", "D", "E", "F", "G", "H", "I", "K", "M", "N", "O", "S", "T", "U", "W", "X", "Y", "Z", "AC", "BD"];
const NUTS = ["SE110", "SE121", "SE122", "SE123", "SE211", "SE212", "SE213", "SE214", "SE221", "SE224", "SE231", "SE232", "SE311", "SE124", "SE125", "SE312", "SE313", "SE321", "SE322", "SE331", "SE332"];
const COUNTY = [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25];
const LANDSTING = [
  "Stockholms läns landsting", "Landstinget i Uppsala län", "Landstinget Sörmland", "Landstinget i Östergötland", "Landstinget i Jönköpings län", "Landstinget Kronoberg", "Landstinget i Kalmar län",
  "Gotlands kommun", "Landstinget Blekinge", "Region Skåne", "Landstinget Halland", "Västra Götalandsregionen", "Landstinget i Värmland", "Örebro läns landsting", "Landstinget Västmanland",
  "Landstinget Dalarna", "Landstinget Gävleborg", "Landstinget Västernorrland", "Jämtlands läns landsting", "Västerbottens läns landsting", "Norrbottens läns landsting",
];
const COUNTIES = ["Stockholms län", "Uppsala län", "Södermanlands län", "Östergötlands län", "Jönköpings län", "Kronobergs län", "Kalmar län", "Gotlands län", "Blekinge län", "Skåne län", "Hallands län", "Västra Götalands län", "Värmlands län", "Örebro län", "Västmanlands län", "Dalarnas län", "Gävleborgs län", "Västernorrlands län", "Jämtlands län", "Västerbottens län", "Norrbottens län"];

const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const sameAll = (cell?: string, warning?: string, warningSv?: string): Outcome => ({ accepted: true, check: "all", cell, warning, warningSv });

/** The cases for an example whose header row is `first - 1`, regions in A`first`…, and a free column `free` right of the table. */
export function regionCases(first: number, free: string, sheetOf: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => ExcelJS.Worksheet = (ws) => ws): Case[] {
  const row = (code: number) => first + COUNTY.indexOf(code);
  /** Every region cell of column A written anew from the region's place in the list. */
  const names = (f: (i: number) => ExcelJS.CellValue) => (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => {
    const s = sheetOf(ws, wb);
    for (let i = 0; i < 21; i++) s.getCell(`A${first + i}`).value = f(i);
  };
  const jh = `A${row(23)}`;
  return [
    // Two-part names, with every separator.
    ...["Jämtland/Härjedalen", "Region Jämtland – Härjedalen", "Jämtland och Härjedalen", "Jämtland & Härjedalen"].map((n): Case => ({ name: `the two-part name written ${n}`, edit: (ws, wb) => void (sheetOf(ws, wb).getCell(jh).value = n), outcome: sameAll() })),
    // Names before 2019, and codes of other systems in the region cells.
    { name: "every region under its landsting name from before 2019", edit: names((i) => LANDSTING[i]), outcome: sameAll() },
    { name: "county letters as the region cells", edit: names((i) => LETTERS[i]), outcome: sameAll() },
    { name: "NUTS 3 codes as the region cells", edit: names((i) => NUTS[i]), outcome: sameAll() },
    { name: "ISO 3166-2 codes as the region cells", edit: names((i) => `SE-${LETTERS[i]}`), outcome: sameAll() },
    { name: "county codes as numbers in the region cells", edit: names((i) => COUNTY[i]), outcome: sameAll() },
    { name: "county letters before the names", edit: names((i) => `${LETTERS[i]} ${COUNTIES[i]}`), outcome: sameAll() },
    { name: "NUTS codes after the names in brackets", edit: names((i) => `${COUNTIES[i]} (${NUTS[i]})`), outcome: sameAll() },
    // Codes of other systems refused where they contradict the name.
    { name: "a county letter before a name that is another region's", edit: (ws, wb) => void (sheetOf(ws, wb).getCell(`A${first}`).value = "C Stockholms län"), outcome: err(`A${first}`, 'the code C is not Stockholm\'s', "koden C hör inte till Stockholm") },
    { name: "a region's county letter twice in a column of letters", edit: names((i) => (i === 2 ? "C" : LETTERS[i])), outcome: err(`A${first + 2}`, "Uppsala appears twice", "Uppsala finns två gånger") },
    { name: "a lone letter among the names, with figures", edit: (ws, wb) => void (sheetOf(ws, wb).getCell(`A${row(3)}`).value = "C"), outcome: err(`A${row(3)}`, '"C" is not a region', '"C" är ingen region') },
  ];
}

/** The cases on the round's own sheet only: code columns before the names, and a second column of region names. */
export function regionColumnCases(sheet: string, first: number, free: string): Case[] {
  const header = first - 1;
  const before = (title: string, f: (i: number) => ExcelJS.CellValue) => (ws: ExcelJS.Worksheet) => {
    ws.spliceColumns(1, 0, []);
    ws.getCell(`A${header}`).value = title;
    for (let i = 0; i < 21; i++) ws.getCell(`A${first + i}`).value = f(i);
  };
  const beside = (title: string, f: (i: number) => ExcelJS.CellValue) => (ws: ExcelJS.Worksheet) => {
    ws.getCell(`${free}${header}`).value = title;
    for (let i = 0; i < 21; i++) ws.getCell(`${free}${first + i}`).value = f(i);
  };
  const contacts = ["Region Skåne", "Region Skåne", "Region Uppsala"];
  return [
    { name: "a county-code column of numbers before the names", edit: before("Länskod", (i) => COUNTY[i]), outcome: sameAll() },
    { name: "a county-code column of text before the names", edit: before("Kod", (i) => String(COUNTY[i]).padStart(2, "0")), outcome: sameAll() },
    { name: "a county-letter column before the names", edit: before("Länsbokstav", (i) => LETTERS[i]), outcome: sameAll() },
    { name: "a NUTS column before the names", edit: before("NUTS-kod", (i) => NUTS[i]), outcome: sameAll() },
    {
      name: "a county code that is another region's than the name beside it",
      edit: before("Länskod", (i) => (i === 2 ? 5 : COUNTY[i])),
      outcome: err(`A${first + 2}`, `the code 5 is Östergötland's, but '${sheet}'!B${first + 2} in the same row names Södermanland`, "koden 5 hör till Östergötland, men"),
    },
    { name: "a county-code column with what is no county's code", edit: before("Länskod", (i) => (i === 1 ? 2 : COUNTY[i])), outcome: err(`A${first + 1}`, "2 is not the code of any county", "2 är inte koden för något län") },
    {
      name: "a second column of region names: the contact persons' regions",
      edit: beside("Kontaktpersonens region", (i) => contacts[i % 3]),
      outcome: sameAll(`A${header}`, `the regions are read from the column A "Region", which alone lists each region once; not from ${free} "Kontaktpersonens region"`, "som ensam tar upp varje region en gång"),
    },
    {
      name: "a second column of names, the counties, naming the same regions",
      edit: beside("Län", (i) => COUNTIES[i]),
      outcome: sameAll(`A${header}`, "which names the same region as the others in every row", "anger samma region som de andra på varje rad"),
    },
    { name: "a column of contact persons headed with the region", edit: beside("Regionens kontaktperson", (i) => `Person ${i + 1}`), outcome: sameAll(`A${header}`, 'not from L "Regionens kontaktperson"'.replace("L", free), "som ensam tar upp varje region en gång") },
    {
      name: "two columns of names, each listing every region once, naming other regions in a row",
      edit: beside("Län", (i) => COUNTIES[i === 0 ? 1 : i === 1 ? 0 : i]),
      outcome: err(`${free}${first}`, "2 columns list each region once", "2 kolumner tar upp varje region en gång"),
    },
    {
      name: "two columns of names, neither listing each region once",
      edit: (ws) => {
        beside("Kontaktpersonens region", (i) => contacts[i % 3])(ws);
        ws.getCell(`A${first + 6}`).value = ws.getCell(`A${first + 5}`).value;
      },
      outcome: err(`${free}${header}`, "2 columns look like the region's", "2 kolumner ser ut att ange regionen"),
    },
    {
      name: "a misspelt name beside a column of contact persons headed with the region",
      edit: (ws) => {
        beside("Regionens kontaktperson", (i) => `Person ${i + 1}`)(ws);
        ws.getCell(`A${first + 5}`).value = "Region Kronobergg";
      },
      outcome: err(`A${first + 5}`, '"Region Kronobergg" is not a region', '"Region Kronobergg" är ingen region'),
    },
    { name: "a stray letter in a note row under the table", edit: (ws) => void (ws.getCell(`A${first + 22}`).value = "C"), outcome: sameAll() },
  ];
}
