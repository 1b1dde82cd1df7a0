/* global Office, Excel */
// The taskpane in Excel: the shared interface (src/ui) on the Office host.
import { OfficePort, officeRun } from "../hosts/office/officePort";
import { Controller, type MappingStore } from "../ui/controller";
import { officeLang } from "../ui/officeLang";
import { render } from "../ui/render";
import { VERSION } from "../version";
import type { MappingRequest } from "../workbook/findTable";

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

Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Excel) return;
  const port = new OfficePort(officeRun(Excel));
  const controller = new Controller({ port, store: settingsStore, version: `fordela ${VERSION}`, select: (a) => port.select(a) });
  // In Office's display language: Swedish in a Swedish Office, English in any other.
  controller.setLang(officeLang(Office.context.displayLanguage));
  const root = document.getElementById("app") as HTMLElement;
  controller.subscribe((s) => render(root, controller, s));
  await port.refreshSheetNames();
  await controller.start();
});
