import { DEFAULT_LIMITS } from "../hosts/xlsx/zipGuard";
import { msg, type Msg } from "../messages/message";
import type { Lang } from "../ui/i18n";

/** A file's size as the officer reads it, in her language: "22,2 MB" / "22.2 MB" (1 MB = 1 024 kB, as Windows shows it). */
export function fileSize(bytes: number, lang: Lang): string {
  const mb = bytes / 1024 / 1024;
  const text = mb >= 1 ? `${mb.toFixed(1)}\u00a0MB` : `${Math.max(1, Math.round(bytes / 1024))}\u00a0kB`;
  return lang === "sv" ? text.replace(".", ",") : text;
}

/** What a file given to the page is, from its name and first bytes: a workbook to open, a round file, or why it cannot be opened. */
export type FileKind = { kind: "workbook" } | { kind: "round" } | { kind: "refused"; why: (lang: Lang) => Msg };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0]; // an old .xls, or an encrypted .xlsx: the zip guard says which

const startsWith = (head: Uint8Array, sig: number[]) => sig.every((b, i) => head[i] === b);
/** Text, not a binary file: no control bytes but tabs and line ends in the first kilobyte. */
const looksLikeText = (head: Uint8Array) => head.length > 0 && head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);

export async function fileKind(file: File): Promise<FileKind> {
  if (file.size === 0) return { kind: "refused", why: () => msg("page.fileEmpty") };
  if (file.size > DEFAULT_LIMITS.maxFileBytes) return { kind: "refused", why: (lang) => msg("page.tooLarge", { size: fileSize(file.size, lang), limit: fileSize(DEFAULT_LIMITS.maxFileBytes, lang) }) };
  if (/\.json$/i.test(file.name)) return { kind: "round" };
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  if (startsWith(head, ZIP) || startsWith(head, COMPOUND)) return { kind: "workbook" };
  const text = looksLikeText(head);
  if (/\.(csv|tsv)$/i.test(file.name) || (text && /[;,\t]/.test(new TextDecoder().decode(head).split(/\r?\n/)[0]))) return { kind: "refused", why: () => msg("page.csvFile") };
  return { kind: "refused", why: () => msg(text ? "page.textFile" : "page.notXlsx") };
}
