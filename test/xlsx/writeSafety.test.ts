import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readXlsxFile, saveWorkbook } from "../../src/hosts/xlsx/xlsxFile";
import { EXAMPLE, runCli, tempDir } from "../helpers/workbooks";

const BIN = path.join(__dirname, "..", "..", "bin", "fordela.js");

function copyOfExample(dir = tempDir(), name = "bok.xlsx"): string {
  const file = path.join(dir, name);
  copyFileSync(EXAMPLE, file);
  return file;
}

/** The CLI as a process of its own (built by npm test's build step), so it can be raced or killed. */
function cli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

describe("writing the workbook file safely", () => {
  it("refuses when the file changed on disk after it was read, and leaves the newer file alone", async () => {
    const file = copyOfExample();
    const opened = await readXlsxFile(file);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])])); // the officer saved it meanwhile
    const now = readFileSync(file);
    await expect(saveWorkbook(opened.bytes, file, opened)).rejects.toThrow(/changed on disk after Fördela read it/);
    expect(readFileSync(file).equals(now)).toBe(true);
  });

  it("lets one of two runs writing the same file at once win, and refuses the other", async () => {
    const file = copyOfExample();
    const runs = [0, 1].map(() => cli(["compute", file, "--round", "at-2024", "--write"], { FORDELA_TEST_WRITE_PAUSE_MS: "700" }));
    const results = await Promise.all(runs.map((r) => r.done));
    expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(results.find((r) => r.code === 1)!.stderr).toMatch(/skrivs av en annan Fördela-körning|ändrades på disken/);
    expect((await runCli("compute", file, "--round", "at-2024")).code).toBe(0);
    expect(readdirSync(path.dirname(file))).toEqual(["bok.xlsx"]);
  }, 30000);

  it("writes through a symbolic link to the real file, and the link stays a link", async () => {
    const dir = tempDir();
    const real = copyOfExample(dir, "riktig.xlsx");
    const link = path.join(dir, "länk.xlsx");
    symlinkSync(real, link);
    const before = readFileSync(real);
    expect((await runCli("compute", link, "--round", "at-2024", "--write")).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).equals(before)).toBe(false);
  });

  it("keeps the file's permissions", async () => {
    const file = copyOfExample();
    chmodSync(file, 0o640);
    expect((await runCli("compute", file, "--round", "at-2024", "--write")).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it("keeps hard links: every name sees the written workbook", async () => {
    const dir = tempDir();
    const file = copyOfExample(dir);
    const other = path.join(dir, "samma.xlsx");
    linkSync(file, other);
    expect((await runCli("compute", file, "--round", "at-2024", "--write")).code).toBe(0);
    expect(statSync(file).ino).toBe(statSync(other).ino);
    expect(readFileSync(other).equals(readFileSync(file))).toBe(true);
    expect(readFileSync(file).equals(readFileSync(EXAMPLE))).toBe(false);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("killed by %s during the write, it leaves no temporary file and the original intact", async (signal) => {
    const dir = tempDir();
    const file = copyOfExample(dir);
    const before = readFileSync(file);
    const run = cli(["compute", file, "--round", "at-2024", "--write"], { FORDELA_TEST_WRITE_PAUSE_MS: "5000" });
    // Wait until the temporary file exists: the process is inside the write.
    for (let i = 0; i < 200 && !readdirSync(dir).some((f) => f.endsWith(".tmp")); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    run.child.kill(signal);
    const result = await run.done;
    expect(result.code).not.toBe(0);
    expect(readdirSync(dir)).toEqual(["bok.xlsx"]);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 30000);

  it("treats --out naming the workbook itself (by another path) as --write", async () => {
    const dir = tempDir();
    const file = copyOfExample(dir);
    const other = tempDir();
    symlinkSync(dir, path.join(other, "mapp"));
    const alias = path.join(other, "mapp", "bok.xlsx"); // the same file through a linked folder
    const run = await runCli("compute", file, "--round", "at-2024", "--out", alias, "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).written).toBe(file);
  });

  it("gives the same workbook when a round runs twice as when it runs once", async () => {
    const env = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = "1732406400"; // the record's timestamp, the one thing that may differ
    try {
      const file = copyOfExample();
      expect((await runCli("compute", file, "--round", "at-2024", "--write")).code).toBe(0);
      const once = readFileSync(file);
      expect((await runCli("compute", file, "--round", "at-2024", "--write")).code).toBe(0);
      expect(readFileSync(file).equals(once)).toBe(true);
    } finally {
      if (env === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = env;
    }
  });

  it("removes a lock left by a run that was killed, and writes", async () => {
    const file = copyOfExample();
    writeFileSync(path.join(path.dirname(file), `.~lock.bok.xlsx.fordela`), "2147483646");
    expect((await runCli("compute", file, "--round", "at-2024", "--write")).code).toBe(0);
    expect(existsSync(path.join(path.dirname(file), `.~lock.bok.xlsx.fordela`))).toBe(false);
  });
});
