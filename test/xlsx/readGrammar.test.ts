import { readFileSync } from "node:fs";
import { PUBLISHED_2024, codeOf } from "../helpers/published";
import { mutateExample, replaceIn, SHEET_PART } from "../helpers/mutate";
import { runCli } from "../helpers/workbooks";
import { shownByLibreOffice, sofficePath } from "../helpers/libreoffice";

/**
 * The reader reads what a spreadsheet program shows, or refuses: each case is
 * the bundled AT 2024 workbook changed in one way a hostile or careless writer
 * could, and either Fördela refuses it with its reason, or it reads the
 * figures LibreOffice (the reference view) shows and computes the published outcome.
 */
/** Stockholm's population, the first region's figure in the bundled workbook. */
const STOCKHOLM_B = '<c r="B5" s="3"><v>2455914</v></c>';

async function computeJson(file: string) {
  const run = await runCli("compute", file, "--round", "at-2024", "--json", "--lang", "en");
  return { ...run, json: run.code === 0 ? JSON.parse(run.stdout) : null };
}

async function expectRefused(file: string, fragment: string | RegExp) {
  const before = readFileSync(file);
  const run = await runCli("compute", file, "--round", "at-2024", "--write", "--lang", "en");
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(fragment);
  expect(readFileSync(file).equals(before)).toBe(true);
}

async function expectPublished(file: string) {
  const { json, stderr } = await computeJson(file);
  expect(stderr).toBe("");
  const byCode = new Map(json.regions.map((r: { code: string; amounts: Record<string, number> }) => [r.code, r.amounts]));
  // As the published outcome test has it: block 2 exact, the total within the krona the report rounds.
  for (const p of PUBLISHED_2024) {
    const ours = byCode.get(codeOf(p.region)) as Record<string, number>;
    expect(ours.block2).toBe(Number(p.block2));
    expect(Math.abs(ours.total - Number(p.total))).toBeLessThanOrEqual(1);
  }
}

describe("the reader: names by namespace URI, never by prefix", () => {
  it("reads a sheet whose SpreadsheetML elements carry a prefix of the writer's choosing", async () => {
    const file = mutateExample((p) => {
      p[SHEET_PART] = (p[SHEET_PART] as string).replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"').replace(/<(\/?)(?=[a-zA-Z])(?!x14ac:|mc:)/g, "<$1s:");
    });
    expect(readFileSync(file).length).toBeGreaterThan(0);
    await expectPublished(file);
  });

  it("skips cells in a foreign namespace declared ignorable, as LibreOffice does", async () => {
    const file = mutateExample((p) => {
      replaceIn(p, SHEET_PART, 'mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac zz" xmlns:zz="urn:example:zz"');
      // A second, foreign Stockholm figure in front of the real one, and a foreign value inside the real cell.
      replaceIn(p, SHEET_PART, STOCKHOLM_B, '<zz:c r="B5"><zz:v>1</zz:v></zz:c><c r="B5" s="3"><zz:v>1</zz:v><v>2455914</v></c>');
    });
    await expectPublished(file);
    const soffice = sofficePath();
    if (soffice) expect(shownByLibreOffice(soffice, file).get("Fördelning 2024")?.[4]?.[1]?.replace(/\D/g, "")).toBe("2455914");
  }, 120_000);

  it("refuses cells in a foreign namespace that is not ignorable (Excel refuses such a file)", async () => {
    const file = mutateExample((p) => replaceIn(p, SHEET_PART, STOCKHOLM_B, '<zz:c xmlns:zz="urn:example:zz" r="B5"><zz:v>1</zz:v></zz:c>'));
    await expectRefused(file, /the element <zz:c> \(namespace urn:example:zz\)/);
  });

  it("refuses a sheet in a foreign default namespace", async () => {
    const file = mutateExample((p) => replaceIn(p, SHEET_PART, 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns="urn:example:not-spreadsheetml"'));
    await expectRefused(file, /is not what the workbook says it is.*urn:example:not-spreadsheetml/);
  });

  it("refuses what is not well-formed: an attribute given twice, an unbound prefix, a markup declaration", async () => {
    await expectRefused(mutateExample((p) => replaceIn(p, SHEET_PART, '<c r="B18" s="3">', '<c r="B18" r="B5" s="3">')), /given twice/);
    await expectRefused(mutateExample((p) => replaceIn(p, SHEET_PART, '<c r="B18" s="3">', '<c r="B18" s="3" q:r="B5">')), /not bound to a namespace/);
    await expectRefused(mutateExample((p) => replaceIn(p, SHEET_PART, "<sheetData>", `<sheetData>${"<!a>".repeat(1000)}`)), /markup declaration/);
  });
});

describe("the reader: every cell at its r, in the standard's grammar", () => {
  it.each([
    ["a cell whose r names another row", '<c r="B5" s="3">', '<c r="B18" s="3">', /on row 5 a cell named "B18"/],
    ["cells out of column order", STOCKHOLM_B, `${STOCKHOLM_B}<c r="A5"><v>1</v></c>`, /on row 5 a cell named "A5"/],
    ["a lower-case cell name", '<c r="B5" s="3">', '<c r="b5" s="3">', /named "b5"/],
    ["a row numbered 5.5", '<row r="5" ', '<row r="5.5" ', /a row numbered "5.5"/],
    ["a row numbered -5", '<row r="5" ', '<row r="-5" ', /a row numbered "-5"/],
    ["rows out of order", '<row r="6" ', '<row r="4" ', /a row numbered "4"/],
    ["a row past the sheet's last", '<row r="29" ', '<row r="1000000000" ', /a row numbered "1000000000"/],
    ["a number in hex", "<v>2455914</v>", "<v>0x2579EA</v>", /B5 holds "0x2579EA", which is not a number/],
    ["a number in binary", "<v>2455914</v>", "<v>0b1</v>", /which is not a number/],
    ["a number with a blank inside", "<v>2455914</v>", "<v>2 455 914</v>", /which is not a number/],
    ["Infinity", "<v>2455914</v>", "<v>Infinity</v>", /which is not a number/],
    ["a shared-string index 1.3e1", '<c r="A5" t="s"><v>12</v>', '<c r="A5" t="s"><v>1.3e1</v>', /A5 holds "1.3e1", which is not an index into the workbook's list of texts/],
    ["a shared-string index past the list", '<c r="A5" t="s"><v>12</v>', '<c r="A5" t="s"><v>9999</v>', /A5 holds "9999"/],
    ["an unknown cell type", '<c r="B5" s="3">', '<c r="B5" s="3" t="x">', /B5 holds "x", which is not a cell type/],
  ])("refuses %s", async (_, from, to, fragment) => {
    await expectRefused(mutateExample((p) => replaceIn(p, SHEET_PART, from, to)), fragment);
  });

  it("reads a shared string with plain text and runs whole, as Excel shows it", async () => {
    // "Stock" as plain text, "holm" as a run: the region is Stockholm, not "Stock".
    const file = mutateExample((p) => {
      const sst = p["xl/sharedStrings.xml"] as string;
      const items = [...sst.matchAll(/<si>.*?<\/si>/g)].map((m) => m[0]);
      const at = items.findIndex((s) => s.includes(">Stockholm<"));
      p["xl/sharedStrings.xml"] = sst.replace(items[at], '<si><t>Stock</t><r><t>holm</t></r></si>');
    });
    await expectPublished(file);
  });

  it("reads a sheet whose <dimension> declares the whole grid (Gnumeric) by the cells present", async () => {
    await expectPublished(mutateExample((p) => replaceIn(p, SHEET_PART, /<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')));
  });

  it("reads merged areas as large as the sheet without visiting their cells", async () => {
    const file = mutateExample((p) => replaceIn(p, SHEET_PART, "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="K1:XFD1048576"/></mergeCells>'));
    await expectPublished(file);
  });

  it("refuses two parts whose names differ only in case", async () => {
    await expectRefused(mutateExample((p) => (p["xl/worksheets/Sheet1.xml"] = (p[SHEET_PART] as string).replace(STOCKHOLM_B, '<c r="B5" s="3"><v>1</v></c>'))), /differ only in case/);
  });

  it("refuses a workbook larger than it reads before parsing it", async () => {
    // Varied figures, so that the part packs as real data does (not as a zip bomb).
    const cells = Array.from({ length: 600_000 }, (_, i) => `<c><v>${(i * 7919) % 1000003}</v></c>`).join("");
    const file = mutateExample((p) => replaceIn(p, SHEET_PART, "</sheetData>", `<row r="30">${cells}</row></sheetData>`));
    await expectRefused(file, /XML elements, more than the 500000 Fördela reads/);
  }, 120_000);
});
