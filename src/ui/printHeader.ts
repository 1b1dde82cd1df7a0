import type { RoundDef, RoundResult } from "../engine/types";
import { blockTitle } from "../engine/blockLabel";
import { VERSION } from "../version";
import { h } from "./dom";
import { t, type Lang } from "./i18n";

/** The moment on paper, in the form Swedish offices write it (and readable in English): "2025-03-14 09:05". */
export function printedAt(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The last part of a path or address ("…/Delat/at-2024.xlsx" → "at-2024.xlsx"), as Excel names the workbook. */
export function fileNameOf(pathOrUrl: string): string {
  const last = pathOrUrl.split(/[\\/]/).filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(last.replace(/[?#].*$/, ""));
  } catch {
    return last;
  }
}

// The date is the printing's, not the computing's: set again as the print view opens.
let listening = false;
function stampOnPrint(): void {
  if (listening || typeof window === "undefined") return;
  listening = true;
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll(".print-date").forEach((el) => (el.textContent = printedAt(new Date())));
  });
}

/**
 * What a printed page says about itself, for paper only: when it was printed, from which
 * workbook, which round (and decision), and which Fördela. The source is what the host knows;
 * in Excel a workbook never saved has no name.
 */
export function printHeader(round: RoundDef, result: RoundResult, source: string | null, lang: Lang): HTMLElement {
  stampOnPrint();
  const item = (label: string, value: Node | string, id: string) => h("div", { id }, h("dt", {}, label), h("dd", {}, value));
  return h(
    "dl",
    { class: "print-only print-meta", id: "print-meta" },
    item(t(lang, "printedDate"), h("span", { class: "print-date" }, printedAt(new Date())), "print-meta-date"),
    item(t(lang, "printedSource"), source || t(lang, "printedSourceUnknown"), "print-meta-source"),
    item(t(lang, "round"), `${blockTitle(result, lang)} (${result.roundId})${round.decision ? `, ${round.decision}` : ""}`, "print-meta-round"),
    item(t(lang, "printedBy"), `Fördela ${VERSION}`, "print-meta-version"),
  );
}
