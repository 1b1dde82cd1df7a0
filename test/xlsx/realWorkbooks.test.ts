import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OFFICER_SHEET, officerPart, relsOf, unpack, withOfficerSheet, workbookPart, type Parts } from "../helpers/officerSheet";
import { cellFormats, cellsOf, openpyxlLoads, relatedPart, shownByLibreOfficeAll, type ShownSheets } from "../helpers/packageChecks";
import { sofficePath } from "../helpers/libreoffice";
import { codeOf, PUBLISHED_2024 } from "../helpers/published";
import { runCli, tempDir, type CliRun } from "../helpers/workbooks";

/**
 * Workbooks saved by Excel itself and by other programs (test/fixtures/xlsx/real, sources in
 * test/fixtures/README.md), each with the officer's table added as one more sheet, computed by
 * the CLI: the published amounts, every part Fördela must not touch kept byte for byte, the
 * amounts styled #,##0, the package's own dialect, and LibreOffice and openpyxl open the result;
 * or, for what cannot be patched safely, the refusal that says what it is.
 */

const REAL = path.join(__dirname, "..", "fixtures", "xlsx", "real");

type Expectation = { write: true } | { refused: RegExp };
const WRITE: Expectation = { write: true };

/** Each fixture, its kind, and what issue 28 asks of it. */
const CASES: Record<string, { kind: string; expect: Expectation }> = {
  "3d-reference-excel2010.xlsx": { kind: "3-D reference SUM(Sheet1:Sheet3!A1)", expect: WRITE },
  "activex-excel2016.xlsx": { kind: "ActiveX control", expect: WRITE },
  "apache-poi.xlsx": { kind: "written by Apache POI", expect: WRITE },
  "binary-excel2016.xlsb": { kind: ".xlsb binary workbook", expect: { refused: /binary Excel workbook/i } },
  "connections-excel2010.xlsx": { kind: "data connections (Power Query / data model)", expect: WRITE },
  "data-table-excel2016.xlsx": { kind: "what-if data table {=TABLE()}", expect: WRITE },
  "dynamic-array-excel-online.xlsx": { kind: "dynamic array (spill, XLOOKUP)", expect: WRITE },
  "empty-styles-excel2016.xlsx": { kind: "an empty <styleSheet/>", expect: WRITE },
  "excel-mac2011.xlsx": { kind: "Excel for Mac 2011, table", expect: WRITE },
  "external-link-excel2013.xlsx": { kind: "external link", expect: WRITE },
  "form-controls-excel2016.xlsx": { kind: "form controls", expect: WRITE },
  "google-sheets.xlsx": { kind: "Google Sheets export", expect: WRITE },
  "macro-excel2010.xlsm": { kind: "VBA macros (.xlsm)", expect: WRITE },
  "onlyoffice.xlsx": { kind: "ONLYOFFICE", expect: WRITE },
  "pivot-datamodel-excel2016.xlsx": { kind: "pivot table over a data model", expect: WRITE },
  "pictures-in-cells-excel365.xlsx": { kind: "pictures in cells (richData, IMAGE())", expect: WRITE },
  "plain-excel2016.xlsx": { kind: "plain Excel 2016", expect: WRITE },
  "protected-structure-excel-mac2008.xlsx": { kind: "workbook structure protected (Excel for Mac)", expect: { refused: /structure is protected/i } },
  "protected-structure-excel2013.xlsx": { kind: "workbook structure protected (password)", expect: { refused: /structure is protected/i } },
  "relocated-workbook-part-excel2016.xlsx": { kind: "workbook part at xl/book.xml", expect: WRITE },
  "sensitivity-label-excel2016.xlsx": { kind: "sensitivity label (MSIP_Label)", expect: WRITE },
  "signed-package-excel2010.xlsx": { kind: "signed package (_xmlsignatures)", expect: { refused: /signature/i } },
  "sparklines-excel2016.xlsx": { kind: "sparklines", expect: WRITE },
  "strict-excel2013.xlsx": { kind: "Strict OOXML", expect: WRITE },
  "strict-universal-excel2013.xlsx": { kind: "Strict OOXML, every kind of content", expect: WRITE },
  "styles-alternate-content-hancell.xlsx": { kind: "styles in mc:AlternateContent (Hancell)", expect: WRITE },
  "table-reference-excel2016.xlsx": { kind: "structured (table) references", expect: WRITE },
  "threaded-comments-excel-mac2016.xlsx": { kind: "threaded comments", expect: WRITE },
};

type Check = "writes" | "amounts" | "untouched" | "numFmt" | "dialect" | "libreoffice" | "openpyxl" | "refusal";

/**
 * What fails TODAY (issue 28, fixes under way): each runs as `it.failing`, so the suite stays
 * green while it fails and turns red the moment a fix lands: then delete the entry.
 */
const FAILING_TODAY: Record<string, Check[]> = {
};

interface Outcome {
  input: string;
  out: string;
  run: CliRun;
  before: Parts;
  after?: Parts;
}

const outcomes = new Map<string, Outcome>();
let shown = new Map<string, ShownSheets>();
let loaded = new Map<string, string>();
/** openpyxl's verdict on each input: a file it cannot load as saved (Hancell's) need not load after. */
let loadedBefore = new Map<string, string>();
const soffice = sofficePath();

beforeAll(async () => {
  const dir = tempDir();
  for (const name of Object.keys(CASES)) {
    const raw = readFileSync(path.join(REAL, name));
    // A binary .xlsb has no XML workbook part to add a sheet to: it is refused as it is.
    const bytes = name.endsWith(".xlsb") ? raw : withOfficerSheet(raw);
    const input = path.join(dir, name);
    writeFileSync(input, bytes);
    const out = path.join(dir, "ut", name);
    const run = await runCli("compute", input, "--round", "at-2024", "--tables", "--out", out, "--lang", "en");
    outcomes.set(name, { input, out, run, before: unpack(bytes), after: existsSync(out) ? unpack(readFileSync(out)) : undefined });
  }
  const written = [...outcomes.values()].filter((o) => o.after).map((o) => o.out);
  if (soffice && written.length) shown = shownByLibreOfficeAll(soffice, written);
  if (written.length) loaded = openpyxlLoads(written);
  loadedBefore = openpyxlLoads([...outcomes.values()].filter((o) => o.after).map((o) => o.input));
}, 900000);

/** What writing a round may change: the officer's sheet, the styles, the workbook part and its relationships, the content types (and calcChain may go). */
const ALLOWED_TO_CHANGE = (before: Parts, part: string, officer: string): boolean => {
  const book = workbookPart(before);
  return [officer, "[Content_Types].xml", book, relsOf(book), relatedPart(before, "styles")].includes(part);
};

const amountRows = (o: Outcome) => {
  const part = officerPart(o.after!);
  const cells = cellsOf(o.after!.get(part)!.toString());
  const regionRows = [...Array(21).keys()].map((i) => i + 5);
  return { part, cells, regionRows };
};

/** The region's name in column A of the officer table (inline strings: read straight from the part). */
const regionAt = (o: Outcome, row: number): string => /<is><t[^>]*>([^<]*)<\/t>/.exec(new RegExp(`<c r="A${row}"[^>]*>([\\s\\S]*?)</c>`).exec(o.after!.get(officerPart(o.after!))!.toString())?.[1] ?? "")?.[1] ?? "";

const CHECKS: Record<Check, (name: string, o: Outcome) => void> = {
  writes: (_, o) => {
    expect(o.run.stderr).toBe("");
    expect(o.run.code).toBe(0);
    expect(o.after).toBeDefined();
  },
  amounts: (_, o) => {
    const { cells, regionRows } = amountRows(o);
    const sums = [0, 0, 0];
    for (const row of regionRows) {
      const p = PUBLISHED_2024.find((r) => codeOf(r.region) === codeOf(regionAt(o, row)))!;
      ["H", "I", "J"].forEach((col, i) => {
        const v = Number(cells.get(`${col}${row}`)?.value ?? NaN);
        sums[i] += v;
        const want = Number([p.block1, p.block2, p.total][i]);
        expect({ cell: `${col}${row}`, near: Math.abs(v - want) <= 1 }).toEqual({ cell: `${col}${row}`, near: true });
      });
    }
    expect(sums).toEqual([63000000, 160000000, 223000000]);
  },
  untouched: (_, o) => {
    const officer = officerPart(o.before);
    const changed: string[] = [];
    for (const [part, bytes] of o.before) {
      const after = o.after!.get(part);
      if (after === undefined) {
        if (!/calcChain\.xml$/.test(part)) changed.push(`${part} (removed)`);
      } else if (!after.equals(bytes) && !ALLOWED_TO_CHANGE(o.before, part, officer)) changed.push(part);
    }
    expect(changed).toEqual([]);
  },
  numFmt: (_, o) => {
    const { cells, regionRows } = amountRows(o);
    const styles = relatedPart(o.after!, "styles");
    const formats = cellFormats(o.after!.get(styles!)!.toString());
    expect(formats.count ?? formats.numFmtIds.length).toBe(formats.numFmtIds.length);
    const wrong = regionRows.flatMap((row) => ["H", "I", "J"].map((c) => `${c}${row}`)).filter((ref) => formats.numFmtIds[cells.get(ref)?.style ?? -1] !== 3);
    expect(wrong).toEqual([]);
  },
  dialect: (_, o) => {
    // Every part Fördela wrote or changed speaks the workbook's dialect (ISO/IEC 29500-1 Strict vs Transitional).
    const strict = [...o.before.values()].some((b) => b.toString("latin1").includes("http://purl.oclc.org/ooxml/spreadsheetml/main"));
    const foreign = strict ? /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml\/2006\/main|officeDocument\/2006\/relationships)/ : /http:\/\/purl\.oclc\.org\/ooxml\//;
    const mixed = [...o.after!].filter(([part, bytes]) => !o.before.get(part)?.equals(bytes) && foreign.test(bytes.toString())).map(([part]) => part);
    expect(mixed).toEqual([]);
  },
  libreoffice: (_, o) => {
    if (!soffice) return;
    const view = shown.get(o.out);
    expect(view?.ok).toBe(true);
    const sheet = view!.sheets.get(OFFICER_SHEET);
    const sum = sheet?.find((r) => r[0] === "Summa");
    expect(sum?.slice(7, 10).map((s) => Number(s.replace(/[^\d-]/g, "")))).toEqual([63000000, 160000000, 223000000]);
  },
  openpyxl: (_, o) => {
    expect(o.after).toBeDefined();
    expect(loaded.get(o.out)).toBe(loadedBefore.get(o.input));
  },
  refusal: () => undefined,
};

const WRITE_CHECKS: Check[] = ["writes", "amounts", "untouched", "numFmt", "dialect", "libreoffice", "openpyxl"];

describe.each(Object.entries(CASES))("%s", (name, { kind, expect: want }) => {
  const failing = new Set(FAILING_TODAY[name] ?? []);
  const test = (check: Check, title: string, body: () => void) => (failing.has(check) ? it.failing : it)(`${kind}: ${title}`, body);
  if ("refused" in want) {
    test("refusal", `refused: ${want.refused.source}`, () => {
      const o = outcomes.get(name)!;
      expect(o.run.code).toBe(1);
      expect(o.run.stderr).toMatch(want.refused);
      expect(o.after).toBeUndefined();
    });
    return;
  }
  for (const check of WRITE_CHECKS) test(check, check, () => CHECKS[check](name, outcomes.get(name)!));
});

describe("the officer sheet helper itself (so a failure above is the product's)", () => {
  const xml = Object.keys(CASES).filter((n) => !n.endsWith(".xlsb"));

  it.each(xml)("%s: one part added; only the content types, the workbook part and its relationships changed; in the workbook's namespace", (name) => {
    const before = unpack(readFileSync(path.join(REAL, name)));
    const after = unpack(withOfficerSheet(readFileSync(path.join(REAL, name))));
    const book = workbookPart(before);
    const added = [...after.keys()].filter((k) => !before.has(k));
    const changed = [...before.keys()].filter((k) => !after.get(k)!.equals(before.get(k)!));
    expect(added).toEqual([officerPart(after)]);
    expect(changed.sort()).toEqual(["[Content_Types].xml", book, relsOf(book)].sort());
    const main = /<(?:\w+:)?workbook\b[^>]*?xmlns(?::\w+)?="(http[^"]*(?:spreadsheetml\/2006\/main|ooxml\/spreadsheetml\/main))"/.exec(before.get(book)!.toString())![1];
    expect(after.get(added[0])!.toString()).toContain(`<worksheet xmlns="${main}">`);
  });
});
