/** Ranges of the stand-in Excel (see fakeExcel.ts for the rules it models). */
import { failure, key, Loadable, type Cell } from "./fakeCells";
import type { FakeContext, FakeWorksheet } from "./fakeExcel";

type Box = { row: number; col: number; height: number; width: number };

/** A RangeAreas as the port reads it: its address, or a null object. */
class FakeAreas extends Loadable {
  private nullObject = false;
  constructor(private readonly ctx: FakeContext, private readonly address_: () => string | null) {
    super();
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  load(_: string): void {
    this.ctx.queue.push(() => {
      const a = this.address_();
      this.nullObject = a === null;
      this.data = a === null ? {} : { address: a };
    });
  }
  get address(): string {
    return this.get("address");
  }
}

export class FakeRange extends Loadable {
  private nullObject = false;
  constructor(private readonly ctx: FakeContext, private readonly ws: FakeWorksheet, private readonly box: () => Box | null) {
    super();
  }
  /** Column width in points (RangeFormat.columnWidth): a positive number. */
  get format(): { columnWidth: number } {
    const ctx = this.ctx;
    const ws = this.ws;
    const box = this.box;
    return {
      set columnWidth(w: number) {
        if (!(w > 0)) throw new Error("InvalidArgument");
        ctx.queue.push(() => {
          ws.writable();
          ctx.excel.columnWidths.set(`${ws.resolve()}!${box()!.col}`, w);
        });
      },
      get columnWidth(): number {
        throw new Error("columnWidth is not loaded");
      },
    } as never;
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
      const sheet = this.ws.writable();
      const b = this.box()!;
      if (grid.length !== b.height || grid.some((row) => row.length !== b.width)) throw failure("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
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
    this.ctx.queue.push(() => this.ws.writable().clear());
  }
  /** The visible cells of the whole sheet, as row areas ("1:9,11:1048576"); only "Visible" is modelled. */
  getSpecialCellsOrNullObject(type: string): FakeAreas {
    if (type !== "Visible") throw new Error(`the stand-in models only Visible special cells, not ${type}`);
    return new FakeAreas(this.ctx, () => {
      const name = this.ws.resolve();
      const hidden = [...(this.ctx.excel.hidden.get(name) ?? [])].sort((a, b) => a - b);
      if (hidden.length === 0) return `'${name}'!A:XFD`;
      const areas: string[] = [];
      let from = 0;
      for (const h of [...hidden, 1048576]) {
        if (h > from) areas.push(`'${name}'!${from + 1}:${h}`);
        from = h + 1;
      }
      return areas.join(",");
    });
  }
  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, () => {
      const name = this.ws.resolve();
      const merges = this.ctx.excel.merges.get(name) ?? [];
      return merges.length ? merges.map((m) => `'${name}'!${m}`).join(",") : null;
    });
  }
  select(): void {
    this.ctx.queue.push(() => {
      const b = this.box()!;
      this.ctx.excel.selected = `${this.ws.resolve()}!${b.row},${b.col}`;
    });
  }
}
