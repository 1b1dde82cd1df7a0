import fc from "fast-check";
import { readFileSync } from "node:fs";
import { computeRound } from "../../src/app/roundFlow";
import { roundFileSource } from "../../src/app/roundSource";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { actsAsFormula, tableHtml, tableTsv, tsvCell } from "../../src/ui/copyTable";
import { EXAMPLE, runCli } from "../helpers/workbooks";

/** What a spreadsheet takes for a formula when text is pasted (OWASP "CSV Injection"): these first characters, also after spaces. */
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

describe("Kopiera tabellen: the clipboard's text pastes as text, never as a formula", () => {
  it("a block title that is a DDE formula is pasted as text; amounts stay plain digits", async () => {
    const def = JSON.parse((await runCli("rounds", "--export", "at-2024")).stdout);
    // Block ids other than blockN, so the label is the title (blockLabel).
    def.blocks[0].id = "dde";
    def.blocks[1].id = "tva";
    def.blocks[0].titleEn = "=cmd|' /C calc'!A0";
    def.blocks[0].title = "=cmd|' /C calc'!A0";
    def.blocks[1].titleEn = "@SUM(1+1)\tand\r\nmore";
    const source = roundFileSource("runda.json", JSON.stringify(def));
    if (Array.isArray(source)) throw new Error("the round file is refused");
    const done = await computeRound(new XlsxPort(new Uint8Array(readFileSync(EXAMPLE))), { source, date: "2026-12-06", version: "test" }, false);
    if (!("preview" in done) || !done.preview.ok) throw new Error("not computed");
    const tsv = tableTsv(done.preview.result, "en");
    const rows = tsv.split("\r\n").filter(Boolean).map((r) => r.split("\t"));
    expect(rows[0][2]).toBe("'=cmd|' /C calc'!A0 (SEK)");
    expect(rows[0][3]).toBe("'@SUM(1+1) and more (SEK)");
    expect(new Set(rows.map((r) => r.length)).size).toBe(1); // a tab or newline in a title splits no cell
    for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
    expect(rows[1].slice(2)).toEqual(["2208245", "33355662", "35563907"]); // Stockholm, as numbers
    expect(tableHtml(done.preview.result, "en")).toContain(`<th style="mso-number-format:'\\@'">=cmd|' /C calc'!A0 (SEK)</th>`);
  });

  it("no text cell starts as a formula, whatever it holds; a number shown as text stays a number", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = tsvCell(s);
        expect(/[\t\r\n]/.test(cell)).toBe(false);
        expect(FORMULA_START.test(cell) && !/^[-\u2212]?\d[\d\s.,]*$/.test(cell.trim())).toBe(false);
      }),
    );
    for (const n of ["-3", "\u22122.5", "1 234", "-1\u00a0234"]) expect(tsvCell(n)).toBe(n);
    for (const f of ["=1+1", " =1+1", "+1", "-A1", "@x", "\t=1", "\uff1d1"]) expect(actsAsFormula(f)).toBe(true);
  });
});
