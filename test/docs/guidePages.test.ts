/**
 * The guide as the officer meets it from the add-in: help.html links the Swedish guide, built
 * into dist/guide/ by `npm run build:local` (npm test builds first), and every link and image
 * of every built page reaches a file of dist/ and, with an anchor, an id on that page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const { guideHref, renderGuidePage } = require("../../scripts/guidePages") as {
  guideHref: (href: string, page: string) => string | null;
  renderGuidePage: (markdown: string, page: string) => string;
};

const root = resolve(__dirname, "../..");
const dist = join(root, "dist");
const guide = join(dist, "guide");

const pagesIn = (dir: string, ext: string) => readdirSync(dir).filter((n) => n.endsWith(ext));
const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1].replace(/&amp;/g, "&"));

describe("links of a guide page, built", () => {
  it("turns a guide page's link into the HTML page's, keeps the anchor, and leaves a file of the repository as text", () => {
    expect(guideHref("money.md#regeln-för-sista-kronan", "sv/checking.md")).toBe("money.html#regeln-för-sista-kronan");
    expect(guideHref("../dev/xlsx.md", "sv/command-line.md")).toBe("../dev/xlsx.html");
    expect(guideHref("../images/web-page.png", "en/web-page.md")).toBe("../images/web-page.png");
    expect(guideHref("../../src/rounds/round.schema.json", "en/round-files.md")).toBeNull();
    expect(guideHref("https://learn.microsoft.com/office/dev/add-ins/", "en/excel.md")).toBe("https://learn.microsoft.com/office/dev/add-ins/");
    const html = renderGuidePage("# Omgångar\n\nSe [schemat](../../src/rounds/round.schema.json) och [pengarna](money.md).", "sv/rounds.md");
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1 id="omgångar">Omgångar</h1>');
    expect(html).toContain("Se schemat och <a href=\"money.html\">pengarna</a>.");
    expect(html).toContain("<title>Omgångar – Fördela</title>");
  });
});

describe("the guide in dist/", () => {
  beforeAll(() => {
    if (!existsSync(join(guide, "sv", "index.html"))) throw new Error("dist/guide is missing: run npm run build:local (npm test does)");
  });

  it("is linked from help.html, in Swedish first", () => {
    const help = readFileSync(join(dist, "help.html"), "utf8");
    const hrefs = attrs(help, "href");
    expect(hrefs[0]).toBe("guide/sv/index.html");
    expect(hrefs).toContain("guide/en/index.html");
    expect(readFileSync(join(guide, "sv", "index.html"), "utf8")).toContain('<html lang="sv">');
  });

  it("has a page for every page of docs/sv, docs/en and docs/dev", () => {
    for (const dir of ["sv", "en", "dev"]) {
      const built = pagesIn(join(guide, dir), ".html").map((n) => n.replace(/\.html$/, ".md"));
      expect(built).toEqual(pagesIn(join(root, "docs", dir), ".md"));
    }
  });

  it.each(["sv", "en", "dev"].flatMap((dir) => pagesIn(join(root, "docs", dir), ".md").map((n) => [`${dir}/${n.replace(/\.md$/, ".html")}`])))(
    "every link and image of guide/%s reaches dist/",
    (page) => {
      const file = join(guide, page);
      const html = readFileSync(file, "utf8");
      const broken: string[] = [];
      for (const ref of [...attrs(html, "href"), ...attrs(html, "src")]) {
        if (/^https:/.test(ref)) continue;
        const [path, anchor] = ref.split("#");
        const target = path === "" ? file : resolve(dirname(file), decodeURIComponent(path));
        if (relative(dist, target).startsWith("..") || !existsSync(target)) broken.push(`${ref} (no such file in dist/)`);
        else if (anchor !== undefined && !attrs(readFileSync(target, "utf8"), "id").includes(decodeURIComponent(anchor))) broken.push(`${ref} (no such id)`);
      }
      expect(broken).toEqual([]);
      expect(html).not.toMatch(/href="[^"]*\.md(#|")/);
    },
  );
});
