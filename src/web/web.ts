// Fördela as a plain web page, for users whose IT does not allow add-ins: the same interface as
// the taskpane, on the .xlsx host, with the file read and written in the browser. The workbook
// itself lives in a worker (workerPort.ts): opening a 20 MB file never freezes the page.
import { WorkbookRefused } from "../app/workbookRefused";
import { render, type Msg } from "../messages/message";
import { Controller, type MappingStore, type UiState } from "../ui/controller";
import { h } from "../ui/dom";
import { t, type Lang } from "../ui/i18n";
import { Page, nextPaint } from "../ui/page";
import type { HostActivity } from "../ui/status";
import { VERSION } from "../version";
import type { MappingRequest } from "../workbook/table/findTable";
import { fileKind, fileSize } from "./fileKind";
import { droppedHandle, pickWithHandle, type Chosen } from "./pickFile";
import { WorkCancelled, WorkerPort } from "./workerPort";
import type { Progress } from "./workerProtocol";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The mapping a user chose, remembered in this browser only. */
const localStore: MappingStore = {
  load: (key) => JSON.parse(localStorage.getItem(`fordela.mapping.${key}`) ?? "{}") as MappingRequest,
  save: (key, mapping) => localStorage.setItem(`fordela.mapping.${key}`, JSON.stringify(mapping)),
};

let current: { port: WorkerPort; chosen: Chosen; controller: Controller } | null = null;
/** The worker opening a file, and the file's name, until it is open. */
let opening: WorkerPort | null = null;
let openingName = "";
/** What the page itself is doing, or has to say, outside the round's flow. */
let activity: ((lang: Lang) => HostActivity) | null = null;
let building = false;
/** Set when the officer is asked to choose the file again: the next file chosen keeps the round she had. */
let keepRound: UiState | null = null;

/**
 * The filled workbook lives only in this page until it is downloaded: closing the tab or
 * reloading then asks first. Listened for only while there is one (a page with a
 * `beforeunload` listener is kept out of the browser's back-forward cache).
 */
let undownloaded = false;
let filledBy: UiState["done"] = null;
const warnBeforeLeaving = (e: BeforeUnloadEvent) => {
  e.preventDefault();
  e.returnValue = ""; // Safari and older Chromium ask only when this is set
};
function keepUndownloaded(value: boolean): void {
  if (value === undownloaded) return;
  undownloaded = value;
  if (value) window.addEventListener("beforeunload", warnBeforeLeaving);
  else window.removeEventListener("beforeunload", warnBeforeLeaving);
}
/** Each new filling-in (a new `done`) is one not downloaded yet. */
function followFilling(s: UiState): void {
  if (s.done === null || s.done === filledBy) return;
  filledBy = s.done;
  keepUndownloaded(true);
}

const input = h("input", { id: "workbook", type: "file", accept: `.xlsx,${XLSX}`, hidden: true, tabindex: "-1" });
input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (file) void open({ file, handle: null });
  input.value = ""; // the same file chosen again is read again
});

/** The picker with a handle where the browser has one (so the file can be read again), else the file input. */
async function choose(): Promise<void> {
  const chosen = await pickWithHandle().catch(() => null);
  if (chosen === null) input.click();
  else if (chosen) void open(chosen);
}

const working = () => opening !== null || (current?.port.busy ?? false);

function fileCard(lang: Lang): HTMLElement {
  const primary = current === null;
  return h(
    "section",
    { class: "card drop no-print", id: "file", "aria-labelledby": "file-title" },
    h("h2", { id: "file-title" }, t(lang, "workbook")),
    h("p", { class: "sub" }, t(lang, "fileIntro")),
    h(
      "div",
      { class: "actions" },
      h("button", { id: "open", type: "button", class: primary ? "primary" : "", onclick: () => void choose() }, t(lang, "openWorkbook")),
      // Stops the worker at once: the page never waits for a large file it no longer wants.
      working() ? h("button", { id: "stop", type: "button", onclick: cancel }, t(lang, "stopWork")) : null,
    ),
    current ? h("p", { id: "file-name", class: "file-name" }, current.chosen.file.name) : null,
    input,
  );
}

/** The last step on this page: the computed workbook is saved only by downloading it. */
function finish(s: UiState, lang: Lang): HTMLElement | null {
  if (!current || s.done === null || !s.preview?.ok) return null;
  return h(
    "section",
    { class: "card good no-print", id: "finish" },
    h("button", { id: "download", type: "button", class: "primary", "aria-disabled": building ? "true" : false, onclick: () => void download() }, t(lang, "download")),
  );
}

const page: Page = new Page(document.getElementById("app") as HTMLElement, { savesOnWrite: false, showTitle: true, top: fileCard, finish, activity: (): HostActivity | null => activity?.(page.lang) ?? null, source: () => current?.chosen.file.name ?? null, reread: () => void readAgain() });
// Swedish first; a user's choice of language is remembered in this browser.
page.lang = localStorage.getItem("fordela.lang") === "en" ? "en" : "sv";
const setLang = page.setLang.bind(page);
page.setLang = (lang: Lang) => {
  localStorage.setItem("fordela.lang", lang);
  setLang(lang);
};

const refused = (name: string, why: (lang: Lang) => Msg | string) => {
  activity = (lang) => {
    const reason = why(lang);
    return { text: t(lang, "cannotRead", { name, reason: typeof reason === "string" ? reason : render(reason, lang, "ui") }), busy: false, bad: true };
  };
  page.draw();
};

function progressText(p: Progress | null, name: string, size: number, lang: Lang): string {
  const vars = { name, size: fileSize(size, lang) };
  if (p?.step === "unpacking") return t(lang, "unpacking", { ...vars, pct: Math.floor((100 * p.done) / Math.max(1, p.total)) });
  if (p?.step === "parsing") return t(lang, "parsingSheets", { ...vars, k: p.done + 1, n: p.total });
  return t(lang, "opening", vars);
}

async function open(chosen: Chosen): Promise<void> {
  const { file } = chosen;
  const kind = await fileKind(file);
  if (kind.kind === "refused") return refused(file.name, kind.why);
  if (kind.kind === "round") {
    if (current) return void file.text().then((text) => current?.controller.setRoundFile(file.name, text));
    return refused(file.name, () => ({ code: "page.roundFileFirst", params: {} }));
  }
  const keep = keepRound;
  keepRound = null;
  opening?.cancel();
  current?.port.cancel();
  current = null;
  const port = WorkerPort.start();
  opening = port;
  openingName = file.name;
  let shown: Progress | null = null;
  const say = () => (activity = (lang) => ({ text: progressText(shown, file.name, file.size, lang), busy: true }));
  say();
  page.attach(null);
  await nextPaint();
  try {
    await port.open(file, (p) => {
      shown = p;
      say();
      page.draw();
    });
  } catch (e) {
    if (opening === port) opening = null;
    if (e instanceof WorkCancelled) return;
    return refused(file.name, (lang) => (e instanceof WorkbookRefused ? e.problem : (e as Error).message || t(lang, "cannotRead", { name: file.name, reason: "" })));
  }
  if (opening !== port) return; // another file was chosen meanwhile
  opening = null;
  activity = null;
  const controller = new Controller({ port, store: localStore, version: `fordela ${VERSION}`, paint: nextPaint });
  current = { port, chosen, controller };
  keepUndownloaded(false);
  port.onBusy = () => page.draw();
  page.attach(controller);
  controller.subscribe(followFilling);
  // The same file read again keeps the round, the columns and the tables option the officer chose.
  if (keep?.source) {
    controller.state = { ...controller.state, tables: keep.tables };
    await controller.setRound(keep.source);
  } else await controller.start();
}

/** "Read the table again": the file as it is saved now, never the bytes read at first. */
async function readAgain(): Promise<void> {
  if (!current || working()) return;
  const { handle, file } = current.chosen;
  keepRound = current.controller.state;
  if (handle) {
    const now = await handle.getFile().catch(() => null);
    if (now) return open({ file: now, handle });
  }
  // No handle (Firefox, Safari, or a file from the file input): the officer chooses the file again, told why.
  activity = (lang) => ({ text: t(lang, "rereadAsk", { name: file.name }), busy: false });
  page.draw();
  input.click();
}

function cancel(): void {
  const port = opening ?? current?.port;
  if (!port) return;
  const name = opening ? openingName : (current?.chosen.file.name ?? "");
  opening = null;
  current = null;
  keepUndownloaded(false);
  port.cancel();
  activity = (lang) => ({ text: t(lang, "workCancelled", { name }), busy: false });
  page.attach(null);
  (document.getElementById("open") as HTMLElement | null)?.focus();
}

/** Builds the file once per click; a second click while it builds does nothing. */
async function download(): Promise<void> {
  if (!current || building) return;
  building = true;
  activity = (lang) => ({ text: t(lang, "building"), busy: true });
  page.draw();
  await nextPaint();
  try {
    const bytes = await current.port.toFile();
    const url = URL.createObjectURL(new Blob([bytes], { type: XLSX }));
    const a = document.createElement("a");
    a.href = url;
    const name = current.chosen.file.name.replace(/\.xlsx$/i, "") + "-fordela.xlsx";
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    keepUndownloaded(false);
    // Said by the round's own status: the next action (computing again, ticking the tables) clears it.
    current.controller.announce("downloaded", { file: name });
  } catch (e) {
    if (!(e instanceof WorkCancelled)) throw e;
  } finally {
    activity = null;
    building = false;
    page.draw();
  }
}

// A file dropped anywhere on the page is opened (a round file as the round); the browser must never navigate away to show it.
window.addEventListener("dragover", (e) => {
  e.preventDefault();
  document.body.classList.add("dragging");
});
window.addEventListener("dragleave", (e) => {
  if (e.relatedTarget === null) document.body.classList.remove("dragging");
});
window.addEventListener("drop", (e) => {
  e.preventDefault();
  document.body.classList.remove("dragging");
  const files = Array.from(e.dataTransfer?.files ?? []);
  if (files.length > 1) {
    activity = (lang) => ({ text: t(lang, "oneFileAtATime", { n: files.length, names: files.map((f) => f.name).join(", ") }), busy: false, bad: true });
    return page.draw();
  }
  const file = files[0];
  if (!file) return;
  // The handle must be asked for now: the drop's items are gone once this handler returns.
  void droppedHandle(e.dataTransfer?.items[0]).then((handle) => open({ file, handle }));
});

page.attach(null);
