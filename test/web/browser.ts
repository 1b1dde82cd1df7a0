import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** CI sets FORDELA_REQUIRE_BROWSER=1: there a missing Chromium fails instead of skipping. */
export const browserAvailable = existsSync(CHROMIUM) || process.env.FORDELA_REQUIRE_BROWSER === "1";
if (!existsSync(CHROMIUM)) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const DIST = path.join(__dirname, "..", "..", "dist");
 
const { serve } = require("../../scripts/serve.js") as { serve: (dir: string, port: number) => Promise<Server> };

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** Lets a test inject axe-core into a page whose Content-Security-Policy allows only its own scripts. */
  bypassCSP?: boolean;
  path?: string;
  /** Runs before the page's own scripts (e.g. routes that block a URL). */
  before?: (page: Page) => Promise<void>;
}

export interface Session {
  base: string;
  browser: Browser;
  server: Server;
  /** Every URL any page asked for. */
  requests: string[];
  /** A new page on the web page (or another file under dist/), at a viewport size. */
  page(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

/** dist/ served on 127.0.0.1, and headless Chromium with its background traffic off. */
export async function startSession(): Promise<Session> {
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error("dist/index.html is missing: run npm run build:local (npm test does)");
  const server = await serve(DIST, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const requests: string[] = [];
  return {
    base,
    browser,
    server,
    requests,
    async page(options: PageOptions = {}) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: options.viewport ?? { width: 1200, height: 900 }, bypassCSP: options.bypassCSP ?? false });
      const page = await context.newPage();
      page.on("request", (r) => requests.push(r.url()));
      page.on("pageerror", (e) => requests.push(`pageerror: ${e.message}`));
      await options.before?.(page);
      await page.goto(base + (options.path ?? ""));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** One browser session for a describe block: started before its tests, closed after them. */
export function useSession(): () => Session {
  let s: Session | undefined;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });
  return () => s as Session;
}
