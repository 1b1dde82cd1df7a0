import { constants, promises as fs, rmSync, type Stats } from "node:fs";
import path from "node:path";
import { refuseIfOpenElsewhere, releaseLock, removeLeftovers, takeLock, tempName, type OwnLock } from "./fileLocks";
import { fileProblem } from "./fileProblem";
import { checkFileSize, DEFAULT_LIMITS } from "./zipGuard";
import { WorkbookRefused } from "../../app/workbookRefused";

/** A workbook file as it was read: its bytes, and what it was on disk then. */
export interface OpenedFile {
  path: string;
  bytes: Uint8Array;
  stat: Stats;
}

/**
 * Reads a workbook file: only an ordinary file, and never more than one byte
 * over the limit, whatever its size on disk says (/dev/zero, a FIFO and /proc
 * files say 0 or nothing true). A FIFO is opened without waiting for a writer
 * (O_NONBLOCK) and then refused by what fstat says it is.
 */
export async function readXlsxFile(file: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<OpenedFile> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((e) => Promise.reject(fileProblem(file, e, "read")));
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw WorkbookRefused.of("file.isDirectory", { file });
    if (!stat.isFile()) throw WorkbookRefused.of("file.notRegular", { file });
    checkFileSize(stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) break; // grew while read: the size check below refuses it
    }
    checkFileSize(total);
    return { path: file, bytes: new Uint8Array(Buffer.concat(chunks, total)), stat };
  } catch (e) {
    throw fileProblem(file, e, "read");
  } finally {
    await handle.close();
  }
}

/** Two names for one file (the same path, a symbolic link, a hard link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return Boolean(x && y && x.dev === y.dev && x.ino === y.ino);
}

function sameBytes(a: Uint8Array, b: Uint8Array | null): boolean {
  return b !== null && a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/** Test hook: a pause after the temporary file is written, so a test can kill the process there or change the file. */
const pause = () => new Promise((r) => setTimeout(r, Number(process.env.FORDELA_TEST_WRITE_PAUSE_MS ?? 0)));

const readNow = (file: string) => fs.readFile(file).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? null : Promise.reject(e)));

/** The file as it is now must be the one read under the lock: another program (Excel, LibreOffice, a sync client) may have saved it meanwhile. */
async function refuseIfChanged(real: string, before: Uint8Array | null, file: string): Promise<void> {
  const now = await readNow(real);
  if (before === null ? now !== null : !sameBytes(before, now)) throw WorkbookRefused.of("file.changed", { file });
}

/** Writes the temporary copy whole, with the workbook's permissions and owner, flushed, then reads it back: every byte must be the one written. */
async function writeChecked(tmp: string, bytes: Uint8Array, stat: Stats | null, file: string): Promise<void> {
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
  if (!sameBytes(bytes, await fs.readFile(tmp))) throw WorkbookRefused.of("file.writeCheck", { file });
}

/** Writes bytes over a file from its start, cut to their length, flushed. */
async function overwrite(real: string, bytes: Uint8Array): Promise<void> {
  const target = await fs.open(real, "r+");
  try {
    // A short write (the disk filling up) is followed by another, which then says why.
    for (let at = 0; at < bytes.length; ) at += (await target.write(bytes, at, bytes.length - at, at)).bytesWritten;
    await target.truncate(bytes.length);
    await target.sync();
  } finally {
    await target.close();
  }
}

/**
 * A file with hard links is written in place: a rename would give this name a
 * new file and leave every other name with the old workbook. An in-place write
 * can fail half-way, so it comes only after the whole new workbook was written
 * and checked as the temporary copy (the disk had room for it), and the
 * workbook as it was is kept in memory: if the write fails or what is read back
 * is not every byte written, the old bytes are written back (into blocks the
 * file already has) and checked. Only if that fails too is the checked copy
 * kept and named, so the officer always holds one whole workbook.
 */
async function writeInPlace(real: string, bytes: Uint8Array, before: Uint8Array, tmp: string, file: string): Promise<"keepTemp" | void> {
  let failure: NodeJS.ErrnoException;
  try {
    await overwrite(real, bytes);
    if (sameBytes(bytes, await fs.readFile(real))) return;
    failure = Object.assign(new Error("read back differs"), { code: "EIO" });
  } catch (e) {
    failure = e as NodeJS.ErrnoException;
  }
  const code = failure.code ?? "EIO";
  try {
    await overwrite(real, before);
    if (sameBytes(before, await fs.readFile(real))) throw WorkbookRefused.of("file.inPlaceRestored", { file, code });
  } catch (e) {
    if (e instanceof WorkbookRefused) throw e;
  }
  throw Object.assign(WorkbookRefused.of("file.inPlaceDamaged", { file, code, copy: tmp }), { keepTemp: true });
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Saves a workbook's bytes: written to a temporary file beside the real file
 * (through a symbolic link), with its permissions and owner, flushed to disk
 * and read back, then renamed over it, so the file is whole or untouched. Not
 * while LibreOffice or Excel has it open, nor while another run holds the lock.
 * The file must be as it was read (`original`) both before the temporary file
 * is written and again right before the rename: a rename cannot itself compare
 * (POSIX has no compare-and-swap of a name), so that check is the last moment
 * the OS offers. The temporary and lock files are removed on every failure and
 * on SIGINT/SIGTERM; a kill -9's leftovers are removed by the next run.
 */
export async function saveWorkbook(bytes: Uint8Array, file: string, original?: OpenedFile): Promise<void> {
  const real = await fs.realpath(file).catch(() => path.resolve(file));
  let tmp: string | null = null;
  let lock: OwnLock | null = null;
  let critical = false; // writing in place: a signal waits until the file is whole again
  let signalled: NodeJS.Signals | null = null;
  const cleanup = () => {
    if (tmp) rmSync(tmp, { force: true });
    if (lock) releaseLock(lock);
  };
  const exitFor = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  const onSignal = (signal: NodeJS.Signals) => (critical ? (signalled = signal) : exitFor(signal));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    await fs.mkdir(path.dirname(real), { recursive: true });
    await refuseIfOpenElsewhere([path.resolve(file), real]);
    lock = await takeLock(real);
    await removeLeftovers(real);
    const stat = await fs.stat(real).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? null : Promise.reject(e)));
    if (stat?.isDirectory()) throw WorkbookRefused.of("file.isDirectory", { file });
    if (stat && !stat.isFile()) throw WorkbookRefused.of("file.notRegular", { file });
    if (stat && (stat.mode & 0o222) === 0) throw Object.assign(new Error("read-only"), { code: "EACCES" });
    const before = stat ? await fs.readFile(real) : null;
    if (original && !sameBytes(original.bytes, before)) throw WorkbookRefused.of("file.changed", { file });
    tmp = tempName(real);
    await writeChecked(tmp, bytes, stat, file);
    await pause();
    await refuseIfChanged(real, before, file);
    if (stat && before && stat.nlink > 1) {
      critical = true;
      try {
        await writeInPlace(real, bytes, before, tmp, file);
      } catch (e) {
        if ((e as { keepTemp?: boolean }).keepTemp) tmp = null;
        throw e;
      } finally {
        critical = false;
      }
    } else {
      await fs.rename(tmp, real);
      tmp = null;
      await syncDir(path.dirname(real));
      // After the rename the name holds our bytes, or another program saved over them in the instant since (its save then stands).
      if (!sameBytes(bytes, await readNow(real))) throw WorkbookRefused.of("file.replacedAfterSave", { file });
    }
  } catch (e) {
    throw fileProblem(file, e, "write");
  } finally {
    cleanup();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    if (signalled) exitFor(signalled);
  }
}
