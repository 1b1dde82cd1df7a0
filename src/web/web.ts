// Fördela as a plain web page, for users whose IT does not allow add-ins: the same
// interface as the taskpane, on the .xlsx host, with the file read and written in the browser.
import { WorkbookRefused, checkFileSize } from "../hosts/xlsx/zipGuard";
import { render } from "../messages/message";
import { XlsxPort } from "../hosts/xlsx/xlsxPort";
import { Controller, type MappingStore, type UiState } from "../ui/controller";
import { h } from "../ui/dom";
import { t, type Lang } from "../ui/i18n";
import { Page, nextPaint } from "../ui/page";
import type { HostActivity } from "../ui/status";
import { VERSION } from "../version";
import type { MappingRequest } from "../workbook/findTable";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The mapping a user chose, remembered in this browser only. */
const localStore: MappingStore = {
  load: (key) => JSON.parse(localStorage.getItem(`fordela.mapping.${key}`) ?? "{}") as MappingRequest,
  save: (key, mapping) => localStorage.setItem(`fordela.mapping.${key}`, JSON.stringify(mapping)),
};

const size = (bytes: number, lang: Lang) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`).replace(".", lang === "sv" ? "," : ".");

let current: { port: XlsxPort; name: string; controller: Controller } | null = null;
/** What the page itself is doing, or has to say, outside the round's flow. */
let activity: ((lang: Lang) => HostActivity) | null = null;
let building = false;

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
  if (file) void open(file);
  input.value = ""; // the same file chosen again is read again
});

function fileCard(lang: Lang): HTMLElement {
  const primary = current === null;
  return h(
    "section",
    { class: "card drop no-print", id: "file", "aria-labelledby": "file-title" },
    h("h2", { id: "file-title" }, t(lang, "workbook")),
    h("p", { class: "sub" }, t(lang, "fileIntro")),
    h("div", { class: "actions" }, h("button", { id: "open", type: "button", class: primary ? "primary" : "", onclick: () => input.click() }, t(lang, "openWorkbook"))),
    current ? h("p", { id: "file-name", class: "file-name" }, current.name) : null,
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

const page: Page = new Page(document.getElementById("app") as HTMLElement, { savesOnWrite: false, showTitle: true, top: fileCard, finish, activity: (): HostActivity | null => activity?.(page.lang) ?? null, source: () => current?.name ?? null });
// Swedish first; a user's choice of language is remembered in this browser.
page.lang = localStorage.getItem("fordela.lang") === "en" ? "en" : "sv";
const setLang = page.setLang.bind(page);
page.setLang = (lang: Lang) => {
  localStorage.setItem("fordela.lang", lang);
  setLang(lang);
};

async function open(file: File): Promise<void> {
  activity = (lang) => ({ text: t(lang, "opening", { name: file.name, size: size(file.size, lang) }), busy: true });
  current = null;
  page.attach(null);
  await nextPaint();
  let port: XlsxPort;
  try {
    checkFileSize(file.size); // before the file is read into memory
    // Not a workbook, a zip bomb or a huge sheet: refused before anything is unpacked or parsed.
    port = await XlsxPort.open(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    const reason = (lang: Lang) => (e instanceof WorkbookRefused ? render(e.problem, lang, "ui") : (e as Error).message);
    activity = (lang) => ({ text: t(lang, "cannotRead", { name: file.name, reason: reason(lang) }), busy: false, bad: true });
    page.draw();
    return;
  }
  activity = null;
  const controller = new Controller({ port, store: localStore, version: `fordela ${VERSION}`, paint: nextPaint });
  current = { port, name: file.name, controller };
  keepUndownloaded(false);
  page.attach(controller);
  controller.subscribe(followFilling);
  await controller.start();
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
    const name = current.name.replace(/\.xlsx$/i, "") + "-fordela.xlsx";
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    keepUndownloaded(false);
    // Said by the round's own status: the next action (computing again, ticking the tables) clears it.
    current.controller.announce("downloaded", { file: name });
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
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  // A round definition dropped on an open workbook becomes its round; anything else is opened as a workbook.
  const controller = current?.controller;
  if (controller && /\.json$/i.test(file.name)) void file.text().then((text) => controller.setRoundFile(file.name, text));
  else void open(file);
});

page.attach(null);
