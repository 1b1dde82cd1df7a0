import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { shownByLibreOffice, sofficePath } from "../helpers/libreoffice";
import { load, runCli, tempDir } from "../helpers/workbooks";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const KV = path.join(EXAMPLES, "korta-vardkoerna-2025.json");
const KV_BOOK = path.join(EXAMPLES, "korta-vardkoerna-2025-exempel.xlsx");

type Json = { regions: { code: string; amounts: Record<string, number> }[]; errors?: { address: string; message: string }[] };
async function json(...argv: string[]): Promise<Json> {
  return JSON.parse((await runCli("compute", "--lang", "en", ...argv, "--json")).stdout) as Json;
}

/** A round file written to a temp folder. */
function roundFile(def: object): string {
  const file = path.join(tempDir(), "round.json");
  writeFileSync(file, JSON.stringify(def));
  return file;
}

describe("rounds with the building blocks of issue 16, as an officer sets them up", () => {
  it("copies a round file to the sheet Fördela regler, and the sheet gives the file's amounts", async () => {
    const book = path.join(tempDir(), "kv.xlsx");
    copyFileSync(KV_BOOK, book);
    expect((await runCli("rounds", "--export", KV, "--into", book)).code).toBe(0);
    const wb = await load(book);
    const keys: string[] = [];
    wb.getWorksheet("Fördela regler")!.eachRow((row) => void keys.push(String(row.getCell(1).value)));
    // Nested rules are rows of their own: a sub-pot's cap by a column, a leftover's measure per 100 000.
    expect(keys).toContain("blocks.2.pots.1.cap.share.column");
    expect(keys).toContain("blocks.2.pots.1.leftover.by.per100k");
    expect(await json(book, "--round", "workbook")).toEqual(await json(KV_BOOK, "--round-file", KV));
  });

  it("says a problem on the sheet Fördela regler with the cell of its parameter", async () => {
    const book = path.join(tempDir(), "kv.xlsx");
    copyFileSync(KV_BOOK, book);
    await runCli("rounds", "--export", KV, "--into", book);
    const wb = await load(book);
    let cell = "";
    wb.getWorksheet("Fördela regler")!.eachRow((row) => {
      if (row.getCell(1).value === "blocks.2.pots.1.units") (row.getCell(2).value = "opsKnee"), (cell = row.getCell(2).address);
    });
    await wb.xlsx.writeFile(book);
    const run = await runCli("compute", book, "--round", "workbook", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`'Fördela regler'!${cell}: blocks.2.pots.1.units.column: "opsKnee" is not one of the round's columns`);
  });

  it("says each problem of a round file with its path", async () => {
    const file = roundFile({
      id: "fel-2026",
      columns: [{ id: "need", header: "Vårdbehov" }],
      blocks: [
        { id: "a", kind: "fixed", amount: 600, group: ["01", "99"], pot: 1000 },
        { id: "b", kind: "proportional", pot: "rest", weight: "need", cap: { share: "needs" } },
        { id: "c", kind: "subPots", pot: 500, pots: [{ id: "c1", kind: "top", pot: 200, n: 5, by: { column: "ops" } }, { id: "c2", kind: "ladder", pot: 200 }] },
        { id: "d", kind: "perUnit", pot: 100, price: 10, units: "need", leftover: "next" },
      ],
    });
    const run = await runCli("compute", KV_BOOK, "--round-file", file, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("steps"); // a sub-pot of a kind it cannot be is not read further
    for (const line of [
      'blocks[0].group[1]: "99" is no region: write a region code like "04" or a name like "Sörmland"',
      "blocks[0].pot: the pot of 1000 is less than 600\u00a0kr for each of 2 regions",
      'blocks[1].pot: "rest" needs the round\'s pot ("pot" at the top of the definition)',
      'blocks[1].cap.share: unknown value "needs" (known: population, countPer100k, count, equal, need)',
      'blocks[2].pots[0].by.column: "ops" is not one of the round\'s columns (known: need)',
      'blocks[2].pots[1].kind: unknown value "ladder" (known: proportional, equal, fixed, top, perUnit)',
      'blocks[3].leftover: "next" on the last block: there is no next block',
    ])
      expect(run.stderr).toContain(line);
    // While a sub-pot is of no kind it can be, its sum is not said too: the kind is the one thing to fix.
    expect(run.stderr).not.toContain("the sub-pots add up to");
  });

  it("refuses a round whose blocks do not add up to the round's pot", async () => {
    const file = roundFile({ id: "pott-2026", pot: 1000, blocks: [{ id: "a", kind: "equal", pot: 600 }, { id: "b", kind: "equal", pot: 300 }] });
    const run = await runCli("compute", KV_BOOK, "--round-file", file, "--lang", "en");
    expect(run.stderr).toContain("pot: the blocks' pots add up to 900\u00a0kr, not the round's 1000\u00a0kr");
  });

  it("finds a declared column by its header, and says when none or two have it", async () => {
    const file = roundFile({ id: "behov-2025", columns: [{ id: "need", header: "Vårdbehov katarakt", title: "vårdbehov katarakt" }, { id: "gone", header: "Saknas helt", title: "saknad kolumn" }], blocks: [{ id: "a", kind: "proportional", pot: 1000, weight: "need" }] });
    const run = await runCli("compute", KV_BOOK, "--round-file", file, "--lang", "en");
    expect(run.stderr).toContain('no column has the header "Saknas helt" (saknad kolumn), which the round reads');
    const two = roundFile({ id: "behov-2025", columns: [{ id: "need", header: "Vårdbehov", title: "vårdbehov" }], blocks: [{ id: "a", kind: "proportional", pot: 1000, weight: "need" }] });
    const twice = await runCli("compute", KV_BOOK, "--round-file", two, "--lang", "en");
    expect(twice.stderr).toContain('several columns could be the vårdbehov: E "Vårdbehov höftprotes (påhittat)", H "Vårdbehov framfall (påhittat)", K "Vårdbehov katarakt (påhittat)"; choose with --map need=K');
    // The mapping the message names decides.
    const mapped = await json(KV_BOOK, "--round-file", two, "--map", "need=K");
    expect(mapped.regions).toHaveLength(21);
    expect(mapped.regions.reduce((s, r) => s + r.amounts.a, 0)).toBe(1000);
  });

  it("never takes a block's own output column for an input it names", async () => {
    // "Efter folkmängd" is the by-population block's column: population stays "Folkmängd 1 nov 2023" (B).
    const out = path.join(tempDir(), "t.xlsx");
    const run = await runCli("compute", path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx"), "--round-file", path.join(EXAMPLES, "tillganglighet-2025.json"), "--out", out);
    expect(run.code).toBe(0);
    const ws = (await load(out)).getWorksheet("Fördelning 2025")!;
    expect([ws.getCell("B6").value, ws.getCell("C6").value, ws.getCell("D6").value, ws.getCell("E6").value]).toEqual([2455914, 100000000, 880810614, 980810614]);
    expect(ws.getCell("D6").numFmt).toBe("#,##0");
  });

  it("passes what a block does not pay on to the next, in the JSON output and on the record sheet", async () => {
    // 100 000 000 kr each to Stockholm and Uppsala from a pot of 300 000 000 kr: 100 000 000 kr goes on to the population block.
    const file = roundFile({ id: "vidare-2025", pot: 1000000000, blocks: [
      { id: "some", title: "Några", kind: "fixed", amount: 100000000, group: ["01", "03"], pot: 300000000, leftover: "next" },
      { id: "rest", title: "Resten", kind: "proportional", pot: "rest", weight: "population" },
    ] });
    const book = path.join(EXAMPLES, "tillganglighet-2025-exempel.xlsx");
    // "Efter folkmängd" is no block of this round: which column is the population is the officer's to say.
    expect((await runCli("compute", book, "--round-file", file)).stderr).toContain('2 kolumner ser ut att vara folkmängd (B "Folkmängd 1 nov 2023", D "Efter folkmängd")');
    const out = JSON.parse((await runCli("compute", book, "--round-file", file, "--map", "population=B", "--json")).stdout) as { blocks: object[]; totals: { total: number } };
    expect(out.blocks).toEqual([
      { id: "some", title: "Några", pot: 300000000, allocated: 200000000, unallocated: 0, passedOn: 100000000 },
      { id: "rest", title: "Resten", pot: 800000000, allocated: 800000000, unallocated: 0 },
    ]);
    expect(out.totals.total).toBe(1000000000);
    const written = path.join(tempDir(), "vidare.xlsx");
    expect((await runCli("compute", book, "--round-file", file, "--map", "population=B", "--out", written)).code).toBe(0);
    const rows: unknown[][] = [];
    (await load(written)).getWorksheet("Fördela vidare-2025")!.eachRow((row) => void rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === "Block")).toEqual(["Block", "Pott / Pot", "Fördelat / Allocated", "Ej fördelat / Unallocated", "Till nästa block / Passed on"]);
    expect(rows.find((r) => String(r[0]).includes("Några"))!.slice(1)).toEqual([300000000, 200000000, 0, 100000000]);
  });

  it("refuses a negative value and text in a declared column, naming the cell", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(KV_BOOK);
    const ws = wb.getWorksheet("Fördelning 2025")!;
    ws.getCell("D6").value = -3;
    ws.getCell("J9").value = "många";
    const file = path.join(tempDir(), "bad.xlsx");
    await wb.xlsx.writeFile(file);
    const run = await runCli("compute", file, "--round-file", KV, "--lang", "en");
    expect(run.stderr).toContain("'Fördelning 2025'!D6: hip replacements 2025 of Stockholm is -3: a value in the round's columns cannot be negative");
    expect(run.stderr).toContain("'Fördelning 2025'!J9: cataract operations 2025 of Östergötland");
  });

  const soffice = sofficePath();
  (soffice ? it : it.skip)("writes the sub-pots' columns so that LibreOffice shows them, with the officer's sum row recomputed", async () => {
    const out = path.join(tempDir(), "kv-computed.xlsx");
    expect((await runCli("compute", KV_BOOK, "--round-file", KV, "--out", out)).code).toBe(0);
    const shown = shownByLibreOffice(soffice!, out).get("Fördelning 2025")!;
    const header = shown.find((r) => r[0] === "Region")!;
    expect(header.slice(11, 16)).toEqual(["Lika delar", "Höftprotes", "Framfall", "Katarakt", "Totalt"]);
    expect(shown.find((r) => r[0] === "Summa")!.slice(11, 16)).toEqual(["100,000,000", "150,000,000", "97,000,000", "150,000,000", "497,000,000"]);
  }, 120000);
});
