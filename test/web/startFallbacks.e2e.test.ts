import type { Page } from "playwright-core";
import { EXAMPLE } from "../helpers/workbooks";
import { browserAvailable, useSession, type Session } from "./browser";
import { idle, openWorkbook } from "./pageChecks";

jest.setTimeout(90000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * office.js as the test answers it: Office ready in Excel (on `platform`), either at once or when
 * the test calls `window.officeArrives()`, and an `Excel.run` over an empty workbook. Every object
 * of the workbook is one stand-in that answers anything: a null object (an empty used range), a
 * sheet named Blad1, unprotected. Enough for the pane to start; the whole Office.js stand-in for
 * workflows is test/helpers' business, not this file's.
 */
function officeStub(options: { late?: boolean; platform?: string } = {}): string {
  return `(() => {
    const answers = { isNullObject: true, name: "Blad1", protected: false, address: "", then: undefined };
    const anything = new Proxy(function () {}, {
      get: (_, key) => (key in answers ? answers[key] : key === "items" ? [anything] : key === "sync" ? () => Promise.resolve() : anything),
      set: () => true,
      apply: () => anything,
    });
    window.Excel = { run: (o, batch) => Promise.resolve().then(() => (typeof o === "function" ? o : batch)(anything)) };
    const waiting = [];
    const info = { host: "Excel", platform: ${JSON.stringify(options.platform ?? "PC")} };
    window.Office = {
      HostType: { Excel: "Excel" },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
      context: { displayLanguage: "sv-SE", platform: info.platform, document: { settings: { get: () => null, set() {}, saveAsync() {} } } },
      // Every bundle asks (the pane, the commands): each callback runs when Office arrives.
      onReady: (f) => new Promise((resolve) => { const ready = () => { const started = f(info); resolve(started); return started; }; ${options.late ? "waiting.push(ready);" : "ready();"} }),
    };
    window.officeArrives = () => Promise.all(waiting.map((ready) => ready()));
    window.CustomFunctions = { associate() {} };
  })();`;
}

/** What the officer sees as status: every shown status line or alert, by its text. */
function shownLines(page: Page): Promise<string[]> {
  return page.$$eval("[role=status], [role=alert]", (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null && (e.textContent ?? "").trim() !== "").map((e) => (e.textContent ?? "").trim()));
}

async function taskpane(s: Session, officeJs: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  return s.page({
    path: "taskpane.html",
    before: async (page) => {
      await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: officeJs }));
      await before?.(page);
    },
  });
}

/** The bundles as an engine that cannot parse them sees them (Internet Explorer 11 and ES2022). */
async function unparsable(page: Page, names: string[]): Promise<void> {
  for (const name of names) await page.route(`**/${name}`, (route) => route.fulfill({ contentType: "text/javascript", body: "class Pane { started = true } (" }));
}

(browserAvailable ? describe : describe.skip)("starting the taskpane: one status line", () => {
  const session = useSession();

  it("the starting line is the interface's status line: once the pane is there, one line and no 'Laddar Fördela'", async () => {
    const page = await taskpane(session(), officeStub());
    await page.waitForSelector("#round-card");
    await idle(page);
    expect(await page.locator("#status").count()).toBe(1);
    expect(await page.locator("body").innerText()).not.toContain("Laddar Fördela");
    // An empty workbook fits no round: that, and only that, is said.
    expect(await shownLines(page)).toEqual(["Arbetsboken passar ingen känd omgång, eller flera: välj omgången i listan ovan."]);
    // The header (language buttons) and the round card, the sticky action bar, the status line, the view after; the (closed) overwrite dialog last.
    expect(await page.$$eval("#app > *", (els) => els.map((e) => e.id))).toEqual(["top", "actionbar", "status", "alert", "view", "overwrite-dialog"]);
    expect(await page.locator("#cannot-run").count()).toBe(0);
  });

  it("Office arriving after the 15 s patience: the 'could not be loaded' message goes and the pane starts", async () => {
    const page = await taskpane(session(), officeStub({ late: true }), (p) => p.clock.install());
    await page.waitForSelector("#status");
    // Before Office says its language, the browser's.
    expect(await shownLines(page)).toEqual([expect.stringMatching(/^(Laddar|Loading) Fördela …$/)]);
    await page.clock.fastForward(16000);
    await page.waitForSelector("#alert.shown");
    expect(await shownLines(page)).toEqual([expect.stringMatching(/^(Office kunde inte laddas|Office could not be loaded) \(office\.js\)/)]);
    // Office's ready callback runs, and the pane's start is awaited: a failure there fails the test.
    await page.evaluate(() => (window as unknown as { officeArrives: () => Promise<void> }).officeArrives());
    await page.waitForSelector("#round-card");
    await idle(page);
    expect(await page.locator("body").innerText()).not.toMatch(/Office kunde inte laddas|Office could not be loaded/);
    expect(await shownLines(page)).toEqual(["Arbetsboken passar ingen känd omgång, eller flera: välj omgången i listan ovan."]);
    expect(await page.locator("#alert").getAttribute("class")).toBe("alert");
  });

  it("made no page error, and asked for nothing but its own files and the intercepted office.js", () => {
    expect(session().requests.filter((r) => r.startsWith("pageerror"))).toEqual([]);
    expect(session().requests.filter((u) => !u.startsWith(session().base) && u !== OFFICE_JS)).toEqual([]);
  });
});

(browserAvailable ? describe : describe.skip)("a webview that cannot run the bundles", () => {
  const session = useSession();

  it("the taskpane says, in Swedish and English, to use Excel on the web, a current Excel or the web page, instead of loading for ever", async () => {
    const page = await taskpane(session(), officeStub(), (p) => unparsable(p, ["runtime.js", "engine.js", "taskpane.js", "functions.js", "commands.js"]));
    await page.waitForSelector("#cannot-run");
    expect(await page.locator("#cannot-run").getAttribute("role")).toBe("alert");
    expect(await page.locator("#cannot-run p[lang=sv]").innerText()).toMatch(/^Fördela kan inte starta i den här versionen av Excel.*Använd Excel på webben eller en aktuell Excel.*Fördelas webbsida/);
    expect(await page.locator("#cannot-run p[lang=en]").innerText()).toMatch(/^Fördela cannot start in this version of Excel.*Use Excel on the web or a current Excel.*web page/);
    expect(await page.locator("body").innerText()).not.toContain("Laddar");
    expect(await shownLines(page)).toHaveLength(1);
  });

  it("so does the taskpane where only the pane's own bundle fails to start", async () => {
    const page = await taskpane(session(), officeStub(), (p) => unparsable(p, ["taskpane.js"]));
    await page.waitForSelector("#cannot-run");
    expect(await page.locator("#status").count()).toBe(0);
  });

  it("the web page says to open it in a current browser, its inline check allowed by the page's strict policy", async () => {
    const violations: string[] = [];
    const page = await session().page({
      before: async (p) => {
        p.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
        await unparsable(p, ["web.js"]);
      },
    });
    await page.waitForSelector("#cannot-run");
    expect(await page.locator("#cannot-run p[lang=sv]").innerText()).toMatch(/^Fördela kan inte köras i den här webbläsaren.*aktuell webbläsare/);
    expect(await page.locator("#cannot-run p[lang=en]").innerText()).toMatch(/^Fördela cannot run in this browser.*current browser/);
    expect(violations).toEqual([]);
  });
});

(browserAvailable ? describe : describe.skip)("where the interface runs, the start check stays silent", () => {
  const session = useSession();

  it("the web page starts as before, with no message and no policy violation; its Print is the browser's print", async () => {
    const violations: string[] = [];
    const page = await session().page({
      before: async (p) => {
        p.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
        // Counts the print view instead of opening it.
        await p.addInitScript(() => {
          const w = window as unknown as { printed: number };
          w.printed = 0;
          window.print = () => void w.printed++;
        });
      },
    });
    await openWorkbook(page, EXAMPLE);
    expect(await page.locator("#cannot-run").count()).toBe(0);
    await page.click("#print");
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(violations).toEqual([]);
    expect(session().requests.filter((r) => r.startsWith("pageerror"))).toEqual([]);
  });
});
