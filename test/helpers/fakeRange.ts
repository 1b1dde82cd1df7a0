/** Ranges of the stand-in Excel (see fakeExcel.ts for the rules it models). */
import { columnIndex, columnLetter } from "../../src/workbook/sheet/cell";
import { bytesOf, CELL_TEXT_LIMIT, failure, key, Loadable, MERGED_AREAS_LIMIT, type Cell } from "./fakeCells";
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
    this.ctx.loads.push(this);
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
  /** Loads only the properties asked for, as Excel sends only those (a string "a,b" or a list; none means all). */
  load(props?: string[] | string): void {
    const asked = props === undefined ? null : new Set(([] as string[]).concat(props).flatMap((p) => p.split(",").map((x) => x.trim())));
    this.ctx.loads.push(this);
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
      const all: Record<string, () => unknown> = {
        values: () => grid((c) => c?.value ?? ""),
        formulas: () => grid((c) => c?.formula ?? c?.value ?? ""),
        numberFormat: () => grid((c) => c?.numFmt ?? "General"),
        rowIndex: () => b.row,
        columnIndex: () => b.col,
        rowCount: () => b.height,
        columnCount: () => b.width,
      };
      this.data = Object.fromEntries(Object.entries(all).filter(([k]) => !asked || asked.has(k)).map(([k, f]) => [k, f()]));
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
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  private each(kind: string, grid: unknown[][], f: (cell: Cell, v: unknown, r: number, c: number) => void): void {
    this.ctx.requestBytes += bytesOf(grid);
    this.ctx.queue.push(() => {
      const sheet = this.ws.writable();
      this.ctx.excel.refuses(kind, this.ws.resolve());
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
    this.each("numberFormat", grid, (cell, v) => v !== null && (cell.numFmt = String(v)));
  }
  set values(grid: unknown[][]) {
    // A text longer than a cell holds is refused whole, never cut (the stand-in checks before any cell changes).
    const long = grid.flat().find((v) => typeof v === "string" && v.length > CELL_TEXT_LIMIT);
    if (long !== undefined) this.ctx.queue.push(() => {
      throw failure("InvalidArgument", `The argument is invalid or missing or has an incorrect format (a text of ${(long as string).length} characters).`);
    });
    this.each("values", grid, (cell, v) => {
      if (v === null) return;
      if (typeof v === "string" && v.startsWith("=") && cell.numFmt !== "@") (cell.formula = v), (cell.value = 0);
      else (cell.value = v), delete cell.formula;
    });
  }
  clear(): void {
    this.ctx.queue.push(() => (this.ctx.excel.refuses("clear", this.ws.resolve()), this.ws.writable().clear()));
  }
  /** The visible cells of the range, as row areas ("A1:J9,A11:J20"); only "Visible" is modelled. */
  getSpecialCellsOrNullObject(type: string): FakeAreas {
    if (type !== "Visible") throw new Error(`the stand-in models only Visible special cells, not ${type}`);
    return new FakeAreas(this.ctx, () => {
      const name = this.ws.resolve();
      const b = this.box()!;
      const whole = b.height === 1048576;
      const hidden = [...(this.ctx.excel.hidden.get(name) ?? [])].filter((r) => r >= b.row && r < b.row + b.height).sort((x, y) => x - y);
      const area = (from: number, to: number) => (whole ? `'${name}'!${from + 1}:${to}` : `'${name}'!${columnLetter(b.col)}${from + 1}:${columnLetter(b.col + b.width - 1)}${to}`);
      if (hidden.length === 0) return whole ? `'${name}'!A:XFD` : area(b.row, b.row + b.height);
      const areas: string[] = [];
      let from = b.row;
      for (const h of [...hidden, b.row + b.height]) {
        if (h > from) areas.push(area(from, h));
        from = h + 1;
      }
      return areas.length ? areas.join(",") : null;
    });
  }
  /** The merged areas that meet the range; more than 512 of them is an error (see fakeCells.ts). */
  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, () => {
      const name = this.ws.resolve();
      const b = this.box()!;
      const merges = (this.ctx.excel.merges.get(name) ?? []).filter((m) => meets(m, b));
      if (merges.length > MERGED_AREAS_LIMIT) throw failure("InvalidOperation", `The range has ${merges.length} merged areas; at most ${MERGED_AREAS_LIMIT} can be returned.`);
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

/** Whether a merged area ("B3:C4") meets a box. */
function meets(area: string, b: Box): boolean {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(area);
  if (!m) return false;
  const [left, right] = [columnIndex(m[1]) as number, columnIndex(m[3]) as number];
  return Number(m[2]) - 1 < b.row + b.height && Number(m[4]) - 1 >= b.row && left < b.col + b.width && right >= b.col;
}
