import type { ReadRequest, WorkbookPort } from "../app/port";
import type { RoundSource } from "../app/roundSource";
import { WorkbookRefused } from "../app/workbookRefused";
import type { SheetSnapshot } from "../workbook/sheet/cell";
import type { OwnSheet } from "../workbook/sheet/ownSheet";
import type { WritePlan } from "../workbook/write/planWrite";
import type { Answer, Ask, Progress, Slice } from "./workerProtocol";

/** The work was stopped by the user (Cancel): the worker and its workbook are gone. */
export class WorkCancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

type Done = Extract<Answer, { done: true }> & { slices: SheetSnapshot[] };
type Pending = { resolve: (a: Done) => void; reject: (e: Error) => void; slices: SheetSnapshot[]; progress?: (p: Progress) => void };

/** Distributive Omit, so each kind of ask keeps its own fields. */
type AskWithoutId = Ask extends infer A ? (A extends Ask ? Omit<A, "id"> : never) : never;

/**
 * The web page's workbook port: the .xlsx host (XlsxPort) runs in a worker, and this
 * forwards the round's reads and writes to it. `cancel` stops whatever it is doing.
 */
export class WorkerPort implements WorkbookPort {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  /** Told whenever work starts or ends, so the page can show (or hide) Cancel. */
  onBusy: (busy: boolean) => void = () => undefined;

  private constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<Answer>) => this.take(e.data);
    worker.onerror = (e) => this.failAll(new Error(e.message || "the workbook's worker stopped"));
  }

  /** A worker of its own for each workbook opened: stopping one never touches another. */
  static start(): WorkerPort {
    // @ts-expect-error -- import.meta: webpack builds the page as ES modules (and emits the worker's own chunk); tsc checks it as CommonJS
    return new WorkerPort(new Worker(new URL("./workbook.worker.ts", import.meta.url), { name: "workbook" }));
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Reads, unpacks and parses the file in the worker: the page hands over the File (a handle), never its 20 MB of bytes. */
  async open(file: Blob, progress: (p: Progress) => void): Promise<number> {
    return (await this.ask({ op: "open", file }, progress)).sheets ?? 0;
  }

  async read(request: ReadRequest): Promise<SheetSnapshot[]> {
    return (await this.ask({ op: "read", request })).slices;
  }

  /** The round the workbook is for, worked out in the worker on every sheet. */
  async suggestRound(): Promise<RoundSource | null> {
    return (await this.ask({ op: "suggest" })).suggestion ?? null;
  }

  async write(plan: WritePlan, record: OwnSheet, extra: readonly OwnSheet[] = []): Promise<void> {
    await this.ask({ op: "write", plan, record, extra });
  }

  async toFile(): Promise<Uint8Array> {
    return (await this.ask({ op: "toFile" })).bytes as Uint8Array;
  }

  /** Stops the worker at once, whatever it is doing; every pending ask fails with WorkCancelled. */
  cancel(): void {
    this.worker.terminate();
    this.failAll(new WorkCancelled());
  }

  private ask(body: AskWithoutId, progress?: (p: Progress) => void, transfer: Transferable[] = []): Promise<Done> {
    const id = this.next++;
    const done = new Promise<Done>((resolve, reject) => this.pending.set(id, { resolve, reject, slices: [], progress }));
    this.worker.postMessage({ ...body, id } as Ask, transfer);
    this.onBusy(true);
    return done;
  }

  private take(a: Answer): void {
    const p = this.pending.get(a.id);
    if (!p) return;
    if ("progress" in a) return p.progress?.(a.progress);
    if ("slice" in a) return add(p.slices, a.slice);
    this.pending.delete(a.id);
    if ("done" in a) p.resolve({ ...a, slices: p.slices });
    else p.reject("refused" in a ? new WorkbookRefused(a.refused) : new Error(a.failed));
    this.onBusy(this.busy);
  }

  private failAll(e: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
    this.onBusy(false);
  }
}

/** Puts a slice of rows in its sheet (the slices of a sheet come in order). */
function add(sheets: SheetSnapshot[], s: Slice): void {
  const sheet = (sheets[s.index] ??= { ...s.head, values: [], ...(s.formulas ? { formulas: [] } : {}), ...(s.numberFormats ? { numberFormats: [] } : {}) });
  for (const row of s.values) sheet.values.push(row);
  if (s.formulas) for (const row of s.formulas) sheet.formulas?.push(row);
  if (s.numberFormats) for (const row of s.numberFormats) sheet.numberFormats?.push(row);
}
