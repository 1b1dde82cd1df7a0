import { WorkbookRefused } from "../../app/workbookRefused";

/**
 * An operating system's error on a workbook file as a message in the officer's
 * language, naming the file. Each write fails before the workbook is touched
 * (a temporary copy takes the failure), so every message says it is untouched.
 */
export function fileProblem(file: string, e: unknown, doing: "read" | "write"): Error {
  // By its code, not instanceof Error: errors from Node's own modules may come from another realm (a test runner's sandbox).
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (e instanceof WorkbookRefused || typeof code !== "string") return e as Error;
  switch (code) {
    case "EISDIR":
      return WorkbookRefused.of("file.isDirectory", { file });
    case "ENOENT":
    case "ENOTDIR":
      return WorkbookRefused.of("file.notFound", { file });
  }
  if (doing === "read") {
    if (code === "EACCES" || code === "EPERM") return WorkbookRefused.of("file.noAccess", { file });
    return WorkbookRefused.of("file.readFailed", { file, code });
  }
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return WorkbookRefused.of("file.diskFull", { file });
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return WorkbookRefused.of("file.readOnly", { file });
    case "EBUSY":
    case "ETXTBSY":
      return WorkbookRefused.of("file.busy", { file });
    case "EIO":
      return WorkbookRefused.of("file.ioError", { file, code });
    default:
      return WorkbookRefused.of("file.writeFailed", { file, code });
  }
}
