import type { Preview } from "../app/roundFlow";
import { render } from "../messages/message";
import type { UiState } from "./controller";
import { h } from "./dom";
import { t, type Lang } from "./i18n";

/** What the host itself is doing (opening a file, building a download), shown like the flow's own progress. */
export interface HostActivity {
  text: string;
  busy: boolean;
  bad?: boolean;
}

export interface StatusLine {
  text: string;
  busy: boolean;
  tone: "" | "good" | "bad";
}

/** The one status line: progress while busy, then what happened, in the user's language. */
export function statusLine(s: UiState | null, lang: Lang, host: HostActivity | null, savesOnWrite: boolean): StatusLine {
  if (host?.busy || host?.bad) return { text: host.text, busy: host.busy, tone: host.bad ? "bad" : "" };
  if (!s) return { text: host?.text ?? "", busy: false, tone: "" };
  if (s.busy) return { text: t(lang, s.phase === "writing" ? (savesOnWrite ? "writing" : "filling") : (s.phase ?? "reading")), busy: true, tone: "" };
  if (s.failure) return { text: typeof s.failure === "string" ? s.failure : render(s.failure, lang, "ui"), busy: false, tone: "bad" };
  if (s.notice) return { text: typeof s.notice === "string" ? t(lang, s.notice) : t(lang, s.notice.key, s.notice.vars), busy: false, tone: "good" };
  if (host?.text) return { text: host.text, busy: false, tone: "good" };
  if (s.review) return { text: t(lang, "reviewed"), busy: false, tone: "" };
  if (s.done) return { text: t(lang, savesOnWrite ? "written" : "filledNotSaved", { n: s.done.cells, sheet: s.done.sheet, record: s.done.record }), busy: false, tone: "good" };
  if (s.cancelled) return { text: t(lang, "cancelled"), busy: false, tone: "" };
  if (s.source === null) return { text: t(lang, "noRound"), busy: false, tone: "" };
  const p: Preview | null = s.preview;
  if (p && !p.ok) return { text: t(lang, "errorsCount", { n: p.errors.length }), busy: false, tone: "bad" };
  if (p?.ok) return { text: t(lang, "checked", { n: p.regions.length }), busy: false, tone: "" };
  return { text: "", busy: false, tone: "" };
}

/**
 * Fills the kept live regions: polite status for progress and outcomes, an
 * alert for what stops the round. Only text that changed is replaced, so a
 * screen reader announces each change once.
 */
export function showStatus(status: HTMLElement, alert: HTMLElement, line: StatusLine, lang: Lang): void {
  const polite = line.tone === "bad" ? "" : line.text;
  const urgent = line.tone === "bad" ? line.text : "";
  // Both stay in the page, empty when silent: a live region shown only when it has text is not announced.
  status.className = `status ${line.tone}${polite ? " shown" : ""}`;
  status.setAttribute("aria-busy", String(line.busy));
  const text = status.querySelector(".status-text");
  if (!text || text.textContent !== polite || (status.querySelector("progress") !== null) !== line.busy) {
    const bar = line.busy ? [h("progress", { "aria-label": polite || t(lang, "computing") })] : [];
    status.replaceChildren(...bar, h("span", { class: "status-text" }, polite));
  }
  if (alert.textContent !== urgent) alert.textContent = urgent;
  alert.className = urgent ? "alert shown" : "alert";
}
