/// <reference lib="webworker" />
// The web page's workbook, off the page's thread: unpacking, parsing and reading its sheets take
// seconds for a 20 MB workbook, and the page stays responsive (and can stop this worker) meanwhile.
import { suggestRound } from "../app/suggestRound";
// The round schema's checks, at once: the worker runs the flow on rounds from files and sheets of rules too.
import "../rounds/schemaProblems";
import { inflateAsync } from "../hosts/xlsx/codec";
import { XlsxPackage } from "../hosts/xlsx/xlsxPackage";
import { XlsxPort } from "../hosts/xlsx/xlsxPort";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { WorkbookRefused } from "../app/workbookRefused";
import type { SheetSnapshot } from "../workbook/sheet/cell";
import { decidingSheets } from "./decidingSheets";
import { SLICE_ROWS, type Answer, type Ask } from "./workerProtocol";

declare const self: DedicatedWorkerGlobalScope;

let port: XlsxPort | null = null;
/** Every sheet as read when the file was opened (or since the last write), until something is written. */
let sheets: SheetSnapshot[] | null = null;

const post = (a: Answer) => self.postMessage(a);

async function open(id: number, bytes: Uint8Array): Promise<void> {
  const pkg = new XlsxPackage(bytes); // the zip's directory checked: a bomb or a non-workbook refused before unpacking
  let packed = 0;
  await pkg.unpackAll(async (data, size) => {
    const out = await inflateAsync(data, size);
    packed += data.length;
    post({ id, progress: { step: "unpacking", done: packed, total: bytes.length } });
    return out;
  });
  const wb = new XlsxWorkbook(pkg);
  const names = wb.worksheetNames();
  sheets = names.map((name, k) => {
    post({ id, progress: { step: "parsing", done: k, total: names.length } });
    return wb.snapshot(name);
  });
  port = new XlsxPort(wb);
  post({ id, done: true, sheets: names.length });
}

function send(id: number, snapshots: SheetSnapshot[]): void {
  snapshots.forEach((s, index) => {
    const { values, formulas, numberFormats, ...head } = s;
    for (let from = 0; from === 0 || from < values.length; from += SLICE_ROWS) {
      const to = from + SLICE_ROWS;
      post({ id, slice: { index, from, head, values: values.slice(from, to), formulas: formulas?.slice(from, to), numberFormats: numberFormats?.slice(from, to) } });
    }
  });
}

async function answer(ask: Ask): Promise<void> {
  if (ask.op === "open") return open(ask.id, new Uint8Array(await ask.file.arrayBuffer()));
  if (!port) throw new Error("no workbook is open");
  if (ask.op === "suggest") {
    // Told, not shown: the page needs the round's name, not the sheets it was found from.
    sheets ??= await port.read({ alsoSheets: [] });
    return post({ id: ask.id, done: true, suggestion: suggestRound(sheets) });
  }
  if (ask.op === "read") {
    sheets ??= await port.read(ask.request);
    // Only the sheets that decide this read cross to the page: its thread never walks the notes.
    // Should the worker's own run fail, the page gets every sheet: its flow says what is wrong, as before.
    const all = sheets;
    const read = await decidingSheets(all, ask.request).catch(() => all);
    send(ask.id, read);
    return post({ id: ask.id, done: true, sheets: read.length });
  }
  if (ask.op === "write") {
    await port.write(ask.plan, ask.record, ask.extra);
    sheets = null; // read again from what was written
    return post({ id: ask.id, done: true });
  }
  post({ id: ask.id, done: true, bytes: await port.toFile() }); // copied, not transferred: the package keeps its parts
}

self.onmessage = (e: MessageEvent<Ask>) => {
  answer(e.data).catch((err: unknown) => post(err instanceof WorkbookRefused ? { id: e.data.id, refused: err.problem } : { id: e.data.id, failed: (err as Error).message }));
};
