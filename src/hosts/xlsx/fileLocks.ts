import { randomBytes } from "node:crypto";
import { promises as fs, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { WorkbookRefused } from "../../app/workbookRefused";

/**
 * Locks beside a workbook: Fördela's own (so two runs never write one file at
 * once) and the ones LibreOffice and Excel leave while a workbook is open in
 * them (writing under them loses the officer's next save there, or ours).
 */

/** Who holds Fördela's lock: more than a pid, since in a container every run may be pid 1. */
interface Holder {
  pid: number;
  host: string;
  /** The kernel's boot id: a lock from before a reboot is stale whatever its pid. */
  boot: string;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22): a reused pid has another. */
  start: string;
  /** This run's own mark, so it removes only its own lock. */
  token: string;
}

/** A lock from another computer (a shared folder) is taken as live unless it is older than this: a save takes seconds, so an hour-old lock is a run that died. */
export const FOREIGN_LOCK_STALE_MS = 60 * 60 * 1000;

const read = (file: string): string => {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
};

const bootId = (): string => read("/proc/sys/kernel/random/boot_id");

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses, so count from its last ")". */
export function startTime(pid: number): string {
  const stat = read(`/proc/${pid}/stat`);
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return rest[19] ?? "";
}

/** Whether a process lives, of any user: kill(pid, 0) failing with EPERM means it lives but is not ours to signal. */
export function processLives(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function me(token: string): Holder {
  return { pid: process.pid, host: os.hostname(), boot: bootId(), start: startTime(process.pid), token };
}

function parseHolder(text: string): Holder | null {
  if (/^\d+$/.test(text)) return { pid: Number(text), host: "", boot: "", start: "", token: "" }; // an older Fördela's lock: the pid alone
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    return typeof h.pid === "number" ? { pid: h.pid, host: String(h.host ?? ""), boot: String(h.boot ?? ""), start: String(h.start ?? ""), token: String(h.token ?? "") } : null;
  } catch {
    return null;
  }
}

/** The tokens of the locks this process holds now. */
const held = new Set<string>();

type Verdict = { live: false } | { live: true; holder: Holder | null; foreign: boolean };

/** Whether a lock's holder still runs. Decided on this computer only; another computer's lock is live until it is an hour old. */
function judge(holder: Holder | null, ageMs: number): Verdict {
  // Unreadable (cut short by a kill between create and write): live only while it is fresh.
  if (!holder) return ageMs > 60_000 ? { live: false } : { live: true, holder, foreign: false };
  if (holder.host && holder.host !== os.hostname()) return ageMs > FOREIGN_LOCK_STALE_MS ? { live: false } : { live: true, holder, foreign: true };
  const here = bootId();
  if (holder.boot && here && holder.boot !== here) return { live: false };
  // Our own pid: live only if this process took it (two saves at once); else a run that had our pid before (pid 1 again in a new container).
  if (holder.pid === process.pid) return held.has(holder.token) ? { live: true, holder, foreign: false } : { live: false };
  if (!processLives(holder.pid)) return { live: false };
  // The pid lives: the same process only if it started when the lock's did (else the pid was given to another process since).
  const now = startTime(holder.pid);
  if (holder.start && now && now !== holder.start) return { live: false };
  return { live: true, holder, foreign: false };
}

/** Fördela's lock file for a workbook. */
export const ownLockName = (real: string) => path.join(path.dirname(real), `.~lock.${path.basename(real)}.fordela`);

export interface OwnLock {
  file: string;
  token: string;
}

/** Takes Fördela's lock beside the workbook, removing one a dead run left; refuses while a live run (of any user, on any computer) holds it. */
export async function takeLock(real: string): Promise<OwnLock> {
  const file = ownLockName(real);
  const token = randomBytes(8).toString("hex");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(me(token)), { flag: "wx" });
      held.add(token);
      return { file, token };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const text = await fs.readFile(file, "utf8").catch(() => "");
      const age = await fs.stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
      const verdict = judge(parseHolder(text.trim()), age);
      if (verdict.live) {
        const name = path.basename(real);
        if (verdict.foreign && verdict.holder) throw WorkbookRefused.of("file.lockedByRunOn", { file: name, pid: String(verdict.holder.pid), host: verdict.holder.host, lock: file });
        if (verdict.holder) throw WorkbookRefused.of("file.lockedByRun", { file: name, pid: String(verdict.holder.pid) });
        throw WorkbookRefused.of("file.locked", { file: name });
      }
      // Left by a run that died: removed only if it is still the lock judged (another run may have replaced it meanwhile).
      if ((await fs.readFile(file, "utf8").catch(() => "")) === text) await fs.rm(file, { force: true });
    }
  }
  throw WorkbookRefused.of("file.locked", { file: path.basename(real) });
}

/** Removes Fördela's lock if it is still this run's (synchronous: also called from a signal handler). */
export function releaseLock(lock: OwnLock): void {
  held.delete(lock.token);
  if (parseHolder(read(lock.file))?.token === lock.token) rmSync(lock.file, { force: true });
}

/** The temporary file of this run, and the pattern of every run's, for a workbook. */
export function tempName(real: string): string {
  return path.join(path.dirname(real), `.${path.basename(real)}.fordela-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Removes temporary copies that killed runs left (kill -9 runs no handler).
 * Called holding the lock: no run writes a temporary file without it, so
 * every one of ours for this workbook is a dead run's.
 */
export async function removeLeftovers(real: string): Promise<string[]> {
  const pattern = new RegExp(`^\\.${escapeRe(path.basename(real))}\\.fordela-\\d+(-[0-9a-f]+)?\\.tmp$`);
  const names = await fs.readdir(path.dirname(real)).catch(() => [] as string[]);
  const gone = names.filter((n) => pattern.test(n));
  await Promise.all(gone.map((n) => fs.rm(path.join(path.dirname(real), n), { force: true })));
  return gone;
}

/** LibreOffice's lock `.~lock.NAME#`: `,Author,host,date,profile-url;` with `\` escaping `,` and `;` (the first field is unused). */
function libreOfficeUser(text: string): string {
  const fields: string[] = [""];
  for (let i = 0; i < text.length && text[i] !== ";"; i++) {
    if (text[i] === "\\" && i + 1 < text.length) fields[fields.length - 1] += text[++i];
    else if (text[i] === ",") fields.push("");
    else fields[fields.length - 1] += text[i];
  }
  return (fields[1] || fields[0] || "").trim();
}

/**
 * Excel's owner file: the first byte is the length of the user's name, the name
 * follows in the system's 8-bit code page (here read as Latin-1); 54 bytes
 * later the same name in UTF-16LE, which is read when it is there.
 */
function excelUser(bytes: Buffer): string {
  const n = bytes[0] ?? 0;
  if (n === 0 || n > 53 || bytes.length < 1 + n) return "";
  if (bytes.length >= 55 + 2 + 2 * n && bytes.readUInt16LE(55) === n) {
    const wide = bytes.subarray(57, 57 + 2 * n).toString("utf16le");
    if (wide.length === n) return wide;
  }
  return bytes.subarray(1, 1 + n).toString("latin1");
}

/** Printable only: a user name from someone else's file goes into our message. */
const clean = (s: string) => s.replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(0, 80);

/**
 * Refuses a workbook open in LibreOffice or Excel, under any of its names (a
 * program opening it through a symbolic link puts its lock beside the link).
 * Excel names its owner file `~$` and the workbook's name; Word replaces the
 * first two characters of a name of eight or more instead, and Excel versions
 * differ, so both are looked for.
 */
export async function refuseIfOpenElsewhere(names: readonly string[]): Promise<void> {
  for (const named of new Set(names)) {
    const dir = path.dirname(named);
    const file = path.basename(named);
    const lo = path.join(dir, `.~lock.${file}#`);
    const loText = await fs.readFile(lo, "utf8").catch(() => null);
    if (loText !== null) {
      const user = clean(libreOfficeUser(loText));
      throw user ? WorkbookRefused.of("file.openInLibreOffice", { file, user, lock: lo }) : WorkbookRefused.of("file.openInLibreOfficeNoName", { file, lock: lo });
    }
    const owners = [`~$${file}`, ...(path.parse(file).name.length >= 8 ? [`~$${file.slice(2)}`] : [])];
    for (const owner of owners) {
      const at = path.join(dir, owner);
      const bytes = await fs.readFile(at).catch(() => null);
      if (bytes === null) continue;
      const user = clean(excelUser(bytes));
      throw user ? WorkbookRefused.of("file.openInExcel", { file, user, lock: at }) : WorkbookRefused.of("file.openInExcelNoName", { file, lock: at });
    }
  }
}
