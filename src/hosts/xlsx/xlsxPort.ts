import type { ReadRequest, WorkbookPort } from "../../app/port";
import type { SheetSnapshot } from "../../workbook/sheet/cell";
import type { WritePlan } from "../../workbook/write/planWrite";
import type { OwnSheet } from "../../workbook/sheet/ownSheet";
import { deflateAsync, inflateAsync } from "./codec";
import { XlsxPackage } from "./xlsxPackage";
import { XlsxWorkbook } from "./xlsxWorkbook";
import { removeSignature, signatureOrigin } from "./signature";
import { WorkbookRefused } from "../../app/workbookRefused";

/** An .xlsx workbook in memory behind the port; saving its bytes is the caller's (see xlsxFile). */
export interface XlsxOptions {
  /** The officer asked to write a signed workbook: its signature is taken out (it would no longer hold). */
  removeSignature?: boolean;
}

export class XlsxPort implements WorkbookPort {
  private wb: XlsxWorkbook;
  /** Whether the last write took a digital signature out. */
  signatureRemoved = false;

  constructor(source: Uint8Array | XlsxWorkbook, private readonly options: XlsxOptions = {}) {
    this.wb = source instanceof XlsxWorkbook ? source : new XlsxWorkbook(source);
  }

  /**
   * A workbook opened where unpacking is asynchronous (the web page): every
   * part unpacked first. Refused, like the constructor, before anything is
   * unpacked when the zip's directory is wrong.
   */
  static async open(bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxPort> {
    const pkg = new XlsxPackage(bytes);
    await pkg.unpackAll(inflateAsync);
    return new XlsxPort(new XlsxWorkbook(pkg), options);
  }

  async read(request: ReadRequest): Promise<SheetSnapshot[]> {
    void request; // a file in memory: every sheet costs little to hand over
    return this.wb.worksheetNames().map((name) => this.wb.snapshot(name));
  }

  structureLocked(): boolean {
    return this.wb.book.structureLocked;
  }

  async write(plan: WritePlan, record: OwnSheet, extra: readonly OwnSheet[] = []): Promise<void> {
    // The writer is loaded when first needed: the page reads and computes without it.
    const { writeRound } = await import(/* webpackChunkName: "writer" */ "./writeRound");
    // A signature holds only for the file as it was: never broken without the officer asking.
    const signed = signatureOrigin(this.wb.pkg) !== null;
    if (signed && !this.options.removeSignature) throw WorkbookRefused.of("file.signed");
    writeRound(this.wb, plan, record, extra);
    if (signed) removeSignature(this.wb.pkg);
    this.signatureRemoved = signed;
    // Read again what was written, should the user compute again before saving.
    this.wb = new XlsxWorkbook(this.wb.pkg);
  }

  /** The workbook as an .xlsx file: every part not written copied as it was. */
  bytes(): Uint8Array {
    return this.wb.pkg.toBytes();
  }

  /** The same, where packing is asynchronous (the web page). */
  async toFile(): Promise<Uint8Array> {
    await this.wb.pkg.packChanges(deflateAsync);
    return this.bytes();
  }

  /** The parts a write changed (for tests and the record of what was touched). */
  changedParts(): string[] {
    return this.wb.pkg.changed();
  }
}
