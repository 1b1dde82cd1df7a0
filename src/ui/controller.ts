import { checkWorkbook } from "../app/checkFlow";
import { writePrintSheets } from "../app/printFlow";
import type { CheckResult } from "../workbook/check/checkRound";
import { computeRound, previewRound, type FlowRequest, type Phase, type Preview } from "../app/roundFlow";
import { previewKey } from "../app/previewKey";
import { sameSheetName } from "../workbook/sheet/cell";
import { sheetsOfRound, type RoundSource } from "../app/roundSource";
import { suggestRound } from "../app/suggestRound";
import { presetIds, preset } from "../rounds/presets";
import { ROUND_SHEET_NAMES } from "../workbook/sheet/ownSheet";
import type { WorkbookPort } from "../app/port";
import type { MappingRequest } from "../workbook/table/findTable";
import type { InputField } from "../workbook/table/headers";
import type { Overwrite } from "../workbook/write/planWrite";
import type { Key, Lang } from "./i18n";
import { WorkbookRefused } from "../app/workbookRefused";
import { msg, type Msg } from "../messages/message";
import { readRoundJson } from "../rounds/readRoundJson";
import { loadSchemaChecks } from "../rounds/loadSchemaChecks";

/** A round definition is a few kB; a file far larger is something else. */
const ROUND_FILE_LIMIT = 1_000_000;
const kb = (chars: number) => `${Math.ceil(chars / 1000)} kB`;

/** Where the column mapping a user chose is remembered (in Excel: the workbook's settings). */
export interface MappingStore {
  load(roundKey: string): MappingRequest;
  save(roundKey: string, mapping: MappingRequest): void;
}

export interface UiState {
  lang: Lang;
  /** Null until the workbook has been read and its round recognised, or the user has chosen one. */
  source: RoundSource | null;
  mapping: MappingRequest;
  busy: boolean;
  /** What the flow is doing while busy: shown as progress. */
  phase: Phase | null;
  preview: Preview | null;
  /** Cells that hold something Fördela did not write, waiting for the user's answer. */
  conflicts: Overwrite[] | null;
  /** What Compute round wrote: how many cells, on which sheet, and the record sheet. */
  done: { cells: number; sheet: string; record: string } | null;
  cancelled: boolean;
  /** What stopped an action: a message in both languages where the host gave one (a refused file), else its text. */
  failure: Msg | string | null;
  /** The what-if panel's fields as typed (region, count, planned, measure, month, value), kept across redraws. */
  whatIf: Record<string, string> | null;
  /** A short confirmation for the live status line ("the table is copied", "… is downloaded"), until the next action. */
  notice: StatusNotice | null;
  /** Compute round also writes the decision's tables (sheets Bilaga and Rangordning). */
  tables: boolean;
  /** The last check of the workbook's own figures (Granska), until the next action. */
  review: CheckResult | null;
  /** Fördela has written into this workbook (on the page: the copy in memory), so Granska checks its own figures: said on the card. */
  wrote: boolean;
}

/** A label for the status line, with what it names ("{file} är nedladdad."). */
export type StatusNotice = Key | { key: Key; vars: Record<string, string | number> };

export interface ControllerOptions {
  port: WorkbookPort;
  store: MappingStore;
  version: string;
  now?: () => Date;
  select?: (address: string) => Promise<void>;
  /** Resolves once the screen shows the latest state (a host's next frame), so progress is seen before long work. */
  paint?: () => Promise<void>;
}

function roundKey(source: RoundSource | null): string {
  if (source === null) return "none";
  return "preset" in source ? source.preset : "workbook" in source ? "workbook" : source.name;
}

/**
 * The taskpane's and the web page's flow, without a DOM: choose the round, read
 * and check, adjust the mapping, compute, answer before overwriting. Each action
 * runs the same flow as the command line, on the host's port.
 */
export class Controller {
  state: UiState = { lang: "sv", source: null, mapping: {}, busy: false, phase: null, preview: null, conflicts: null, done: null, cancelled: false, failure: null, whatIf: null, notice: null, review: null, tables: false, wrote: false };
  private listeners: ((s: UiState) => void)[] = [];

  constructor(private readonly opts: ControllerOptions) {
    this.state.mapping = opts.store.load(roundKey(this.state.source));
  }

  subscribe(listener: (s: UiState) => void): void {
    this.listeners.push(listener);
    listener(this.state);
  }

  private set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private request(): FlowRequest {
    return { source: this.state.source as RoundSource, mapping: this.state.mapping, date: (this.opts.now ?? (() => new Date()))().toISOString(), version: this.opts.version, tables: this.state.tables, lang: this.state.lang };
  }

  private async guarded(work: () => Promise<void>): Promise<void> {
    this.set({ busy: true, phase: "reading", failure: null, done: null, cancelled: false, notice: null, review: null });
    try {
      await this.opts.paint?.();
      // A round file or a sheet of rules may be read: the schema's checks first (loaded on first use on the page).
      await loadSchemaChecks();
      await work();
    } catch (e) {
      this.set({ failure: e instanceof WorkbookRefused ? e.problem : (e as Error).message });
    } finally {
      this.set({ busy: false, phase: null });
    }
  }

  /** The flow's progress, shown before each phase starts. */
  private readonly progress = async (phase: Phase): Promise<void> => {
    this.set({ phase });
    await this.opts.paint?.();
  };

  setLang(lang: Lang): void {
    this.set({ lang });
  }

  async setRound(source: RoundSource): Promise<void> {
    this.set({ source, mapping: this.opts.store.load(roundKey(source)), conflicts: null });
    await this.refresh();
  }

  /**
   * A round from a definition file the user chose (.json, as `--round-file`
   * takes it): its problems are shown with their paths like any other round's.
   * A file that is not JSON changes nothing and says so.
   */
  async setRoundFile(name: string, text: string): Promise<void> {
    if (text.length > ROUND_FILE_LIMIT) return this.set({ failure: msg("rules.fileTooLarge", { name, size: kb(text.length), limit: kb(ROUND_FILE_LIMIT) }) });
    const read = readRoundJson(text);
    if (!read.ok) {
      const first = read.problems[0];
      return this.set({ failure: msg("rules.fileNotJson", { name, detail: first.path ? msg("rules.problem", { path: first.path, problem: first.problem }) : first.problem }) });
    }
    await this.setRound({ file: read.file, name });
  }

  /** A field's column by letter, or back to what the headers say (null). */
  async setMapping(field: InputField, column: string | null): Promise<void> {
    const mapping = { ...this.state.mapping };
    if (column === null) delete mapping[field];
    else mapping[field] = column;
    this.opts.store.save(roundKey(this.state.source), mapping);
    this.set({ mapping });
    await this.refresh();
  }

  /**
   * The first read of a workbook: the round it is for is chosen from what it
   * says (its rules sheet, its year, its columns), never assumed; then it is checked.
   */
  async start(): Promise<void> {
    await this.guarded(async () => {
      const alsoSheets = [...ROUND_SHEET_NAMES, ...presetIds().flatMap((id) => sheetsOfRound(preset(id)!))];
      const { port } = this.opts;
      const source = port.suggestRound ? await port.suggestRound() : suggestRound(await port.read({ alsoSheets }));
      if (source) this.set({ source, mapping: this.opts.store.load(roundKey(source)) });
    });
    await this.refresh();
  }

  /** Read once and check: what was read, its errors, and the result to preview. Writes nothing. */
  async refresh(): Promise<void> {
    if (this.state.source === null || this.state.busy) return;
    await this.guarded(async () => {
      const preview = await previewRound(this.opts.port, this.request(), this.progress);
      await this.opts.paint?.(); // computed in one task, drawn in the next: a large table never freezes the page for both
      this.set({ preview, conflicts: null });
    });
  }

  /**
   * Compute round: one read, one write, on the sheet whose amounts were shown
   * (not whichever sheet is active now); stops and asks if a target cell holds
   * something else, and stops and shows again if the workbook changed since.
   */
  async compute(overwrite = false): Promise<void> {
    if (this.state.source === null || this.state.busy) return;
    const shown = this.state.preview;
    const looked = shown?.ok ? { sheet: shown.plan.sheet, expect: previewKey(shown) } : {};
    await this.guarded(async () => {
      const done = await computeRound(this.opts.port, { ...this.request(), ...looked }, overwrite, this.progress);
      if (done.ok && done.preview.ok) this.set({ preview: done.preview, conflicts: null, wrote: true, done: { cells: done.written, sheet: done.preview.plan.sheet, record: done.preview.record.sheet } });
      else if ("conflicts" in done) this.set({ preview: done.preview, conflicts: done.conflicts });
      else if ("changed" in done) await this.showChanged(looked.sheet as string, done.preview);
      // Refused at the write (a protected sheet, a locked structure) while the amounts are right: said, with the sheet.
      else if ("errors" in done && done.preview.ok) this.set({ preview: done.preview, conflicts: null, failure: msg("flow.writeRefused", { cell: done.errors[0].address, problem: { code: done.errors[0].code, params: done.errors[0].params } }) });
      else this.set({ preview: done.preview, conflicts: null });
    });
  }

  /** The workbook changed since the amounts were shown: say so, and show it as it is now (the active sheet, if that sheet is gone). */
  private async showChanged(sheet: string, now: Preview): Promise<void> {
    if (now.sheets.some((s) => sameSheetName(s.name, sheet))) return this.set({ preview: now, conflicts: null, failure: msg("flow.changedSincePreview", { sheet }) });
    const active = await previewRound(this.opts.port, this.request(), this.progress);
    const name = active.ok ? active.plan.sheet : (active.sheets[0]?.name ?? "");
    this.set({ preview: active, conflicts: null, failure: msg("flow.sheetGoneSincePreview", { sheet, now: name }) });
  }

  /** Granska: the workbook's own allocation figures against the exact amounts, every differing cell listed (or the other rounding rule they all follow). Writes nothing. */
  async review(): Promise<void> {
    if (this.state.source === null || this.state.busy) return;
    await this.guarded(async () => {
      const { preview, check } = await checkWorkbook(this.opts.port, this.request(), this.progress);
      this.set({ preview, conflicts: null, review: check });
    });
  }

  /**
   * Print where the host cannot (Excel for Mac): the decision's tables written as sheets of the
   * workbook, then the status says so (`said`: why, and where to print them). Writes nothing else.
   */
  async printSheets(said: Key): Promise<void> {
    if (this.state.source === null || this.state.busy) return;
    await this.guarded(async () => {
      const { written, preview } = await writePrintSheets(this.opts.port, this.request(), this.progress);
      this.set({ preview, conflicts: null, notice: written.length ? said : null });
    });
  }

  /** Remembers the what-if fields without redrawing, so typing in the panel keeps its focus. */
  rememberWhatIf(fields: Record<string, string>): void {
    this.state = { ...this.state, whatIf: fields };
  }

  /** A short confirmation in the status line, until the next action (which clears it: it belongs to the state it was said of). */
  announce(notice: Key, vars?: Record<string, string | number>): void {
    this.set({ notice: vars ? { key: notice, vars } : notice });
  }

  /** Whether Compute round also writes the decision's tables; read again, so a sheet in the way is said before computing. */
  async setTables(tables: boolean): Promise<void> {
    this.set({ tables });
    await this.refresh();
  }

  cancelOverwrite(): void {
    this.set({ conflicts: null, cancelled: true });
  }

  /** Whether the host can select a cell (Excel can; the page has no grid to select in). */
  get canSelect(): boolean {
    return this.opts.select !== undefined;
  }

  async selectCell(address: string): Promise<void> {
    await this.opts.select?.(address);
  }
}
