import type { Page } from "playwright-core";
import { browserAvailable, useSession, type Session } from "./browser";

jest.setTimeout(60000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The taskpane with office.js answered by the test: never fetched from Microsoft here. */
async function taskpane(s: Session, officeJs: string | null): Promise<Page> {
  return s.page({
    path: "taskpane.html",
    before: async (page) => {
      await page.route(OFFICE_JS, (route) => (officeJs === null ? route.abort() : route.fulfill({ contentType: "text/javascript", body: officeJs })));
    },
  });
}

(browserAvailable ? describe : describe.skip)("the taskpane before Excel is there", () => {
  const session = useSession();

  it("says that Office could not be loaded when office.js does not load, instead of loading forever", async () => {
    const page = await taskpane(session(), null);
    await page.waitForSelector("[role=alert]");
    expect(await page.locator("[role=alert]").innerText()).toMatch(/^Office could not be loaded \(office\.js\)|^Office kunde inte laddas \(office\.js\)/);
    expect(await page.locator("body").innerText()).not.toContain("Laddar Fördela");
  });

  it("says Fördela runs in Excel when Office is ready outside Excel", async () => {
    // office.js in a plain browser: Office and its custom-functions namespace, ready with no host.
    const stub = "window.Office = { HostType: { Excel: 'Excel' }, onReady: (f) => Promise.resolve(f({ host: null, platform: null })) }; window.CustomFunctions = { associate() {} };";
    const page = await taskpane(session(), stub);
    await page.waitForSelector("[role=alert]");
    expect(await page.locator("[role=alert]").innerText()).toMatch(/Fördela (runs in Excel|körs i Excel)/);
  });

  it("made no page error, and asked for nothing but its own files and the intercepted office.js", () => {
    expect(session().requests.filter((r) => r.startsWith("pageerror"))).toEqual([]);
    expect(session().requests.filter((u) => !u.startsWith(session().base) && u !== OFFICE_JS)).toEqual([]);
  });
});
