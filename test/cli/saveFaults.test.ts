import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startTime } from "../../src/hosts/xlsx/fileLocks";
import { EXAMPLE, runCli, tempDir } from "../helpers/workbooks";

const BIN = path.join(__dirname, "..", "..", "bin", "fordela.js");
const LOCK = ".~lock.bok.xlsx.fordela";

function copyOfExample(dir = tempDir(), name = "bok.xlsx"): string {
  const file = path.join(dir, name);
  copyFileSync(EXAMPLE, file);
  return file;
}

const write = (file: string, ...more: string[]) => runCli("compute", file, "--round", "at-2024", "--write", "--lang", "en", ...more);

/** The CLI as a process of its own (the bundle npm's prepare step builds), so it can be paused, raced or killed. */
function cli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
  return { child, done };
}

async function untilTempFile(dir: string): Promise<void> {
  for (let i = 0; i < 400 && !readdirSync(dir).some((f) => f.endsWith(".tmp")); i++) await new Promise((r) => setTimeout(r, 25));
  expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
}

/** A small tmpfs of its own, so a full disk is real. Skipped (said why) where mounting is not allowed, unless FORDELA_REQUIRE_TMPFS=1. */
function smallDisk(kb: number): { dir: string; done: () => void } | null {
  const dir = tempDir();
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${kb}k`, "tmpfs", dir], { encoding: "utf8" });
  if (mounted.status !== 0) {
    if (process.env.FORDELA_REQUIRE_TMPFS === "1") throw new Error(`cannot mount a tmpfs: ${mounted.stderr}`);
    console.log(`full-disk test skipped: cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || "").trim()}); FORDELA_REQUIRE_TMPFS=1 makes this a failure`);
    return null;
  }
  return { dir, done: () => (spawnSync("umount", [dir]), rmdirSync(dir)) };
}

/** Fills the disk until only `leave` bytes (rounded to pages by tmpfs) are free. */
function fillLeaving(dir: string, leave: number): void {
  const free = Number(execFileSync("df", ["-B1", "--output=avail", dir], { encoding: "utf8" }).split("\n")[1].trim());
  writeFileSync(path.join(dir, "fyllnad.bin"), Buffer.alloc(Math.max(0, free - leave)));
}

/** How large the written workbook is: computed once elsewhere. */
async function writtenSize(): Promise<number> {
  const out = path.join(tempDir(), "ut.xlsx");
  expect((await runCli("compute", EXAMPLE, "--round", "at-2024", "--out", out)).code).toBe(0);
  return statSync(out).size;
}

const PAGE = 4096;
const pages = (n: number) => Math.ceil(n / PAGE) * PAGE;

describe("saving on a full disk (a tmpfs of its own)", () => {
  it.each([
    ["a file of its own", false],
    ["a hard-linked file", true],
  ])("%s: refused with the disk named, the workbook unchanged, no temporary file left", async (_, linked) => {
    const disk = smallDisk(512);
    if (!disk) return;
    try {
      const file = copyOfExample(disk.dir);
      if (linked) linkSync(file, path.join(disk.dir, "samma.xlsx"));
      const before = readFileSync(file);
      fillLeaving(disk.dir, 2 * PAGE); // room for the lock, not for the new workbook
      const run = await write(file);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`there is no room on the disk for ${file}`);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(disk.dir).sort()).toEqual(["bok.xlsx", "fyllnad.bin", ...(linked ? ["samma.xlsx"] : [])]);
      const sv = await runCli("compute", file, "--round", "at-2024", "--write");
      expect(sv.stderr).toContain("det finns inte plats på disken");
    } finally {
      disk.done();
    }
  });

  it("a hard-linked file with room for the checked copy but not for the file to grow: put back as it was", async () => {
    const size = await writtenSize();
    const disk = smallDisk(512);
    if (!disk) return;
    try {
      const file = copyOfExample(disk.dir);
      linkSync(file, path.join(disk.dir, "samma.xlsx"));
      const before = readFileSync(file);
      // The lock and the whole copy fit; growing the file in place by what it grows does not.
      fillLeaving(disk.dir, PAGE + pages(size) + PAGE);
      const run = await write(file);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain("could not be written through (ENOSPC); it has been restored as it was");
      console.log(`hard link, room for the copy only: ${run.stderr.trim()}`);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readFileSync(path.join(disk.dir, "samma.xlsx")).equals(before)).toBe(true);
      expect(readdirSync(disk.dir).sort()).toEqual(["bok.xlsx", "fyllnad.bin", "samma.xlsx"]);
    } finally {
      disk.done();
    }
  });
});

describe("other programs' locks", () => {
  it("LibreOffice's lock file: refused, naming who has it open", async () => {
    const file = copyOfExample();
    const before = readFileSync(file);
    writeFileSync(path.join(path.dirname(file), ".~lock.bok.xlsx#"), ",Förnamn Efternamn,kontoret,06.12.2026 10:00,file:///home/fe/.config/libreoffice/4;");
    const run = await write(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bok.xlsx is open in LibreOffice by Förnamn Efternamn");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("LibreOffice's lock beside a symbolic link it was opened through", async () => {
    const dir = tempDir();
    const real = copyOfExample(dir, "riktig.xlsx");
    const link = path.join(dir, "länk.xlsx");
    symlinkSync(real, link);
    writeFileSync(path.join(dir, ".~lock.länk.xlsx#"), ",Åsa Berg,kontoret,06.12.2026 10:00,file:///home/ab/.config/libreoffice/4;");
    const run = await write(link);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("länk.xlsx is open in LibreOffice by Åsa Berg");
  });

  it.each([
    ["bok.xlsx", "~$bok.xlsx"],
    ["Budgetunderlag 2026.xlsx", "~$dgetunderlag 2026.xlsx"], // a long name: the first two characters give way to ~$
  ])("Excel's owner file for %s: refused, naming who has it open", async (name, owner) => {
    const file = copyOfExample(tempDir(), name);
    const before = readFileSync(file);
    // The user's name, its length first, in the 8-bit code page; padded to 54 bytes, then again in UTF-16 with its length.
    const user = "Åsa Berg";
    const bytes = Buffer.alloc(165);
    bytes[0] = user.length;
    bytes.write(user, 1, "latin1");
    bytes.writeUInt16LE(user.length, 55);
    bytes.write(user, 57, "utf16le");
    writeFileSync(path.join(path.dirname(file), owner), bytes);
    const run = await write(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${name} is open in Excel by Åsa Berg`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("Fördela's own lock", () => {
  it("another user's live run holds it: refused (kill(pid, 0) gives EPERM, the run lives)", async () => {
    const sleeper = spawn("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "30"], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const pid = sleeper.pid!;
      const file = copyOfExample();
      const before = readFileSync(file);
      for (const lock of [String(pid), JSON.stringify({ pid, host: os.hostname(), boot: readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim(), start: startTime(pid), token: "ab" })]) {
        writeFileSync(path.join(path.dirname(file), LOCK), lock);
        const run = await write(file);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`is being written by another Fördela run (process ${pid})`);
        expect(readFileSync(file).equals(before)).toBe(true);
      }
    } finally {
      sleeper.kill("SIGKILL");
    }
  });

  it("a lock naming a live pid that started at another time (pid 1 of an earlier container run) is stale", async () => {
    const file = copyOfExample();
    writeFileSync(path.join(path.dirname(file), LOCK), JSON.stringify({ pid: 1, host: os.hostname(), boot: "", start: "1", token: "cd" }));
    expect((await write(file)).code).toBe(0);
    expect(readdirSync(path.dirname(file))).toEqual(["bok.xlsx"]);
  });

  it("a lock naming this very pid but not taken by this process is stale (a container's pid 1 again)", async () => {
    const file = copyOfExample();
    writeFileSync(path.join(path.dirname(file), LOCK), JSON.stringify({ pid: process.pid, host: os.hostname(), boot: "", start: startTime(process.pid), token: "ef" }));
    expect((await write(file)).code).toBe(0);
  });

  it("a lock from before the last reboot is stale", async () => {
    const file = copyOfExample();
    writeFileSync(path.join(path.dirname(file), LOCK), JSON.stringify({ pid: process.ppid, host: os.hostname(), boot: "00000000-0000-0000-0000-000000000000", start: "", token: "12" }));
    expect((await write(file)).code).toBe(0);
  });

  it("a lock from another computer is live while fresh, stale after an hour", async () => {
    const file = copyOfExample();
    const lock = path.join(path.dirname(file), LOCK);
    writeFileSync(lock, JSON.stringify({ pid: 4242, host: "handlaggare-pc-7", boot: "x", start: "9", token: "34" }));
    const run = await write(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is being written by a Fördela run on the computer handlaggare-pc-7 (process 4242)");
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(lock, twoHoursAgo, twoHoursAgo);
    expect((await write(file)).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

describe("a save racing the write, and a killed run", () => {
  it.each([
    ["a file of its own", false],
    ["a hard-linked file", true],
  ])("%s changed by another program while Fördela writes: refused, the other program's bytes kept", async (_, linked) => {
    const dir = tempDir();
    const file = copyOfExample(dir);
    if (linked) linkSync(file, path.join(dir, "samma.xlsx"));
    const run = cli(["compute", file, "--round", "at-2024", "--write", "--lang", "en"], { FORDELA_TEST_WRITE_PAUSE_MS: "1500" });
    await untilTempFile(dir);
    const theirs = Buffer.concat([readFileSync(file), Buffer.from("sparad i Excel")]);
    writeFileSync(file, theirs); // the officer saves in another program meanwhile
    const result = await run.done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("changed on disk after Fördela read it");
    expect(readFileSync(file).equals(theirs)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["bok.xlsx", ...(linked ? ["samma.xlsx"] : [])]);
  }, 30000);

  it("kill -9 during the write leaves a temporary copy and a lock; the next run removes both and writes", async () => {
    const dir = tempDir();
    const file = copyOfExample(dir);
    const before = readFileSync(file);
    const run = cli(["compute", file, "--round", "at-2024", "--write"], { FORDELA_TEST_WRITE_PAUSE_MS: "5000" });
    await untilTempFile(dir);
    run.child.kill("SIGKILL");
    await run.done;
    expect(readdirSync(dir).filter((f) => f !== "bok.xlsx").length).toBe(2); // what a kill -9 leaves
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await write(file)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["bok.xlsx"]);
  }, 30000);

  it("removes only its own leftovers: another file that merely looks alike stays", async () => {
    const dir = tempDir();
    const file = copyOfExample(dir);
    writeFileSync(path.join(dir, ".bok.xlsx.fordela-123.tmp"), "left by a killed run");
    writeFileSync(path.join(dir, ".annan.xlsx.fordela-123.tmp"), "another workbook's");
    mkdirSync(path.join(dir, "mapp"));
    expect((await write(file)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([".annan.xlsx.fordela-123.tmp", "bok.xlsx", "mapp"]);
  });
});
