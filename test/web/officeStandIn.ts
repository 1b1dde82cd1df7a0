/**
 * The built taskpane in Chromium over an Office.js stand-in: officeInPage.ts
 * (the stand-in Excel of test/helpers/fakeExcel.ts, with Office and
 * CustomFunctions around it) is bundled with webpack once per test file, and
 * served where taskpane.html asks for Microsoft's office.js; the workbook,
 * filled in Node from an .xlsx, goes to the page as JSON before its scripts run.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import webpack from "webpack";
import type { FakeExcel } from "../helpers/fakeExcel";
import type { Session } from "./browser";
import type { ExcelHandle, StandInSetup, WorkbookJson } from "./officeInPage";
import { idle } from "./pageChecks";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ROOT = path.join(__dirname, "..", "..");

let bundle: Promise<string> | null = null;

/** officeInPage.ts and the stand-in Excel as one script for the page (built once per test file, outside dist/). */
export function standInScript(): Promise<string> {
  bundle ??= new Promise((resolve, reject) => {
    const out = mkdtempSync(path.join(tmpdir(), "fordela-office-"));
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: ROOT,
      entry: path.join(__dirname, "officeInPage.ts"),
      output: { path: out, filename: "office.js" },
      resolve: { extensions: [".ts", ".js"] },
      module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", rootDir: ROOT } } } }] },
      performance: { hints: false },
    });
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats || stats.hasErrors()) return reject(err ?? new Error(stats?.toString("errors-only") ?? "the stand-in did not build"));
      resolve(readFileSync(path.join(out, "office.js"), "utf8"));
      rmSync(out, { recursive: true, force: true });
    });
  });
  return bundle;
}

/** The stand-in's workbook as JSON: every sheet's cells, hidden rows and merges, the active sheet and the date system. */
export function workbookJson(fx: FakeExcel): WorkbookJson {
  const bySheet = <T>(f: (name: string) => T) => Object.fromEntries(fx.order.map((n) => [n, f(n)]));
  return {
    order: [...fx.order],
    active: fx.active,
    date1904: fx.date1904,
    sheets: bySheet((n) => [...fx.sheets.get(n)!].map(([k, cell]) => [...(k.split(",").map(Number) as [number, number]), cell])),
    hidden: bySheet((n) => [...(fx.hidden.get(n) ?? [])]),
    merges: bySheet((n) => [...(fx.merges.get(n) ?? [])]),
  };
}

/** Each of the handle's calls, made in the page. */
export type Remote<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

export interface Taskpane {
  page: Page;
  /** The workbook in the page's Excel: what the officer does there, and what the add-in wrote. */
  excel: Remote<ExcelHandle>;
}

export interface TaskpaneOptions {
  displayLanguage?: string;
  platform?: string;
  /** Office is ready only this long after the page loads: the page's clock is faked and run forward that far. */
  readyAfterMs?: number;
  officeTheme?: StandInSetup["officeTheme"];
  documentUrl?: string;
}

/** The built taskpane opened in Excel on this workbook, once it has read it (the table or its errors shown). */
export async function openTaskpane(session: Session, fx: FakeExcel, options: TaskpaneOptions = {}): Promise<Taskpane> {
  const script = await standInScript();
  const setup: StandInSetup = { workbook: workbookJson(fx), displayLanguage: options.displayLanguage ?? "sv-SE", platform: options.platform ?? "PC", readyAfterMs: options.readyAfterMs, officeTheme: options.officeTheme, documentUrl: options.documentUrl };
  const page = await session.page({
    path: "taskpane.html",
    before: async (p) => {
      if (options.readyAfterMs !== undefined) await p.clock.install();
      await p.addInitScript((s) => ((window as unknown as { __fordelaStandIn: unknown }).__fordelaStandIn = s), setup);
      await p.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: script }));
    },
  });
  // The clock still flows by itself after this: only the wait for Office is skipped.
  if (options.readyAfterMs !== undefined) await page.clock.runFor(options.readyAfterMs + 1);
  await page.waitForSelector("#result-table, #errors");
  await idle(page);
  return { page, excel: remote(page) };
}

function remote(page: Page): Remote<ExcelHandle> {
  const call = (method: string) => (...args: unknown[]) =>
    page.evaluate(([m, a]) => (window as unknown as { __excel: Record<string, (...x: unknown[]) => unknown> }).__excel[m as string](...(a as unknown[])), [method, args] as const);
  return new Proxy({} as Remote<ExcelHandle>, { get: (_, method) => call(String(method)) });
}

/** Clicks a control of the pane and waits for the flow it starts to finish. */
export async function act(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await idle(page);
}

/** The status lines the officer sees: every visible status or alert with text. */
export function statusLines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("[role=status], [role=alert]"))
      .filter((e) => e.offsetParent !== null && e.innerText.trim() !== "")
      .map((e) => e.innerText.trim()),
  );
}
