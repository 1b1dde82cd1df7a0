import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parts } from "../helpers/parts";
import { mutateExample, replaceIn, SHEET_PART, type Parts } from "../helpers/mutate";
import { runCli, tempDir } from "../helpers/workbooks";
import { shownByLibreOffice, sofficePath } from "../helpers/libreoffice";

/**
 * Writing in the package's own dialect, with its styles as it has them, and
 * refusing only what cannot be patched safely. Each workbook is the bundled
 * AT 2024 workbook changed at the byte level into the kind a program writes
 * (the clause each change follows is named), then computed with --out.
 */
const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

/** ISO/IEC 29500-1 Strict: the same parts, in the purl.oclc.org namespaces and relationship types (Annex A; part 4 lists the Transitional ones). */
function toStrict(p: Parts): void {
  for (const [k, v] of Object.entries(p)) {
    if (typeof v !== "string") continue;
    p[k] = v
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, STRICT.main)
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, STRICT.rel);
  }
}

async function writeOut(file: string, ...extra: string[]) {
  const out = path.join(tempDir(), "ut.xlsx");
  const run = await runCli("compute", file, "--round", "at-2024", "--out", out, "--lang", "en", ...extra);
  return { run, out };
}

/** The style (cellXfs entry, as written) of a cell in a written sheet part, by regular expressions, not the writer's parser. */
function xfOf(p: Record<string, Buffer>, sheetPart: string, stylesPart: string, ref: string): string {
  const sheet = p[sheetPart].toString();
  const s = Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(p[stylesPart].toString())?.[1] ?? "";
  // Each entry: an <xf>, or an mc:AlternateContent whose Choice Excel takes.
  const entries = [...cellXfs.matchAll(/<mc:AlternateContent>[\s\S]*?<\/mc:AlternateContent>|<xf\b[^>]*?\/>|<xf\b[^>]*?>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
  return entries[s] ?? "(none)";
}

function openedByOpenpyxl(file: string): string {
  return execFileSync("/usr/bin/python3", ["-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print(','.join(wb.sheetnames))", file], { encoding: "utf8" }).trim();
}

describe("writing in the package's own dialect", () => {
  it("a Strict workbook gets its record sheet and relationship in Strict, and LibreOffice shows the amounts", async () => {
    const { run, out } = await writeOut(mutateExample(toStrict, "strikt.xlsx"));
    expect(run.stderr).toBe("");
    const p = parts(out);
    const record = Object.keys(p).find((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k) && k !== SHEET_PART) as string;
    expect(p[record].toString()).toContain(`<worksheet xmlns="${STRICT.main}"`);
    const rels = p["xl/_rels/workbook.xml.rels"].toString();
    expect(rels).not.toContain("schemas.openxmlformats.org/officeDocument");
    expect(p["xl/workbook.xml"].toString()).not.toContain("schemas.openxmlformats.org/spreadsheetml");
    const soffice = sofficePath();
    if (soffice) expect(shownByLibreOffice(soffice, out).get("Fördelning 2024")?.[4]?.[9]?.replace(/\D/g, "")).toBe("35563907");
  });

  it("a workbook part that is not at xl/workbook.xml is found through the root relationships, and new sheets go beside it", async () => {
    const file = mutateExample((p) => {
      for (const k of Object.keys(p)) if (k.startsWith("xl/")) {
        p[`bok/${k.slice(3)}`] = p[k];
        delete p[k];
      }
      replaceIn(p, "_rels/.rels", 'Target="xl/workbook.xml"', 'Target="bok/workbook.xml"');
      p["[Content_Types].xml"] = (p["[Content_Types].xml"] as string).replace(/PartName="\/xl\//g, 'PartName="/bok/');
    }, "flyttad.xlsx");
    const { run, out } = await writeOut(file);
    expect(run.stderr).toBe("");
    const p = parts(out);
    expect(Object.keys(p).filter((k) => k.startsWith("xl/"))).toEqual([]);
    expect(p["bok/worksheets/sheet2.xml"]).toBeDefined();
    // openpyxl looks for xl/workbook.xml only (it cannot open the input either); LibreOffice follows the relationships.
    const soffice = sofficePath();
    if (soffice) {
      const shown = shownByLibreOffice(soffice, out);
      expect([...shown.keys()].sort()).toEqual(["Fördela at-2024", "Fördelning 2024"]);
      expect(shown.get("Fördelning 2024")?.[4]?.[9]).toMatch(/^35.563.907$/);
    }
  });
});

describe("styles as the package has them", () => {
  it("counts the cell styles inside mc:AlternateContent as Excel does", async () => {
    // Hancom and Excel's extensions: an <xf> with a Choice Excel understands and a Fallback (ISO/IEC 29500-3, 10.2).
    const file = mutateExample((p) => replaceIn(p, "xl/styles.xml", '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>', '<mc:AlternateContent><mc:Choice Requires="x14ac"><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></mc:Choice><mc:Fallback><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></mc:Fallback></mc:AlternateContent>'), "alternativ.xlsx");
    const { run, out } = await writeOut(file);
    expect(run.stderr).toBe("");
    const p = parts(out);
    const styles = p["xl/styles.xml"].toString();
    const count = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    expect(count).toBe(6); // five as before (one inside AlternateContent) and one appended
    expect(xfOf(p, SHEET_PART, "xl/styles.xml", "J5")).toMatch(/^<xf numFmtId="3"/);
    // openpyxl does not read AlternateContent in styles (it fails on the input too); LibreOffice does.
    const soffice = sofficePath();
    if (soffice) expect(shownByLibreOffice(soffice, out).get("Fördelning 2024")?.[4]?.[9]).toMatch(/^35.563.907$/);
  });

  it("gives an empty <styleSheet/> what Excel needs to show #,##0", async () => {
    const file = mutateExample((p) => {
      p["xl/styles.xml"] = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
      p[SHEET_PART] = (p[SHEET_PART] as string).replace(/ s="\d+"/g, "");
    }, "tomma-format.xlsx");
    const { run, out } = await writeOut(file);
    expect(run.stderr).toBe("");
    const p = parts(out);
    const styles = p["xl/styles.xml"].toString();
    expect(styles).toMatch(/<fonts count="1">[\s\S]*<fills count="2">[\s\S]*<borders count="1">[\s\S]*<cellStyleXfs count="1">[\s\S]*<cellXfs count="2"><xf numFmtId="0"[^>]*\/><xf numFmtId="3"/);
    expect(xfOf(p, SHEET_PART, "xl/styles.xml", "J5")).toMatch(/numFmtId="3"/);
    expect(openedByOpenpyxl(out)).toContain("Fördelning 2024");
    const soffice = sofficePath();
    if (soffice) expect(shownByLibreOffice(soffice, out).get("Fördelning 2024")?.[4]?.[9]).toMatch(/^35.563.907$/);
  });

  it("gives a new amount cell the look of its column", async () => {
    const file = mutateExample((p) => replaceIn(p, SHEET_PART, '<col min="2" max="10" width="16" customWidth="1"/>', '<col min="2" max="7" width="16" customWidth="1"/><col min="8" max="10" width="16" style="4" customWidth="1"/>'), "kolumnformat.xlsx");
    const { run, out } = await writeOut(file);
    expect(run.stderr).toBe("");
    // Style 4 is bold (fontId 2): the written amount is bold too, with the amount format.
    expect(xfOf(parts(out), SHEET_PART, "xl/styles.xml", "H5")).toMatch(/^<xf numFmtId="3" fontId="2"/);
  });
});

describe("refusing only what cannot be patched safely, saying what it is", () => {
  it("an .xlsb", async () => {
    const file = mutateExample((p) => {
      replaceIn(p, "_rels/.rels", 'Target="xl/workbook.xml"', 'Target="xl/workbook.bin"');
      p["xl/workbook.bin"] = new Uint8Array([0x83, 0x01, 0x00]);
      delete p["xl/workbook.xml"];
    }, "binar.xlsx");
    const { run, out } = await writeOut(file);
    expect(run.stderr).toContain("this is a binary Excel workbook (.xlsb)");
    expect(() => readFileSync(out)).toThrow();
  });

  /** A package signature (ECMA-376 part 2, 12.2): the origin part, a signature part, their relationships and content types. */
  function signed(p: Parts): void {
    replaceIn(p, "_rels/.rels", "</Relationships>", '<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>');
    p["_xmlsignatures/origin.sigs"] = new Uint8Array(0);
    p["_xmlsignatures/_rels/origin.sigs.rels"] = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>';
    p["_xmlsignatures/sig1.xml"] = '<?xml version="1.0" encoding="UTF-8"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"/>';
    replaceIn(p, "[Content_Types].xml", "</Types>", '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>');
  }

  it("a signed package, unless the officer asks; then without its signature, and said", async () => {
    const file = mutateExample(signed, "signerad.xlsx");
    const refused = await writeOut(file);
    expect(refused.run.code).not.toBe(0);
    expect(refused.run.stderr).toContain("the workbook is digitally signed");
    expect(refused.run.stderr).toContain("--remove-signature");
    const asked = await writeOut(file, "--remove-signature");
    expect(asked.run.stderr).toBe("");
    expect(asked.run.stdout).toContain("the signature no longer holds for the written file and was removed");
    const p = parts(asked.out);
    expect(Object.keys(p).filter((k) => k.startsWith("_xmlsignatures"))).toEqual([]);
    expect(p["_rels/.rels"].toString()).not.toContain("digital-signature");
    expect(p["[Content_Types].xml"].toString()).not.toContain("sig1.xml");
    expect(openedByOpenpyxl(asked.out)).toContain("Fördelning 2024");
  });

  it("a workbook whose structure is protected, as in Excel", async () => {
    const file = mutateExample((p) => replaceIn(p, "xl/workbook.xml", "<sheets>", '<workbookProtection lockStructure="1"/><sheets>'), "skyddad.xlsx");
    const before = readFileSync(file);
    const run = await runCli("compute", file, "--round", "at-2024", "--write", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the workbook's structure is protected, so Fördela cannot add the record sheet Fördela at-2024");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("an officer's own sheet named like the record sheet, in any case", async () => {
    const file = mutateExample((p) => {
      replaceIn(p, "xl/workbook.xml", "</sheets>", '<sheet name="FÖRDELA AT-2024" sheetId="2" r:id="rId9"/></sheets>');
      replaceIn(p, "xl/_rels/workbook.xml.rels", "</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/mitt.xml"/></Relationships>');
      replaceIn(p, "[Content_Types].xml", "</Types>", '<Override PartName="/xl/worksheets/mitt.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
      p["xl/worksheets/mitt.xml"] = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mina anteckningar</t></is></c></row></sheetData></worksheet>';
    }, "eget-blad.xlsx");
    const before = readFileSync(file);
    const run = await runCli("compute", file, "--round", "at-2024", "--write", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already has a sheet "FÖRDELA AT-2024" that Fördela did not write');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
