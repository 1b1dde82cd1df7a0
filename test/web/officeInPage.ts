/**
 * office.js as the built taskpane meets it in Excel, run in the page: `Office`
 * (ready in Excel, its display language and platform, the document's settings),
 * `CustomFunctions` (the functions bundle registers with it) and `Excel`, whose
 * `run` is the stand-in Excel of test/helpers/fakeExcel.ts holding the workbook
 * the test handed over (window.__fordelaStandIn, set before the page's scripts).
 * `window.__excel` lets the test act on the workbook as the officer would in
 * Excel between two clicks, and read back every cell the add-in wrote.
 * Bundled for the page by officeStandIn.ts; never part of the add-in.
 */
import type { Cell, Sheet } from "../helpers/fakeCells";
import { FakeExcel, type FakeContext } from "../helpers/fakeExcel";

/** A workbook as JSON: what the stand-in starts with. */
export interface WorkbookJson {
  order: string[];
  active: string;
  date1904: boolean;
  sheets: Record<string, [number, number, Cell][]>;
  hidden: Record<string, number[]>;
  merges: Record<string, string[]>;
}

export interface StandInSetup {
  workbook: WorkbookJson;
  /** Office.context.displayLanguage ("sv-SE", "en-US"). */
  displayLanguage: string;
  /** Office.context.platform ("PC", "OfficeOnline", "Mac"). */
  platform: string;
  /** How long Office takes to say it is ready (a slow Excel on the web); at once when absent. */
  readyAfterMs?: number;
  /** Office.context.officeTheme (Office's theme colours); absent as in a host that does not give them. */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string; isDarkTheme?: boolean };
  /** Office.context.document.url: the workbook's path or address ("" for one never saved). */
  documentUrl?: string;
}

/** A cell the add-in wrote, as it is now. */
export interface WrittenCell {
  sheet: string;
  address: string;
  value: unknown;
  formula?: string;
  numFmt: string;
}

/** What the officer does in Excel between two clicks in the pane, and what the test reads back. */
export interface ExcelHandle {
  sheets(): string[];
  active(): string;
  /** The cell the add-in last selected, as "sheet!row,col" (0-based), or null. */
  selected(): string | null;
  addSheet(name: string, cells?: Record<string, unknown>): void;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  activate(name: string): void;
  setCell(sheet: string, address: string, value: unknown): void;
  protect(sheet: string, on?: boolean): void;
  /** The next batch that adds a sheet fails right after the add: what was queued before stays done, the rest is lost. */
  failNextAdd(): void;
  /** A cell as it is now, by A1 address. */
  cell(sheet: string, address: string): { value: unknown; formula?: string; numFmt: string } | null;
  /** Every cell the add-in wrote (values or number formats), as it is now, in the order first written. */
  written(): WrittenCell[];
}

const columnName = (c: number): string => (c < 26 ? "" : columnName(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));

function at(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return [Number(m[2]) - 1, m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

function load(json: WorkbookJson): FakeExcel {
  const fx = new FakeExcel();
  fx.date1904 = json.date1904;
  for (const name of json.order) {
    fx.addSheet(name, json.sheets[name]);
    fx.hidden.set(name, new Set(json.hidden[name] ?? []));
    fx.merges.set(name, json.merges[name] ?? []);
  }
  fx.active = json.active;
  return fx;
}

/**
 * Records every cell the add-in sets: each sheet's map reports its `set` (the
 * stand-in's ranges set a cell after changing it), sheets added later included.
 * Off while the test itself edits a cell.
 */
function recordWrites(fx: FakeExcel) {
  const ids = new WeakMap<Sheet, number>();
  const log = new Map<string, { sheet: Sheet; row: number; col: number }>();
  const paused = { on: false };
  let next = 0;
  const watch = (sheet: Sheet) => {
    ids.set(sheet, ids.get(sheet) ?? next++);
    const set = sheet.set.bind(sheet);
    sheet.set = (k: string, cell: Cell) => {
      const id = `${ids.get(sheet)}:${k}`;
      if (!paused.on && !log.has(id)) {
        const [row, col] = k.split(",").map(Number);
        log.set(id, { sheet, row, col });
      }
      return set(k, cell);
    };
  };
  fx.sheets.forEach(watch);
  const setSheet = fx.sheets.set.bind(fx.sheets);
  fx.sheets.set = (name: string, sheet: Sheet) => (watch(sheet), setSheet(name, sheet));
  // The sheet's name as it is when read back: a rename after the write keeps the cell's record.
  const nameOf = (sheet: Sheet) => [...fx.sheets].find(([, s]) => s === sheet)?.[0];
  return { log, paused, nameOf };
}

function handle(fx: FakeExcel): { api: ExcelHandle; armed: { add: boolean } } {
  const { log, paused, nameOf } = recordWrites(fx);
  const armed = { add: false };
  const named = (name: string): string => {
    const n = fx.nameOf(name);
    if (!n) throw new Error(`no sheet named ${name}`);
    return n;
  };
  const asOfficer = (f: () => void) => {
    paused.on = true;
    try {
      f();
    } finally {
      paused.on = false;
    }
  };
  const rekey = <T>(m: Map<string, T>, from: string, to: string) => {
    if (m.has(from)) m.set(to, m.get(from)!), m.delete(from);
  };
  const api: ExcelHandle = {
    sheets: () => [...fx.order],
    active: () => fx.active,
    selected: () => fx.selected,
    addSheet: (name, cells = {}) => asOfficer(() => fx.addSheet(name, Object.entries(cells).map(([a, value]) => [...at(a), { value, numFmt: "General" }] as [number, number, Cell]))),
    renameSheet(from, to) {
      const old = named(from);
      if (fx.order.some((n) => n !== old && fx.nameOf(to) === n)) throw new Error(`a sheet named ${to} exists`);
      const sheet = fx.sheets.get(old)!;
      fx.sheets.delete(old);
      Map.prototype.set.call(fx.sheets, to, sheet); // the same cells (and their watch) under the new name
      fx.order = fx.order.map((n) => (n === old ? to : n));
      for (const m of [fx.hidden, fx.merges, fx.pageLayouts] as Map<string, unknown>[]) rekey(m, old, to);
      if (fx.protectedSheets.delete(old)) fx.protectedSheets.add(to);
      if (fx.active === old) fx.active = to;
    },
    deleteSheet(name) {
      const n = named(name);
      if (fx.order.length === 1) throw new Error("a workbook keeps at least one sheet");
      fx.sheets.delete(n);
      fx.order = fx.order.filter((k) => k !== n);
      fx.protectedSheets.delete(n);
      if (fx.active === n) fx.active = fx.order[0];
    },
    activate: (name) => void (fx.active = named(name)),
    setCell: (sheet, address, value) =>
      asOfficer(() => {
        const [r, c] = at(address);
        const s = fx.sheets.get(named(sheet))!;
        const before = s.get(`${r},${c}`);
        s.set(`${r},${c}`, { value, numFmt: before?.numFmt ?? "General" });
      }),
    protect: (sheet, on = true) => void (on ? fx.protectedSheets.add(named(sheet)) : fx.protectedSheets.delete(named(sheet))),
    failNextAdd: () => void (armed.add = true),
    cell(sheet, address) {
      const [r, c] = at(address);
      const found = fx.cell(sheet, r, c);
      return found ? { ...found } : null;
    },
    written: () =>
      [...log.values()].flatMap(({ sheet, row, col }) => {
        const name = nameOf(sheet);
        const cell = sheet.get(`${row},${col}`);
        return name !== undefined && cell ? [{ sheet: name, address: `${columnName(col)}${row + 1}`, ...cell }] : [];
      }),
  };
  return { api, armed };
}

/** Excel.run over the stand-in, with the test's armed failure put into the batch it strikes. */
function excelNamespace(fx: FakeExcel, armed: { add: boolean }) {
  const strike = (context: FakeContext) => {
    const sheets = context.workbook.worksheets;
    const add = sheets.add.bind(sheets);
    sheets.add = (name: string) => {
      const ws = add(name);
      if (armed.add) {
        armed.add = false;
        context.queue.push(() => {
          throw Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
        });
      }
      return ws;
    };
    return context;
  };
  type Batch = (context: FakeContext) => Promise<unknown>;
  return {
    run: (optionsOrBatch: { delayForCellEdit?: boolean } | Batch, maybeBatch?: Batch) => {
      const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as Batch;
      const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
      return fx.run(options, (context) => batch(strike(context)));
    },
  };
}

/** Office: ready in Excel, a little after the page's scripts ran, as office.js is. */
function officeNamespace(setup: StandInSetup) {
  const settings = new Map<string, string>();
  const info = { host: "Excel", platform: setup.platform };
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: setup.displayLanguage,
      contentLanguage: setup.displayLanguage,
      platform: setup.platform,
      officeTheme: setup.officeTheme,
      requirements: { isSetSupported: () => true },
      document: {
        url: setup.documentUrl ?? "",
        settings: {
          // Settings keep JSON, as Office stores them with the document.
          get: (k: string) => (settings.has(k) ? JSON.parse(settings.get(k)!) : null),
          set: (k: string, v: unknown) => void settings.set(k, JSON.stringify(v)),
          remove: (k: string) => void settings.delete(k),
          saveAsync: (...args: unknown[]) => {
            const callback = args.find((a) => typeof a === "function") as ((r: { status: string }) => void) | undefined;
            setTimeout(() => callback?.({ status: "succeeded" }), 0);
          },
        },
      },
    },
    onReady: (callback?: (i: typeof info) => unknown) =>
      new Promise((resolve) =>
        setTimeout(() => {
          void callback?.(info);
          resolve(info);
        }, setup.readyAfterMs ?? 0),
      ),
  };
}

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const w = window as unknown as Record<string, unknown>;
const setup = w.__fordelaStandIn as StandInSetup | undefined;
if (!setup) throw new Error("the Office stand-in needs window.__fordelaStandIn (the workbook) before office.js runs");
const fx = load(setup.workbook);
const { api, armed } = handle(fx);
w.__excel = api;
w.Excel = excelNamespace(fx, armed);
w.Office = officeNamespace(setup);
w.CustomFunctions = { associate: () => undefined, Error: CustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" } };
