/**
 * A small in-memory Excel with Office.js's proxy rules: writes are queued and
 * applied at sync(), properties can only be read after load() and sync(), a
 * missing sheet fails at sync() with ItemNotFound, and a string written as a
 * value that starts with "=" becomes a formula unless the cell's format is text.
 * It counts every sync().
 */
import ExcelJS from "exceljs";

interface Cell {
  value: unknown;
  formula?: string;
  numFmt: string;
}
type Sheet = Map<string, Cell>;

const key = (r: number, c: number) => `${r},${c}`;

class NotLoaded extends Error {}

export class FakeExcel {
  sheets = new Map<string, Sheet>();
  order: string[] = [];
  active = "";
  syncs = 0;
  selected: string | null = null;
  protectedSheets = new Set<string>();

  addSheet(name: string, cells: [number, number, Cell][] = []): void {
    this.sheets.set(name, new Map(cells.map(([r, c, cell]) => [key(r, c), cell])));
    this.order.push(name);
    if (!this.active) this.active = name;
  }

  cell(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheets.get(sheet)?.get(key(r, c));
  }

  /** The workbook as Excel would hold it, from an .xlsx file read by exceljs. */
  static async fromXlsx(file: string): Promise<FakeExcel> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const fx = new FakeExcel();
    wb.eachSheet((ws) => {
      const cells: [number, number, Cell][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (c, col) => {
          if (c.isMerged && c.master.address !== c.address) return;
          const v = c.value as ExcelJS.CellValue;
          const formula = c.formula ? `=${c.formula}` : undefined;
          let value: unknown = v;
          if (v && typeof v === "object" && "error" in v) value = v.error;
          else if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) value = (v as { result?: unknown }).result ?? "";
          else if (v && typeof v === "object" && "richText" in v) value = v.richText.map((t) => t.text).join("");
          cells.push([r - 1, col - 1, { value, formula, numFmt: c.numFmt || "General" }]);
        }),
      );
      fx.addSheet(ws.name, cells);
    });
    return fx;
  }

  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

export class FakeContext {
  queue: (() => void)[] = [];
  workbook: { worksheets: FakeWorksheets };
  application = { suspendApiCalculationUntilNextSync: () => undefined };

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    const queue = this.queue;
    this.queue = [];
    for (const op of queue) op();
  }
}

class Loadable {
  protected data: Record<string, unknown> | null = null;
  protected get<T>(prop: string): T {
    if (!this.data || !(prop in this.data)) throw new NotLoaded(`${prop} is not loaded: call load() and context.sync() first`);
    return this.data[prop] as T;
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
    return new FakeWorksheet(this.ctx, () => name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.active);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue.push(() => this.ctx.excel.addSheet(name));
    return new FakeWorksheet(this.ctx, () => name);
  }
}

class FakeWorksheet extends Loadable {
  constructor(private readonly ctx: FakeContext, readonly resolve: () => string) {
    super();
  }
  sheet(): Sheet {
    const s = this.ctx.excel.sheets.get(this.resolve());
    if (!s) throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
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

type Box = { row: number; col: number; height: number; width: number };

class FakeRange extends Loadable {
  private nullObject = false;
  constructor(private readonly ctx: FakeContext, private readonly ws: FakeWorksheet, private readonly box: () => Box | null) {
    super();
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  load(_: string[] | string): void {
    this.ctx.queue.push(() => {
      const sheet = this.ws.sheet();
      const b = this.box();
      if (!b) {
        this.nullObject = true;
        this.data = {};
        return;
      }
      const grid = <T>(f: (c: Cell | undefined) => T) =>
        Array.from({ length: b.height }, (_, i) => Array.from({ length: b.width }, (_, j) => f(sheet.get(key(b.row + i, b.col + j)))));
      this.data = {
        values: grid((c) => c?.value ?? ""),
        formulas: grid((c) => c?.formula ?? c?.value ?? ""),
        numberFormat: grid((c) => c?.numFmt ?? "General"),
        rowIndex: b.row,
        columnIndex: b.col,
      };
    });
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  private each(grid: unknown[][], f: (cell: Cell, v: unknown, r: number, c: number) => void): void {
    this.ctx.queue.push(() => {
      const sheet = this.ws.sheet();
      const b = this.box()!;
      if (grid.length !== b.height || grid.some((row) => row.length !== b.width)) throw Object.assign(new Error("The number of rows or columns in the input array doesn't match the size or dimensions of the range."), { code: "InvalidArgument" });
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = key(b.row + i, b.col + j);
          const cell = sheet.get(k) ?? { value: "", numFmt: "General" };
          f(cell, v, b.row + i, b.col + j);
          sheet.set(k, cell);
        }),
      );
    });
  }
  set numberFormat(grid: unknown[][]) {
    this.each(grid, (cell, v) => v !== null && (cell.numFmt = String(v)));
  }
  set values(grid: unknown[][]) {
    this.each(grid, (cell, v) => {
      if (v === null) return;
      if (typeof v === "string" && v.startsWith("=") && cell.numFmt !== "@") (cell.formula = v), (cell.value = 0);
      else (cell.value = v), delete cell.formula;
    });
  }
  clear(): void {
    this.ctx.queue.push(() => this.ws.sheet().clear());
  }
  select(): void {
    this.ctx.queue.push(() => {
      const b = this.box()!;
      this.ctx.excel.selected = `${this.ws.resolve()}!${b.row},${b.col}`;
    });
  }
}
