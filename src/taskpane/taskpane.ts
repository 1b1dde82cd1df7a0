/* global Office, Excel */
// The taskpane in Excel: the shared interface (src/ui) on the Office host.
import { OfficePort, officeRun } from "../hosts/office/officePort";
import "../rounds/schemaProblems"; // the round schema's checks, at once: the add-in loads its bundles together
import { Controller, type MappingStore } from "../ui/controller";
import { t, type Key } from "../ui/i18n";
import { officeLang } from "../ui/officeLang";
import { Page, nextPaint } from "../ui/page";
import { fileNameOf } from "../ui/printHeader";
import { applyTheme, themeFromOffice } from "../ui/theme";
import { VERSION } from "../version";
import { printInExcel } from "./print";
import type { MappingRequest } from "../workbook/table/findTable";

/** The column mapping is remembered with the workbook, in its add-in settings. */
const settingsStore: MappingStore = {
  load(key) {
    return (Office.context.document.settings.get(`fordela.mapping.${key}`) as MappingRequest | null) ?? {};
  },
  save(key, mapping) {
    Office.context.document.settings.set(`fordela.mapping.${key}`, mapping);
    Office.context.document.settings.saveAsync();
  },
};

/** How long Office may take to say it is ready before the user is told why nothing shows. */
const OFFICE_PATIENCE_MS = 15000;

const root = document.getElementById("app") as HTMLElement;
// Print as the platform can (window.print() does nothing in Excel for Mac): asked when the button is pressed.
const page = new Page(root, { savesOnWrite: true, showTitle: false, print: (c) => printInExcel(Office.context.platform, c), source: () => fileNameOf(Office.context.document.url ?? "") || null });
// Before Office says its language: the browser's.
page.lang = officeLang(navigator.language);

/** Why there is no interface, in the one status line; gone once Office arrives after all and the interface attaches. */
function stuck(key: Key): void {
  page.say({ text: t(page.lang, key), busy: false, tone: "bad" });
}

/** Office's theme colours, or nothing where the host has none to give (it may throw rather than say so). */
function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

function start(): void {
  if (typeof Office === "undefined") return stuck("officeMissing"); // office.js did not load
  page.say({ text: t(page.lang, "loading"), busy: true, tone: "" });
  const patience = setTimeout(() => stuck("officeMissing"), OFFICE_PATIENCE_MS);
  void Office.onReady(async (info) => {
    clearTimeout(patience);
    if (info.host !== Office.HostType.Excel) return stuck("notExcel");
    const port = new OfficePort(officeRun(Excel));
    const controller = new Controller({ port, store: settingsStore, version: `fordela ${VERSION}`, select: (a) => port.select(a), paint: nextPaint });
    // In Office's display language: Swedish in a Swedish Office, English in any other.
    page.lang = officeLang(Office.context.displayLanguage);
    // Office's theme, light or dark, where the host tells it (officeTheme is missing in some hosts).
    applyTheme(document.documentElement, themeFromOffice(officeTheme()));
    page.attach(controller);
    // At once, with nothing awaited between: the first line after "Laddar" is the read's progress.
    await controller.start();
  });
}

start();
