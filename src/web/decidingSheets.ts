// The sheets that decide a read: the page's thread gets only those, not a 20 MB workbook's notes.
// The worker runs the same flow the page will run, on every sheet, names the sheets it touched,
// and proves that the flow on those alone gives the same outcome; where it does not (a table
// sought among sheets, an error naming another sheet), the page gets every sheet, as before.
import type { ReadRequest, WorkbookPort } from "../app/port";
import { previewRound, type FlowRequest, type Preview } from "../app/roundFlow";
import { resolveRound, sheetsOfRound } from "../app/roundSource";
import { sameSheetName, type SheetSnapshot } from "../workbook/sheet/cell";
import type { Warning } from "../workbook/sheet/inputError";
import { sameOutcome } from "./sameOutcome";

/** The sheets read, as a port: the flow run in the worker as the page would run it. */
const held = (sheets: SheetSnapshot[]): WorkbookPort => ({
  read: async () => sheets,
  write: async () => {
    throw new Error("a read only");
  },
});

const text = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? x.toString() : x));

/** Sheets a problem names, in its cell address or its parameters (two sheets that both hold a table). */
function named(all: readonly SheetSnapshot[], notices: readonly Warning[]): string[] {
  const said = notices.map((n) => text([n.address, n.params]).toLocaleUpperCase("sv"));
  return all.map((s) => s.name).filter((name) => said.some((t) => t.includes(name.toLocaleUpperCase("sv"))));
}

/** The workbook's sheets whose names are among `names`, in the workbook's order. */
const only = (all: SheetSnapshot[], names: readonly string[]) => all.filter((s) => names.some((n) => sameSheetName(s.name, n)));

/** A preview without the sheets it read: what the officer is shown. */
function shown(p: Preview): Omit<Preview, "sheets"> {
  const { sheets, ...rest } = p;
  void sheets;
  return rest;
}

async function forFlow(all: SheetSnapshot[], request: ReadRequest, flow: FlowRequest): Promise<SheetSnapshot[]> {
  const full = await previewRound(held(all), flow);
  const resolved = resolveRound(flow.source, all);
  const names = [
    ...(request.sheet ? [request.sheet] : []),
    ...request.alsoSheets,
    ...(resolved.ok ? sheetsOfRound(resolved.round) : []),
    ...(full.table ? [full.table.sheet] : []),
    // Where the flow fails, the page names the first sheet (a sheet gone since the preview).
    ...(full.ok ? [] : all.slice(0, 1).map((s) => s.name)),
    ...named(all, full.ok ? full.warnings : [...full.errors, ...full.warnings]),
  ];
  const some = only(all, names);
  if (some.length === all.length) return all;
  const regions = full.ok ? full.regions.map((_, i) => i) : [];
  return sameOutcome(shown(full), shown(await previewRound(held(some), flow)), regions) ? some : all;
}

/**
 * Of every sheet of the workbook, those the read's flow needs: the flow on them gives the same
 * preview (errors, warnings, amounts, explanations) as on all of them.
 */
export async function decidingSheets(all: SheetSnapshot[], request: ReadRequest): Promise<SheetSnapshot[]> {
  return request.purpose ? forFlow(all, request, request.purpose.flow) : all;
}
