/** The cells of the stand-in Excel, and what every proxy of it shares (see fakeExcel.ts). */
export interface Cell {
  value: unknown;
  formula?: string;
  numFmt: string;
}
export type Sheet = Map<string, Cell>;

export const key = (r: number, c: number) => `${r},${c}`;
export const same = (a: string, b: string) => a.toLocaleUpperCase("sv") === b.toLocaleUpperCase("sv");

export class NotLoaded extends Error {}

export const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

export class Loadable {
  protected data: Record<string, unknown> | null = null;
  protected get<T>(prop: string): T {
    if (!this.data || !(prop in this.data)) throw new NotLoaded(`${prop} is not loaded: call load() and context.sync() first`);
    return this.data[prop] as T;
  }
}

