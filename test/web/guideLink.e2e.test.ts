import { browserAvailable, useSession } from "./browser";

jest.setTimeout(60000);

/**
 * The web page's users have no add-in and so no help.html: the page links the guide itself,
 * Swedish first, in a new tab so that an open or filled-in workbook is not left.
 */
(browserAvailable ? describe : describe.skip)("the guide from the web page", () => {
  const session = useSession();

  it("opens the Swedish guide in a new tab, and the English one beside it", async () => {
    const page = await session().page({ path: "index.html" });
    const links = page.locator("footer.guide a");
    expect(await links.allInnerTexts()).toEqual(["Användarhandledning", "User guide"]);
    const [guide] = await Promise.all([page.context().waitForEvent("page"), links.first().click()]);
    await guide.waitForLoadState();
    expect(guide.url()).toBe(`${session().base}guide/sv/index.html`);
    expect(await guide.locator("h1").innerText()).toBe("Fördela: användarhandledning");
    expect(await guide.getAttribute("html", "lang")).toBe("sv");
    // From the contents to a page and back: the built links work as links.
    await guide.locator("main a[href='money.html']").click();
    await guide.waitForURL(/guide\/sv\/money\.html$/);
    expect(await guide.locator("h2#regeln-för-sista-kronan").count()).toBe(1);
    expect(page.url()).toBe(`${session().base}index.html`);
  });
});
