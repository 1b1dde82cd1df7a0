import fc from "fast-check";
import { unzipSync } from "fflate";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { errorMessage } from "../../src/cli/errorText";
import { escapeControls } from "../../src/cli/safeText";
import { render } from "../../src/messages/message";
import { EXAMPLE, runCli, tempDir } from "../helpers/workbooks";
import { bigWorkbook, zip } from "../helpers/zip";

const HOSTILE = "Fler AT\u001b[2J\u001b[1;1H\u009b31m\u202egnalsiF\u2066\u0000\u007f\r klart";
/** Control characters a terminal acts on: C0 but newline and tab, DEL, C1, the bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function roundFile(edit: (def: Record<string, unknown> & { blocks: Record<string, unknown>[] }) => void): Promise<string> {
  const def = JSON.parse((await runCli("rounds", "--export", "at-2024")).stdout);
  edit(def);
  const file = path.join(tempDir(), "runda.json");
  writeFileSync(file, JSON.stringify(def));
  return file;
}

describe("output that cannot act on the terminal", () => {
  it("escapes every acting control character visibly, keeps newline, tab and all other text", () => {
    expect(escapeControls(HOSTILE)).toBe("Fler AT\\u001b[2J\\u001b[1;1H\\u009b31m\\u202egnalsiF\\u2066\\u0000\\u007f\\u000d klart");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = escapeControls(s);
        expect(ACTING.test(out)).toBe(false);
        // Nothing else changes: removing the escapes of the acting characters gives the text without them.
        expect(out.replace(/\\u00(0[0-8]|0[b-f]|1[0-9a-f]|7f|[89][0-9a-f])|\\u20(2[a-e]|6[6-9])|\\u061c|\\u200[ef]/g, "")).toBe(s.replace(new RegExp(ACTING.source + "|[\\u061c\\u200e\\u200f]", "g"), ""));
      }),
    );
  });

  it("a round's titles with escape sequences and bidi overrides reach the terminal escaped, in text and in JSON", async () => {
    const file = await roundFile((def) => {
      def.titleEn = HOSTILE;
    });
    const text = await runCli("compute", EXAMPLE, "--round-file", file, "--lang", "en");
    expect(text.code).toBe(0);
    expect(ACTING.test(text.stdout + text.stderr)).toBe(false);
    expect(text.stdout).toContain("Fler AT\\u001b[2J\\u001b[1;1H\\u009b31m\\u202egnalsiF");
    const json = await runCli("compute", EXAMPLE, "--round-file", file, "--lang", "en", "--json");
    expect(ACTING.test(json.stdout)).toBe(false);
    expect(JSON.parse(json.stdout).title).toBeDefined(); // still JSON, the same values
    const checked = await runCli("check", EXAMPLE, "--round-file", file, "--lang", "en");
    expect(ACTING.test(checked.stdout + checked.stderr)).toBe(false);
  });

  it("a round file nested 100 000 deep is a syntax problem in the officer's language, not a stack overflow", async () => {
    const file = await roundFile(() => undefined);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^\{/, `{"x":${"[".repeat(100000)}${"]".repeat(100000)},`));
    const run = await runCli("compute", EXAMPLE, "--round-file", file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nästlad djupare än 64 nivåer");
    expect(run.stderr).not.toMatch(/Maximum call stack/);
  });

  it("blocks whose pots together pass what the engine computes exactly are refused, naming the limit", async () => {
    const file = await roundFile((def) => {
      def.blocks[0].pot = "4503599627370495";
      def.blocks[1].pot = "4503599627370495";
    });
    const run = await runCli("compute", EXAMPLE, "--round-file", file, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the blocks together have 9,007,199,254,740,990");
    expect(run.stderr).not.toMatch(/largestRemainder/);
  });
});

describe("files that are no workbook file: a message naming them, never a hang or a raw error", () => {
  const checkOf = (file: string) => runCli("check", file, "--round", "at-2024", "--lang", "en");

  it("a folder", async () => {
    const dir = path.join(tempDir(), "mapp.xlsx");
    mkdirSync(dir);
    const run = await checkOf(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir} is a folder, not a workbook`);
  });

  it.each(["/dev/zero", "/dev/null", "/dev/urandom"])("a device: %s", async (dev) => {
    const run = await checkOf(dev);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dev} is not an ordinary file`);
  });

  it("a FIFO (opened without waiting for a writer)", async () => {
    const fifo = path.join(tempDir(), "ror.xlsx");
    execFileSync("mkfifo", [fifo]);
    const run = await checkOf(fifo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${fifo} is not an ordinary file`);
  });

});

describe("every error as a message in the officer's language", () => {
  const errno = (code: string, syscall: string, file = "/arbete/bok.xlsx") => Object.assign(new Error(`${code}: raw, ${syscall} '${file}'`), { code, syscall, path: file, toString: () => `${code} in ${syscall}` });
  it.each([
    [errno("ENOSPC", "write"), "det finns inte plats på disken för /arbete/bok.xlsx", "there is no room on the disk for /arbete/bok.xlsx"],
    [errno("EDQUOT", "write"), "det finns inte plats på disken", "there is no room on the disk"],
    [errno("EISDIR", "read"), "/arbete/bok.xlsx är en mapp, ingen arbetsbok", "/arbete/bok.xlsx is a folder, not a workbook"],
    [errno("EACCES", "open"), "du har inte behörighet att läsa /arbete/bok.xlsx", "you are not allowed to read /arbete/bok.xlsx"],
    [errno("EACCES", "rename"), "/arbete/bok.xlsx kan inte skrivas", "/arbete/bok.xlsx cannot be written"],
    [errno("ENOENT", "open"), "filen /arbete/bok.xlsx finns inte", "there is no file /arbete/bok.xlsx"],
    [errno("EIO", "write"), "disken gav ett fel (EIO)", "the disk reported an error (EIO)"],
    [new RangeError("Invalid code point 1114112"), "hänvisar till ett tecken som inte finns (Invalid code point 1114112)", "refers to a character that does not exist"],
    [new RangeError("Maximum call stack size exceeded"), "ett internt fel i Fördela (Maximum call stack size exceeded); inget skrevs", "an internal error in Fördela (Maximum call stack size exceeded); nothing was written"],
  ])("%p", (e, sv, en) => {
    expect(render(errorMessage(e), "sv")).toContain(sv);
    expect(render(errorMessage(e), "en")).toContain(en);
  });

  it("a workbook with a character reference beyond Unicode is said to be damaged, not a raw RangeError", async () => {
    const file = path.join(tempDir(), "tecken.xlsx");
    const parts = unzipSync(new Uint8Array(bigWorkbook(3)));
    const sheet = Buffer.from(parts["xl/worksheets/sheet1.xml"]).toString("utf8").replace("<t>Gotland</t>", "<t>&#x110000;</t>");
    writeFileSync(file, zip(Object.entries({ ...parts, "xl/worksheets/sheet1.xml": Buffer.from(sheet) }).map(([name, data]) => ({ name, data: Buffer.from(data) }))));
    const run = await runCli("check", file, "--round", "at-2024", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fordela: the workbook is damaged/);
  });

  it("--out naming a folder: said so, nothing written", async () => {
    const dir = tempDir();
    const run = await runCli("compute", EXAMPLE, "--round", "at-2024", "--out", dir, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir} is a folder, not a workbook`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an internal error's text is printed escaped: no NUL, no escape sequence", async () => {
    const rendered = escapeControls(render(errorMessage(new Error("bad\u0000\u001b[2Jcell")), "en"));
    expect(rendered).toContain("bad\\u0000\\u001b[2Jcell");
    expect(ACTING.test(rendered)).toBe(false);
  });
});
