import { copyFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir } from "../helpers/workbooks";
import { parts, sheetWithout } from "../helpers/parts";
import { mutateExample } from "../helpers/mutate";

const FIXTURES = path.join(__dirname, "..", "fixtures", "xlsx");
const SHEET = "Fördelning 2024";
/** What a write may change besides the table's sheet, the record sheet, and sheets whose formulas read written cells. */
const MAY_CHANGE = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "xl/styles.xml", "xl/calcChain.xml"]);

/** The cells the record sheet lists as written ("H5", …), read from its XML with plain expressions. */
function writtenCells(recordXml: string): Set<string> {
  const texts = [...recordXml.matchAll(/<c r="A\d+"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
  const from = texts.findIndex((t) => t.startsWith("Skrivna celler"));
  return new Set(texts.slice(from + 2).filter((t) => t.includes("!")).map((t) => t.split("!")[1]));
}

/** Part name → its worksheet, from the workbook's own relationships (via exceljs, an independent reader). */
function sheetPart(p: Record<string, Buffer>, name: string): string {
  const wb = p["xl/workbook.xml"].toString();
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"|<sheet [^>]*r:id="([^"]+)"[^>]*name="${name}"`).exec(wb)!;
  const id = rid[1] ?? rid[2];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(p["xl/_rels/workbook.xml.rels"].toString())!;
  return (target[1] ?? target[2]).replace(/^\/?(xl\/)?/, "xl/");
}

describe("writing a round keeps every other byte of workbooks made by real programs", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

  it("has a fixture of each program for every feature", () => {
    expect(files.length).toBeGreaterThanOrEqual(22);
  });

  it.each(files)("%s: only the allocation cells, the record sheet and their registration change", async (name) => {
    const dir = tempDir();
    const input = path.join(dir, name);
    copyFileSync(path.join(FIXTURES, name), input);
    const out = path.join(dir, "ut.xlsx");
    const run = await runCli("compute", input, "--round", "at-2024", "--out", out);
    const before = parts(input);
    // A structure locked against new sheets (openpyxl keeps lockStructure; LibreOffice drops it on saving) is refused, as Excel refuses it.
    if (/<workbookProtection[^>]*lockStructure="(1|true)"/.test(before["xl/workbook.xml"].toString())) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("arbetsbokens struktur är skyddad");
      expect(existsSync(out)).toBe(false);
      return;
    }
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const after = parts(out);
    const table = sheetPart(before, SHEET);
    const record = sheetPart(after, "Fördela at-2024");
    const written = writtenCells(after[record].toString());
    expect(written.size).toBe(21 * 3 + 18); // the three regions that did not apply have no increase
    expect(before[record]).toBeUndefined();
    for (const part of Object.keys(before)) {
      if (part === "xl/calcChain.xml" && !after[part]) continue;
      expect(after[part]).toBeDefined();
      if (MAY_CHANGE.has(part)) continue;
      if (part === table) expect(sheetWithout(after[part].toString(), written)).toBe(sheetWithout(before[part].toString(), written));
      else if (/^xl\/worksheets\/[^/]+\.xml$/.test(part)) expect(sheetWithout(after[part].toString(), new Set())).toBe(sheetWithout(before[part].toString(), new Set()));
      else expect({ part, same: after[part].equals(before[part]) }).toEqual({ part, same: true });
    }
    // The officer's own sum row and any formula reading the written cells lose their stale stored result.
    expect(after[table].toString()).toMatch(/<f[^>]*>SUM\(J5:J25\)<\/f><\/c>/);
    expect(after["xl/workbook.xml"].toString()).toMatch(/fullCalcOnLoad="1"/);
  });

  it("keeps the officer's features in the all-in-one workbooks: names, protection, properties, links, drawings", async () => {
    for (const name of ["all-openpyxl.xlsx", "all-libreoffice.xlsx"]) {
      const out = path.join(tempDir(), "ut.xlsx");
      // A locked structure is refused (above); here the workbook's protection locks its windows instead, and is kept as it is.
      const input = mutateExample((q) => (q["xl/workbook.xml"] = (q["xl/workbook.xml"] as string).replace(/lockStructure="(1|true)"/, 'lockWindows="1"')), name, path.join(FIXTURES, name));
      const run = await runCli("compute", input, "--round", "at-2024", "--out", out);
      expect(run.stderr).toBe("");
      const before = parts(input);
      const p = parts(out);
      const feature = (book: Record<string, Buffer>, part: string, re: RegExp) => re.exec(book[part].toString())?.[0];
      for (const re of [/<workbookProtection[^>]*>/, /<definedNames>.*<\/definedNames>/s]) {
        expect(feature(p, "xl/workbook.xml", re)).toBeDefined();
        expect(feature(p, "xl/workbook.xml", re)).toBe(feature(before, "xl/workbook.xml", re));
      }
      expect(p["xl/workbook.xml"].toString()).toMatch(/Total_pott/);
      expect(p["docProps/custom.xml"].toString()).toContain("S2024/00586");
      const underlag = p[sheetPart(p, "Underlag")].toString();
      expect(underlag).toMatch(/<sheetProtection [^>]*(password|hashValue)=/);
      expect(underlag).toMatch(/<hyperlink /);
      expect(Object.keys(p).some((k) => k.startsWith("xl/charts/"))).toBe(true);
      expect(Object.keys(p).some((k) => k.startsWith("xl/media/"))).toBe(true);
    }
  });
});
