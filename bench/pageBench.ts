/* The web page opening a 20 MB workbook under 6× CPU throttling: the longest the page freezes, and the time to amounts. */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "playwright-core";
import { bigWorkbook } from "./bigWorkbook";
import { record } from "./results";

const { serve } = require("../../../scripts/serve.js") as { serve: (dir: string, port: number) => Promise<import("node:http").Server> };

/** Watches the page's thread: long tasks as Chromium reports them, and the longest gap between two frames. */
function monitor(): void {
  const w = window as unknown as { __longest: number; __gap: number; __watch: boolean };
  w.__longest = 0;
  w.__gap = 0;
  w.__watch = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (w.__watch) w.__longest = Math.max(w.__longest, e.duration);
  }).observe({ type: "longtask", buffered: false });
  let last = performance.now();
  const frame = (now: number) => {
    if (w.__watch) w.__gap = Math.max(w.__gap, now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export async function pageFigures(root: string, example: string, out: string): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  // The largest workbook Fördela reads: the 2024 table and one sheet of 20 000 rows of notes, within the
  // element budget (src/hosts/xlsx/sheetSize.ts); a 20 MB file of notes is refused before it is parsed.
  const file = path.join(out, "stor.xlsx");
  const bytes = bigWorkbook(example, file, 1.4 * 1024 * 1024);
  const server = await serve(path.join(root, "dist"), 0);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.addInitScript(monitor);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.evaluate(() => ((window as unknown as { __watch: boolean }).__watch = true));
    const start = Date.now();
    await page.setInputFiles("#workbook", file);
    await page.waitForSelector("#result-table", { timeout: 15 * 60 * 1000 });
    const toAmounts = Date.now() - start;
    const { longest, gap } = await page.evaluate(() => ({ longest: (window as unknown as { __longest: number }).__longest, gap: (window as unknown as { __gap: number }).__gap }));
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MB workbook (2024 table and 20 000 rows of notes, the most Fördela reads), 6× CPU throttling`;
    record({ id: "page.bigFile.longestTask", area: "Web page", measure: `longest task on the page's thread while opening a ${size}`, median: longest, unit: "ms", target: { op: "<", value: 100 }, note: `longest gap between frames ${gap.toFixed(0)} ms; one run` });
    record({ id: "page.bigFile.toAmounts", area: "Web page", measure: `time from choosing the file to the amounts shown, the same`, median: toAmounts, unit: "ms", note: "one run" });
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
