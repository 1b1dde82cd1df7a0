import type ExcelJS from "exceljs";
import type { Case, Outcome } from "./cases";

/**
 * The table's shape (issue 24, item 6): headers split over two rows without a
 * merge, another year's table on the same sheet, a column of figures without
 * a header, a column of totals. Each case is one change to a bundled example,
 * built from its layout so the same forms run on every AT round.
 */
export interface Layout {
  /** 1-based rows: the header, the first and last region rows; the table's width in columns. */
  header: number;
  first: number;
  last: number;
  width: number;
  /** The round's year and the year before, as the headers and titles write them. */
  year: number;
  /** 1-based columns of the figures an older table has other values in (so reading it would change the amounts). */
  figures: number[];
}

type Edit = (ws: ExcelJS.Worksheet) => void;
const err = (cell: string, error: string, sv?: string): Outcome => ({ error, cell, sv });
const sameAll = (cell?: string, warning?: string, warningSv?: string): Outcome => ({ accepted: true, check: "all", cell, warning, warningSv });
const col = (letter: string) => letter.charCodeAt(0) - 64;
const A1 = (r: number, c: number) => `${String.fromCharCode(64 + c)}${r}`;

/** Last year's copy of a cell: its year one less, its figures other ones. */
function lastYear(L: Layout, value: ExcelJS.CellValue, c: number): ExcelJS.CellValue {
  if (value && typeof value === "object") return null;
  if (typeof value === "string") return value.replace(String(L.year), String(L.year - 1));
  return typeof value === "number" && L.figures.includes(c) ? value + 3 : value;
}

/** Last year's table above this year's, each under a title naming its year, or with years only in its headers. */
function tableAbove(L: Layout, titles: boolean, headers: (ws: ExcelJS.Worksheet, row: number) => void = () => undefined): Edit {
  return (ws) => {
    const n = L.last - L.header + 4;
    ws.spliceRows(L.header, 0, ...Array.from({ length: n }, () => []));
    for (let r = L.header; r <= L.last; r++) for (let c = 1; c <= L.width; c++) ws.getCell(r, c).value = lastYear(L, ws.getCell(r + n, c).value, c);
    if (titles) (ws.getCell(L.header - 1, 1).value = `Fördelning ${L.year - 1}`), (ws.getCell(L.header + n - 1, 1).value = `Fördelning ${L.year}`);
    headers(ws, L.header);
    headers(ws, L.header + n);
  };
}

/** Last year's table beside this year's, one empty column between, to the right (or, moving this year's right, to the left). */
function tableBeside(L: Layout, left: boolean, titles: boolean, headers: (ws: ExcelJS.Worksheet, offset: number) => void = () => undefined): Edit {
  return (ws) => {
    const off = L.width + 2;
    if (left) ws.spliceColumns(1, 0, ...Array.from({ length: off }, () => []));
    const [thisYear, other] = left ? [off, 0] : [0, off];
    for (let r = L.header; r <= L.last; r++) for (let c = 1; c <= L.width; c++) ws.getCell(r, c + other).value = lastYear(L, ws.getCell(r, c + thisYear).value, c);
    if (titles) (ws.getCell(L.header - 1, 1 + other).value = `Fördelning ${L.year - 1}`), (ws.getCell(L.header - 1, 1 + thisYear).value = `Fördelning ${L.year}`);
    headers(ws, thisYear);
    headers(ws, other);
  };
}

/** A group header typed over the first of two columns, the years under it: last year's figures in the first, this year's in the second. */
function yearsUnderGroup(L: Layout, letter: string, group: string): Edit {
  return (ws) => {
    const c = col(letter);
    ws.spliceColumns(c + 1, 0, []);
    ws.getCell(L.header - 1, c).value = group;
    ws.getCell(L.header, c).value = L.year - 1;
    ws.getCell(L.header, c + 1).value = L.year;
    for (let r = L.first; r <= L.last; r++) {
      const v = ws.getCell(r, c).value;
      ws.getCell(r, c + 1).value = v;
      ws.getCell(r, c).value = typeof v === "number" ? v + 3 : v;
    }
  };
}

const set = (cells: Record<string, ExcelJS.CellValue>): Edit => (ws) => {
  for (const [cell, value] of Object.entries(cells)) ws.getCell(cell).value = value;
};
const REF = { error: "#REF!" } as ExcelJS.CellErrorValue;
const NAME = { error: "#NAME?" } as ExcelJS.CellErrorValue;

/** The forms on the 2024 workbook (header row 4, regions 5–25, A–J). */
export function at2024Cases(): Case[] {
  const L: Layout = { header: 4, first: 5, last: 25, width: 10, year: 2024, figures: [3, 4, 5] };
  const plain = (ws: ExcelJS.Worksheet, at: number) => set({ [A1(4, 3 + at)]: "Planerade", [A1(4, 4 + at)]: "Tillsatta", [A1(4, 5 + at)]: "Påbörjade" })(ws);
  const plainRow = (ws: ExcelJS.Worksheet, row: number) => set({ [A1(row, 3)]: "Planerade", [A1(row, 4)]: "Tillsatta", [A1(row, 5)]: "Påbörjade" })(ws);
  return [
    // (a) A header split over two rows, not merged.
    { name: "a group header over the first of its columns only, the years under it", edit: (ws) => (yearsUnderGroup(L, "D", "Tillsatta AT")(ws), yearsUnderGroup(L, "F", "Påbörjade AT")(ws)), outcome: sameAll("E4", 'the filled posts is read from E "Tillsatta AT 2024", because it names the round\'s year 2024', "tillsatta läses från E") },
    { name: "a group header over its first column, the sub-headers naming inputs", edit: set({ D3: "Antal AT 2024", D4: "Tillsatta", E4: "Påbörjade" }), outcome: sameAll() },
    { name: "years as group headers over the first column each: this year's and last year's", edit: (ws) => { ws.spliceColumns(6, 0, [], []); set({ D3: 2024, F3: 2023, D4: "Tillsatta", E4: "Påbörjade", F4: "Tillsatta", G4: "Påbörjade" })(ws); for (let r = 5; r <= 25; r++) for (const [s, t] of [["D", "F"], ["E", "G"]]) { const v = ws.getCell(`${s}${r}`).value; ws.getCell(`${t}${r}`).value = typeof v === "number" ? v + 7 : v; } }, outcome: sameAll("E4", 'the started posts is read from E "2024 Påbörjade"') },
    { name: "a word broken over two rows: Folk- over mängd", edit: set({ B3: "Folk-", B4: "mängd" }), outcome: sameAll() },
    { name: "a single header above its sub-header: Folkmängd over 1 nov 2023", edit: set({ B3: "Folkmängd", B4: "1 nov 2023" }), outcome: sameAll() },
    { name: "a single header above its sub-header: Planerade over enligt underlag", edit: set({ C3: "Planerade AT 2024", C4: "enligt underlag" }), outcome: sameAll() },
    { name: "the region header in the row above, its cell below empty", edit: set({ A3: "Region", A4: null, B3: "Folkmängd", B4: "1 nov 2023" }), outcome: sameAll() },
    // (b) Another year's table on the same sheet.
    { name: "last year's table above, titles name the years", edit: tableAbove(L, true, plainRow), outcome: sameAll("A4", "a table for 2023 is here too; it is not read, because the table at 'Fördelning 2024'!A29 names the round's year 2024", "här finns också en tabell för 2023") },
    { name: "last year's table above, its headers name its year", edit: tableAbove(L, false), outcome: sameAll("A4", "a table for 2023 is here too") },
    { name: "last year's table beside, to the right, titles name the years", edit: tableBeside(L, false, true, plain), outcome: sameAll("M4", "a table for 2023 is here too; it is not read, because the table at 'Fördelning 2024'!A4") },
    { name: "last year's table beside, to the left, its headers name its year", edit: tableBeside(L, true, false), outcome: sameAll("A4", "a table for 2023 is here too; it is not read, because the table at 'Fördelning 2024'!M4") },
    { name: "two tables beside each other, no year tells them apart", edit: (ws) => (tableBeside(L, false, false, plain)(ws), set({ A1: "Prestationsbaserat statsbidrag" })(ws)), outcome: err("M4", "the sheet has 2 tables that could be the round's (the header row 'Fördelning 2024'!A4 (no year), the header row 'Fördelning 2024'!M4 (no year))", "bladet har 2 tabeller som kan vara omgångens") },
    { name: "two tables one above the other, both naming the round's year", edit: tableAbove(L, false, (ws, row) => set({ [A1(row, 4)]: "Tillsatta AT 2024", [A1(row, 5)]: "Påbörjade AT 2024" })(ws)), outcome: err("A29", "none of them alone names the round's year 2024", "ingen av dem anger omgångens år 2024 ensam") },
    // (c) Figures under an empty or error header.
    { name: "the population's header empty", edit: set({ B4: null }), outcome: err("B4", "column B holds figures in the table but has no header", "kolumn B har värden i tabellen men ingen rubrik") },
    { name: "the population's header #REF!", edit: set({ B4: REF }), outcome: err("B4", "the header of column B is the error #REF!", "rubriken i kolumn B är felvärdet #REF!") },
    { name: "the population's header empty, another population column further right", edit: (ws) => { set({ B4: null, K4: "Folkmängd 2022" })(ws); for (let r = 5; r <= 25; r++) ws.getCell(`K${r}`).value = Math.round((ws.getCell(`B${r}`).value as number) * 0.98); }, outcome: err("B4", "column B holds figures in the table but has no header") },
    { name: "the filled posts' header empty (the started posts would be read alone)", edit: set({ D4: null }), outcome: err("D4", "column D holds figures in the table but has no header") },
    { name: "the started posts' header #NAME?", edit: set({ E4: NAME }), outcome: err("E4", "the header of column E is the error #NAME?") },
    { name: "the planned count's header empty", edit: set({ C4: null }), outcome: err("C4", "column C holds figures in the table but has no header") },
    { name: "the applied column's header empty", edit: set({ F4: null }), outcome: err("F4", "column F holds figures in the table but has no header") },
    { name: "an officer's own =MAX column without a header after the table", edit: (ws) => { for (let r = 5; r <= 25; r++) ws.getCell(`K${r}`).value = { formula: `MAX(D${r}:E${r})`, result: 1 } as ExcelJS.CellFormulaValue; }, outcome: sameAll() },
    // (d) Look-alike columns.
    { name: "a total of filled and started before the inputs", edit: (ws) => { ws.spliceColumns(2, 0, []); ws.getCell("B4").value = "Totalt antal AT"; for (let r = 5; r <= 25; r++) { const [d, e] = [ws.getCell(`E${r}`).value, ws.getCell(`F${r}`).value]; ws.getCell(`B${r}`).value = typeof d === "number" && typeof e === "number" ? d + e : null; } }, outcome: sameAll("B4", 'column B "Totalt antal AT" is a total and is not read as the reported count', "är en summa och läses inte som rapporterat antal") },
    { name: "this year's population beside the population of the round's date", edit: (ws) => { ws.spliceColumns(3, 0, []); set({ B4: "Folkmängd 2023", C4: "Folkmängd 2024" })(ws); for (let r = 5; r <= 25; r++) ws.getCell(`C${r}`).value = (ws.getCell(`B${r}`).value as number) + 1000; }, outcome: sameAll("B4", 'the population is read from B "Folkmängd 2023"') },
  ];
}

/** The same forms on another AT round's example: header row 5, regions 6–26. */
export function otherRoundCases(L: Layout, letters: { population: string; count: string }): Case[] {
  const h = L.header;
  const pop = letters.population;
  const count = letters.count;
  return [
    { name: "a word broken over two rows: Folk- over mängd", edit: set({ [`${pop}${h - 1}`]: "Folk-", [`${pop}${h}`]: "mängd" }), outcome: sameAll() },
    { name: "the count under a group header over its first column, the years under it", edit: yearsUnderGroup(L, count, "Antal AT"), outcome: sameAll(`${String.fromCharCode(count.charCodeAt(0) + 1)}${h}`, `because it names the round's year ${L.year}`) },
    { name: "the population's header #REF!", edit: set({ [`${pop}${h}`]: REF }), outcome: err(`${pop}${h}`, `the header of column ${pop} is the error #REF!`) },
    { name: "the count's header empty", edit: set({ [`${count}${h}`]: null }), outcome: err(`${count}${h}`, `column ${count} holds figures in the table but has no header`) },
    { name: "last year's table above, its headers name its year", edit: tableAbove(L, false), outcome: sameAll(`A${h}`, `a table for ${L.year - 1} is here too`) },
    { name: "last year's table beside, to the right, its headers name its year", edit: tableBeside(L, false, false), outcome: sameAll(`${String.fromCharCode(65 + L.width + 2)}${h}`, `a table for ${L.year - 1} is here too`) },
  ];
}
