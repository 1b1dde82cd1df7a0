import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { load, runCli, tempDir } from "../helpers/workbooks";
import { expectRefused } from "./describeCatalogue";
import { FILE_CASES, SHEET_CASES, type DefOutcome, type FileCase } from "./roundFileCases";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const BOOKS = { till: "tillganglighet-2025-exempel.xlsx", korta: "korta-vardkoerna-2025-exempel.xlsx", beds: "beds-2024-exempel.xlsx" };
type Json = { regions: { code: string; amounts: Record<string, number> }[]; totals: Record<string, number>; errors?: { address: string; code: string; message: string }[] };

/** The round's file as an officer starts from it: a bundled round file, or the beds preset exported. */
async function roundText(round: FileCase["round"]): Promise<string> {
  if (round === "till") return readFileSync(path.join(EXAMPLES, "tillganglighet-2025.json"), "utf8");
  if (round === "korta") return readFileSync(path.join(EXAMPLES, "korta-vardkoerna-2025.json"), "utf8");
  return (await runCli("rounds", "--export", "beds-2024")).stdout;
}

function copyOf(book: string): string {
  const file = path.join(tempDir(), "bok.xlsx");
  copyFileSync(path.join(EXAMPLES, book), file);
  return file;
}

const json = async (...argv: string[]): Promise<Json> => JSON.parse((await runCli("compute", ...argv, "--json")).stdout) as Json;
const amounts = (j: Json) => Object.fromEntries(j.regions.map((r) => [r.code, r.amounts]));

/** The catalogue's law: refused at its path or cell in both languages with the workbook unchanged, or computed to exactly the pot. */
async function expectOutcome(book: string, round: string[], outcome: DefOutcome, where: string, baseline: () => Promise<Json>): Promise<void> {
  if ("error" in outcome) return expectRefused({ file: book, before: readFileSync(book), args: round, address: where, error: outcome.error, sv: outcome.sv });
  const run = await runCli("compute", book, ...round, "--write", "--lang", "en");
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  const got = await json(book, ...round, "--lang", "en");
  expect(got.totals.total).toBe(outcome.total);
  expect(got.regions.reduce((s, r) => s + r.amounts.total, 0)).toBe(outcome.total);
  if (outcome.same) expect(amounts(got)).toEqual(amounts(await baseline()));
}

describe("the catalogue of round files as officers write them (command line, --write)", () => {
  it.each(FILE_CASES.map((c) => [`${c.round}: ${c.name}`, c]))("%s", async (_, c) => {
    const original = await roundText(c.round);
    const def = JSON.parse(original);
    c.edit?.(def);
    const text = c.text ? c.text(original) : JSON.stringify(def, null, 2);
    const file = path.join(tempDir(), "omgang.json");
    writeFileSync(file, text);
    const untouched = path.join(tempDir(), "orig.json");
    writeFileSync(untouched, original);
    const where = "error" in c.outcome && c.outcome.at ? `${file} ${c.outcome.at}` : file;
    await expectOutcome(copyOf(BOOKS[c.round]), ["--round-file", file], c.outcome, where, () => json(copyOf(BOOKS[c.round]), "--round-file", untouched, "--lang", "en"));
  });
});

describe("the catalogue of the rules sheet Fördela regler (command line, --write)", () => {
  it.each(SHEET_CASES.map((c) => [c.name, c]))("%s", async (_, c) => {
    const book = copyOf(BOOKS.till);
    expect((await runCli("rounds", "--export", path.join(EXAMPLES, "tillganglighet-2025.json"), "--into", book)).code).toBe(0);
    const wb = await load(book);
    const ws = wb.getWorksheet("Fördela regler")!;
    const rowOf = (key: string) => {
      let found = 0;
      ws.eachRow((row, r) => void (row.getCell(1).value === key ? (found = r) : null));
      return found;
    };
    const firstAdded = ws.rowCount + 1;
    for (const [key, value] of c.rows) {
      const r = key.startsWith("+") ? ws.rowCount + 1 : rowOf(key);
      ws.getCell(r, 1).value = key.replace(/^\+/, "");
      ws.getCell(r, 2).value = value;
    }
    await wb.xlsx.writeFile(book);
    const [col, ref] = (c.at ?? "A:").split(":");
    const row = ref?.startsWith("+") ? firstAdded + Number(ref.slice(1)) : ref ? rowOf(ref) : 0;
    const where = `'Fördela regler'!${col}${row}`;
    const plain = copyOf(BOOKS.till);
    await expectOutcome(book, ["--round", "workbook"], c.outcome, where, () => json(plain, "--round-file", path.join(EXAMPLES, "tillganglighet-2025.json"), "--lang", "en"));
  });
});
