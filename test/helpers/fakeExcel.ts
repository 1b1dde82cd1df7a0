/**
 * A small in-memory Excel with Office.js's rules, as strict as Excel is
 * documented to be (../shared/spec/addin.md; the sources are cited where each
 * rule is modelled):
 * - writes are queued and applied at sync(); properties can be read only after
 *   load() and sync() ("Call load on an object", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts);
 * - a batch is not a transaction: sync() applies the queued operations in order,
 *   and when one fails, those before it stay applied (each queued command is
 *   sent and run in order: "context.sync()", same page; office-js #5262 thread);
 * - a missing sheet fails at sync() with ItemNotFound;
 * - sheet names are compared case-insensitively: getItem("fördela") finds
 *   "Fördela", and add() of a name that differs only in case fails
 *   ("Worksheet names are case-insensitive", support.microsoft.com: Rename a worksheet);
 * - writing to a protected sheet fails (AccessDenied), and adding a sheet to a
 *   workbook whose structure is protected fails ("WorkbookProtection",
 *   learn.microsoft.com/javascript/api/excel/excel.workbookprotection);
 * - while the user is editing a cell, Excel.run fails unless it was given
 *   { delayForCellEdit: true }, which waits for the edit to end ("Excel.RunOptions",
 *   learn.microsoft.com/javascript/api/excel/excel.runoptions; office-js #3388, #856);
 * - Range.values gives an empty cell as "" and a date as its serial number,
 *   with the date format in numberFormat ("Work with dates", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values);
 * - a string written as a value that starts with "=" becomes a formula unless
 *   the cell's format is text;
 * - hidden rows show only as gaps among the visible cells
 *   (Range.getSpecialCellsOrNullObject("Visible"), ExcelApi 1.9), merged ranges
 *   through Range.getMergedAreasOrNullObject() (ExcelApi 1.13), each a
 *   RangeAreas whose address lists its areas, sheet-qualified, within the range asked;
 * - Excel's documented limits (fakeCells.ts cites each): 5 MB per request and per
 *   response (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded,
 *   the whole sync refused), more than 512 merged areas in a range an error, no
 *   cell over 32 767 characters;
 * - the runtime lives as long as the document ("Runtimes in Office Add-ins",
 *   learn.microsoft.com/office/dev/add-ins/testing/runtimes): between two calls the
 *   officer adds, renames and deletes sheets and changes the active one
 *   (`addSheet`, `renameSheet`, `deleteSheet`, `active`);
 * - DATE answers in the workbook's date system (Excel.Functions.date, ExcelApi 1.2);
 * - `failWhen` makes one operation fail as Excel may (a batch failing half-way).
 * It counts every sync().
 */
import type { ExcelHost } from "../../src/hosts/office/officePort";
import { bytesOf, failure, key, Loadable, NotLoaded, PAYLOAD_LIMIT, same, type Cell, type Sheet } from "./fakeCells";
import { FakeRange } from "./fakeRange";

type Batch<T> = (context: FakeContext) => Promise<T>;

export class FakeExcel {
  sheets = new Map<string, Sheet>();
  order: string[] = [];
  active = "";
  syncs = 0;
  selected: string | null = null;
  protectedSheets = new Set<string>();
  /** Page layouts set by the add-in, by sheet. */
  pageLayouts = new Map<string, Record<string, unknown>>();
  /** Column widths in points set by the add-in: "sheet!col" → width. */
  columnWidths = new Map<string, number>();
  /** Hidden rows (0-based) and merged ranges ("A10:A11"), by sheet. */
  hidden = new Map<string, Set<number>>();
  merges = new Map<string, string[]>();
  /** Workbook structure protection: no sheet can be added. */
  structureProtected = false;
  /** The workbook counts its dates from 1904 (Excel's "Use 1904 date system"): serials are 1462 days smaller. */
  date1904 = false;
  /** An operation Excel refuses when it runs (kind: "add", "values", "numberFormat", "clear"): it fails, and what came before it in the sync stays done. */
  failWhen: ((kind: string, sheet: string) => boolean) | null = null;
  /** The largest request and response a sync has carried (refused ones not counted), in bytes. */
  largestPayload = 0;
  /** How many syncs Excel refused for their size. */
  refusedPayloads = 0;
  /** The user is typing in a cell (cell-edit mode) until `endEdit()`. */
  private editEnded: (() => void) | null = null;
  private edit: Promise<void> | null = null;

  addSheet(name: string, cells: [number, number, Cell][] = []): void {
    if (this.order.some((n) => same(n, name))) throw failure("ItemAlreadyExists", `A sheet named "${name}" already exists (names are compared without case).`);
    this.sheets.set(name, new Map(cells.map(([r, c, cell]) => [key(r, c), cell])));
    this.order.push(name);
    if (!this.active) this.active = name;
  }

  /** The officer renames a sheet (between two calls). */
  renameSheet(from: string, to: string): void {
    const name = this.nameOf(from)!;
    this.sheets.set(to, this.sheets.get(name)!);
    this.sheets.delete(name);
    this.order = this.order.map((n) => (n === name ? to : n));
    if (this.active === name) this.active = to;
  }

  /** The officer deletes a sheet (between two calls). */
  deleteSheet(name: string): void {
    const real = this.nameOf(name)!;
    this.sheets.delete(real);
    this.order = this.order.filter((n) => n !== real);
    if (this.active === real) this.active = this.order[0] ?? "";
  }

  /** Whether an operation of this kind on this sheet is to fail now (see failWhen). */
  refuses(kind: string, sheet: string): void {
    if (this.failWhen?.(kind, sheet)) throw failure("GeneralException", `An internal error has occurred (${kind} on ${sheet}).`);
  }

  /** The sheet's name as the workbook spells it, found case-insensitively. */
  nameOf(name: string): string | undefined {
    return this.order.find((n) => same(n, name));
  }

  cell(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheets.get(this.nameOf(sheet) ?? sheet)?.get(key(r, c));
  }

  startEdit(): void {
    this.edit = new Promise((resolve) => (this.editEnded = resolve));
  }

  endEdit(): void {
    this.editEnded?.();
    this.edit = null;
    this.editEnded = null;
  }

  /** This stand-in where the port wants the `Excel` namespace (its context has only what the port uses). */
  host(): ExcelHost {
    return this as unknown as ExcelHost;
  }

  /** Excel.run(batch) and Excel.run(options, batch). */
  run = async <T>(optionsOrBatch: { delayForCellEdit?: boolean } | Batch<T>, maybeBatch?: Batch<T>): Promise<T> => {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : (maybeBatch as Batch<T>);
    const delay = typeof optionsOrBatch === "object" && optionsOrBatch.delayForCellEdit === true;
    if (this.edit) {
      if (!delay) throw failure("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      await this.edit;
    }
    return batch(new FakeContext(this));
  };
}

export class FakeContext {
  queue: (() => void)[] = [];
  /** What the queued operations send (values and formats written), in bytes. */
  requestBytes = 0;
  /** What the queued loads will bring back. */
  loads: Loadable[] = [];
  workbook: { worksheets: FakeWorksheets; protection: FakeStructure; functions: { date: (y: number, m: number, d: number) => FakeFunctionResult } };
  application = { suspendApiCalculationUntilNextSync: () => undefined };

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheets(this), protection: new FakeStructure(this), functions: { date: (y, m, d) => new FakeFunctionResult(this, y, m, d) } };
  }

  /**
   * Applies the queue in order; an operation that fails stops it, and what came
   * before stays done. A request over 5 MB is refused whole, before anything runs;
   * a response over 5 MB after, with nothing of it loaded.
   */
  async sync(): Promise<void> {
    this.excel.syncs++;
    const [queue, request, loads] = [this.queue, this.requestBytes, this.loads];
    [this.queue, this.requestBytes, this.loads] = [[], 0, []];
    if (request > PAYLOAD_LIMIT) {
      this.excel.refusedPayloads++;
      throw failure("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    for (const op of queue) op();
    const response = loads.reduce((n, l) => n + bytesOf(l.loaded()), 0);
    if (response > PAYLOAD_LIMIT) {
      this.excel.refusedPayloads++;
      for (const l of loads) l.forget();
      throw failure("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.excel.largestPayload = Math.max(this.excel.largestPayload, request, response);
  }
}

/** DATE(year; month; day) as Excel answers it: the serial day in the workbook's date system. */
class FakeFunctionResult extends Loadable {
  constructor(private readonly ctx: FakeContext, private readonly y: number, private readonly m: number, private readonly d: number) {
    super();
  }
  load(_: string): void {
    this.ctx.queue.push(() => {
      const serial = (Date.UTC(this.y, this.m - 1, this.d) - Date.UTC(1899, 11, 30)) / 86400000;
      this.data = { value: serial - (this.ctx.excel.date1904 ? 1462 : 0) };
    });
  }
  get value(): number {
    return this.get("value");
  }
}

class FakeStructure extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  load(_: string): void {
    this.ctx.queue.push(() => (this.data = { protected: this.ctx.excel.structureProtected }));
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorksheets extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  load(_: string): void {
    this.ctx.queue.push(() => (this.data = { items: this.ctx.excel.order.map((n) => ({ name: n })) }));
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.nameOf(name) ?? name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.active);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue.push(() => {
      if (this.ctx.excel.structureProtected) throw failure("AccessDenied", "The workbook's structure is protected: a sheet cannot be added.");
      this.ctx.excel.refuses("add", name);
      this.ctx.excel.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => name);
  }
}

export class FakeWorksheet extends Loadable {
  constructor(private readonly ctx: FakeContext, readonly resolve: () => string) {
    super();
  }
  sheet(): Sheet {
    const s = this.ctx.excel.sheets.get(this.resolve());
    if (!s) throw failure("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  /** The sheet, for a change: fails on a protected sheet. */
  writable(): Sheet {
    const s = this.sheet();
    if (this.ctx.excel.protectedSheets.has(this.resolve())) throw failure("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    return s;
  }
  load(_: string): void {
    this.ctx.queue.push(() => (this.sheet(), (this.data = { name: this.resolve() })));
  }
  get name(): string {
    return this.get("name");
  }
  private protection_?: { load: (p: string) => void; protected: boolean };
  get protection(): { load: (p: string) => void; protected: boolean } {
    if (this.protection_) return this.protection_;
    let loaded: boolean | null = null;
    const ctx = this.ctx;
    return (this.protection_ = {
      load: () => ctx.queue.push(() => (this.sheet(), (loaded = ctx.excel.protectedSheets.has(this.resolve())))),
      get protected(): boolean {
        if (loaded === null) throw new NotLoaded("protected is not loaded");
        return loaded;
      },
    });
  }
  activate(): void {
    this.ctx.queue.push(() => (this.sheet(), (this.ctx.excel.active = this.resolve())));
  }
  /**
   * Page layout (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.pagelayout): orientation is
   * "Landscape" or "Portrait"; zoom's fit-to-pages counts are whole pages, at least 1, where given.
   */
  get pageLayout(): { orientation: string; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number } } {
    const ctx = this.ctx;
    const name = this.resolve;
    const set = (patch: Record<string, unknown>) => ctx.queue.push(() => {
      this.writable();
      ctx.excel.pageLayouts.set(name(), { ...(ctx.excel.pageLayouts.get(name()) ?? {}), ...patch });
    });
    return {
      set orientation(v: string) {
        if (v !== "Landscape" && v !== "Portrait") throw failure("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        set({ orientation: v });
      },
      get orientation(): string {
        throw new NotLoaded("orientation is not loaded");
      },
      set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        for (const n of [z.horizontalFitToPages, z.verticalFitToPages]) if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw failure("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        set({ zoom: z });
      },
      get zoom(): { horizontalFitToPages?: number } {
        throw new NotLoaded("zoom is not loaded");
      },
    } as never;
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      const keys = [...this.sheet().entries()].filter(([, c]) => c.value !== "" && c.value !== null && c.value !== undefined).map(([k]) => k.split(",").map(Number));
      if (keys.length === 0) return null;
      const rows = keys.map(([r]) => r);
      const cols = keys.map(([, c]) => c);
      return { row: Math.min(...rows), col: Math.min(...cols), height: Math.max(...rows) - Math.min(...rows) + 1, width: Math.max(...cols) - Math.min(...cols) + 1 };
    });
  }
  getRangeByIndexes(row: number, col: number, height: number, width: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({ row, col, height, width }));
  }
  getRange(address?: string): FakeRange {
    if (!address) return new FakeRange(this.ctx, this, () => ({ row: 0, col: 0, height: 1048576, width: 16384 }));
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return this.getRangeByIndexes(Number(m[2]) - 1, col, 1, 1);
  }
}

