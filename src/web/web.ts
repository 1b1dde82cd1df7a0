// Fördela as a plain web page, for users whose IT does not allow add-ins: the same
// interface as the taskpane, on the .xlsx host, with the file read and written in the browser.
import { checkFileSize } from "../hosts/xlsx/zipGuard";
import { XlsxPort } from "../hosts/xlsx/xlsxPort";
import { Controller, type MappingStore } from "../ui/controller";
import { render } from "../ui/render";
import { VERSION } from "../version";
import type { MappingRequest } from "../workbook/findTable";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The mapping a user chose, remembered in this browser only. */
const localStore: MappingStore = {
  load: (key) => JSON.parse(localStorage.getItem(`fordela.mapping.${key}`) ?? "{}") as MappingRequest,
  save: (key, mapping) => localStorage.setItem(`fordela.mapping.${key}`, JSON.stringify(mapping)),
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $<HTMLElement>("app");
const download = $<HTMLButtonElement>("download");
const fileName = $<HTMLElement>("file-name");
let current: { port: XlsxPort; name: string; controller: Controller } | null = null;

async function open(file: File): Promise<void> {
  download.disabled = true;
  fileName.textContent = file.name;
  let port: XlsxPort;
  try {
    checkFileSize(file.size); // before the file is read into memory
    // Not a workbook, a zip bomb or a huge sheet: refused before anything is unpacked or parsed.
    port = new XlsxPort(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    current = null;
    app.replaceChildren();
    fileName.textContent = `${file.name}: kan inte läsas / cannot be read: ${(e as Error).message}`;
    return;
  }
  const controller = new Controller({ port, store: localStore, version: `fordela ${VERSION}` });
  current = { port, name: file.name, controller };
  controller.subscribe((s) => {
    render(app, controller, s);
    // Only a workbook whose round was computed and written can be downloaded.
    download.disabled = s.busy || s.done === null || !(s.preview?.ok ?? false);
  });
  await controller.start();
}

download.addEventListener("click", async () => {
  if (!current) return;
  const bytes = current.port.bytes();
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX }));
  const a = document.createElement("a");
  a.href = url;
  a.download = current.name.replace(/\.xlsx$/i, "") + "-fordela.xlsx";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

$<HTMLInputElement>("workbook").addEventListener("change", (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void open(file);
});

const drop = $<HTMLElement>("file");
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const file = e.dataTransfer?.files[0];
  if (file) void open(file);
});
