import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** LibreOffice headless, when installed (CI installs it; FORDELA_REQUIRE_LIBREOFFICE=1 makes its absence a failure). */
export function sofficePath(): string | null {
  const found = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p)) ?? null;
  if (!found && process.env.FORDELA_REQUIRE_LIBREOFFICE === "1") throw new Error("LibreOffice is required (apt-get install libreoffice-calc-nogui)");
  return found;
}

/**
 * Every sheet of a workbook as LibreOffice shows it once loaded: a CSV per
 * sheet with the values formatted as displayed (filter options: comma, quote,
 * UTF-8, from line 1, "save cell contents as shown", all sheets), parsed into rows.
 */
export function shownByLibreOffice(soffice: string, file: string, options: { recalculate?: boolean } = {}): Map<string, string[][]> {
  const out = mkdtempSync(path.join(tmpdir(), "fordela-lo-"));
  const profile = mkdtempSync(path.join(tmpdir(), "fordela-lo-profile-"));
  if (options.recalculate) recalculateOnLoad(profile);
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1", "--outdir", out, file], { stdio: "pipe", timeout: 120000 });
  const base = path.basename(file, ".xlsx");
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) {
    const rows = readFileSync(path.join(out, f), "utf8").split(/\r?\n/).map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')));
    sheets.set(f.slice(base.length + 1, -4), rows);
  }
  return sheets;
}

/**
 * A profile in which LibreOffice recalculates every formula of an Excel file on
 * load (Tools › Options › Calc › Formula › "Recalculation on file load": Always),
 * instead of showing the stored results: a full recalculation to compare with.
 */
function recalculateOnLoad(profile: string): void {
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`,
  );
}
