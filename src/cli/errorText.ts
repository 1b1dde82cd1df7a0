import { fileProblem } from "../hosts/xlsx/fileProblem";
import { WorkbookRefused } from "../app/workbookRefused";
import { msg, type Msg } from "../messages/message";

/** System calls that change a file: their errors are said as a failed save, the rest as a failed read. */
const WRITING = new Set(["write", "rename", "unlink", "mkdir", "fsync", "ftruncate", "link", "copyfile", "chmod", "fchmod", "chown", "fchown", "utime", "close"]);

/**
 * Any error that reaches the command line as a message in the officer's
 * language: an operating system's error by its code and file, anything else
 * as an internal error with its text (printed escaped, as all output is).
 */
export function errorMessage(e: unknown): Msg {
  if (e instanceof WorkbookRefused) return e.problem;
  const err = e as (NodeJS.ErrnoException & { dest?: string; message?: unknown }) | null;
  if (typeof err?.code === "string" && /^E[A-Z0-9]+$/.test(err.code)) {
    const known = fileProblem(err.path ?? err.dest ?? "?", e, WRITING.has(err.syscall ?? "") ? "write" : "read");
    if (known instanceof WorkbookRefused) return known.problem;
  }
  const detail = typeof err?.message === "string" ? err.message : String(e);
  // String.fromCodePoint on a character reference beyond U+10FFFF (XML 1.0 §4.1 allows only characters): the workbook's fault, not ours.
  if (e instanceof RangeError && /^Invalid code point/.test(detail)) return msg("file.badCharacter", { detail });
  return msg("cli.internal", { detail: detail.slice(0, 500) });
}
