import { constants, promises as fs, rmSync, type Stats } from "node:fs";
import path from "node:path";
import { checkFileSize, WorkbookRefused } from "./zipGuard";

/** A workbook file as it was read: its bytes, and what it was on disk then. */
export interface OpenedFile {
  path: string;
  bytes: Uint8Array;
  stat: Stats;
}

/** Reads a workbook file, refusing one far larger than any officers' workbook before reading it. */
export async function readXlsxFile(file: string): Promise<OpenedFile> {
  const stat = await fs.stat(file);
  checkFileSize(stat.size);
  return { path: file, bytes: new Uint8Array(await fs.readFile(file)), stat };
}

/** Two names for one file (the same path, a symbolic link, a hard link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return Boolean(x && y && x.dev === y.dev && x.ino === y.ino);
}

function writeProblem(file: string, e: NodeJS.ErrnoException): Error {
  if (e instanceof WorkbookRefused) return e;
  if (e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS") return WorkbookRefused.of("file.readOnly", { file });
  if (e.code === "EBUSY") return WorkbookRefused.of("file.busy", { file });
  return e;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/** A lock file beside the workbook, so that two runs cannot write it at once. */
async function lock(real: string): Promise<string> {
  const file = path.join(path.dirname(real), `.~lock.${path.basename(real)}.fordela`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: "wx" });
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(await fs.readFile(file, "utf8").catch(() => "0"));
      let alive = false;
      try {
        alive = pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive) throw WorkbookRefused.of("file.lockedByRun", { file: path.basename(real), pid: String(pid) });
      await fs.rm(file, { force: true }); // left by a run that was killed
    }
  }
  throw WorkbookRefused.of("file.locked", { file: path.basename(real) });
}

/** Test hook: a pause after the temporary file is written, so a test can kill the process there. */
const pause = () => new Promise((r) => setTimeout(r, Number(process.env.FORDELA_TEST_WRITE_PAUSE_MS ?? 0)));

/**
 * Saves a workbook's bytes: written to a temporary file beside the real file
 * (through a symbolic link), with its permissions and owner, flushed to disk,
 * then renamed over it, so the file is whole or untouched. A file with hard
 * links is written in place instead, so every name keeps seeing it. When
 * `original` is given, a file changed on disk since it was read is refused.
 * The temporary and lock files are removed on every failure and on SIGINT/SIGTERM.
 */
export async function saveWorkbook(bytes: Uint8Array, file: string, original?: OpenedFile): Promise<void> {
  const real = await fs.realpath(file).catch(() => path.resolve(file));
  await fs.mkdir(path.dirname(real), { recursive: true }).catch((e) => Promise.reject(writeProblem(file, e)));
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.fordela-${process.pid}.tmp`);
  let lockFile: string | null = null;
  const cleanup = () => {
    rmSync(tmp, { force: true });
    if (lockFile) rmSync(lockFile, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    lockFile = await lock(real);
    const stat = await fs.stat(real).catch(() => null);
    if (stat && (stat.mode & 0o222) === 0) throw Object.assign(new Error("read-only"), { code: "EACCES" });
    if (original && stat) {
      const now = await fs.readFile(real);
      if (!sameBytes(now, original.bytes)) throw WorkbookRefused.of("file.changed", { file });
    }
    const handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, stat ? stat.mode & 0o7777 : 0o666);
    try {
      await handle.writeFile(bytes);
      if (stat) {
        await handle.chmod(stat.mode & 0o7777);
        await handle.chown(stat.uid, stat.gid).catch(() => undefined); // only root may give a file away
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await pause();
    if (stat && stat.nlink > 1) {
      const target = await fs.open(real, "r+");
      try {
        await target.write(bytes, 0, bytes.length, 0);
        await target.truncate(bytes.length);
        await target.sync();
      } finally {
        await target.close();
      }
      await fs.rm(tmp, { force: true });
    } else {
      await fs.rename(tmp, real);
      const dir = await fs.open(path.dirname(real), "r").catch(() => null);
      await dir?.sync().catch(() => undefined);
      await dir?.close();
    }
  } catch (e) {
    throw writeProblem(file, e as NodeJS.ErrnoException);
  } finally {
    cleanup();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
