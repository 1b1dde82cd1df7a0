/**
 * The documentation holds together: every link in README.md and docs/ reaches a file of the
 * repository and, with an anchor, a heading in it; every page is reachable from the README;
 * the Swedish guide and the English one are the same pages with the same structure; and the
 * README stays one page with its two commands first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { codeBlocks, headings, links } from "./markdown";

const root = resolve(__dirname, "../..");
/** Folders that are built or installed, never in a clean clone: a link there is broken on GitHub. */
const NOT_IN_CLONE = ["node_modules", "dist", "out", "lib"];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

const pages = [join(root, "README.md"), ...markdownFiles(join(root, "docs"))];
const text = new Map(pages.map((p) => [p, readFileSync(p, "utf8")]));
const rel = (p: string) => relative(root, p);

/** Where a relative link goes: a file (or folder) and an anchor; null for one off the site. */
function resolveLink(from: string, target: string): { path: string; anchor: string | null } | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const [pathPart, anchor = null] = target.split("#") as [string, string?];
  const path = pathPart === "" ? from : resolve(dirname(from), decodeURIComponent(pathPart));
  return { path, anchor };
}

describe("links in README.md and docs/", () => {
  it.each(pages.map((p) => [rel(p), p]))("every link in %s resolves", (_name, page) => {
    const broken: string[] = [];
    for (const link of links(text.get(page)!)) {
      const to = resolveLink(page, link.target);
      if (to === null) {
        if (!/^(https|mailto):/.test(link.target)) broken.push(`${link.line}: ${link.target} (not https)`);
        continue;
      }
      const inside = relative(root, to.path);
      if (inside.startsWith("..") || NOT_IN_CLONE.includes(inside.split(/[\\/]/)[0])) {
        broken.push(`${link.line}: ${link.target} (outside what a clone holds)`);
      } else if (!existsSync(to.path)) {
        broken.push(`${link.line}: ${link.target} (no such file)`);
      } else if (to.anchor !== null) {
        const anchors = to.path.endsWith(".md") ? headings(readFileSync(to.path, "utf8")).map((h) => h.anchor) : [];
        if (!anchors.includes(to.anchor)) broken.push(`${link.line}: ${link.target} (no heading with that anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("reaches every page of docs/ from the README", () => {
    const reached = new Set<string>();
    const queue = [join(root, "README.md")];
    while (queue.length > 0) {
      const page = queue.pop()!;
      if (reached.has(page)) continue;
      reached.add(page);
      for (const link of links(text.get(page)!)) {
        const to = resolveLink(page, link.target);
        if (to && text.has(to.path)) queue.push(to.path);
      }
    }
    expect(pages.filter((p) => !reached.has(p)).map(rel)).toEqual([]);
  });

  it("finds a broken link and a missing anchor (the check can fail)", () => {
    const page = join(root, "docs", "en", "index.md");
    const sample = "[a](no-such-page.md) [b](working.md#no-such-heading) `[c](ignored.md)`";
    const found = links(sample).map((l) => resolveLink(page, l.target)!);
    expect(found).toHaveLength(2);
    expect(existsSync(found[0].path)).toBe(false);
    expect(headings(readFileSync(found[1].path, "utf8")).map((h) => h.anchor)).not.toContain(found[1].anchor);
  });
});

describe("the guide in Swedish and in English", () => {
  const guide = (lang: string) => readdirSync(join(root, "docs", lang)).filter((n) => n.endsWith(".md")).sort();

  it("has the same pages in docs/sv and docs/en", () => {
    expect(guide("sv")).toEqual(guide("en"));
    expect(guide("sv")).toContain("index.md");
  });

  it.each(guide("en").map((n) => [n]))("%s has the same headings, images and links in both languages", (name) => {
    const shape = (lang: string) => {
      const md = readFileSync(join(root, "docs", lang, name), "utf8");
      return {
        levels: headings(md).map((h) => h.level),
        images: links(md).filter((l) => l.image).map((l) => l.target),
        pages: links(md).filter((l) => !l.image).map((l) => l.target.split("#")[0]).sort(),
      };
    };
    expect(shape("sv")).toEqual(shape("en"));
  });
});

describe("the README", () => {
  const readme = text.get(join(root, "README.md"))!;

  it("opens with the two commands, before any section", () => {
    const first = codeBlocks(readme)[0];
    expect(first.code.trim().split("\n")).toEqual(["npm ci && npm run example", "npm test"]);
    expect(first.headingsBefore).toBe(0);
  });

  it("is one page that links the Swedish guide, the English guide and the developers' pages", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(100);
    const targets = links(readme).map((l) => l.target);
    expect(targets).toEqual(expect.arrayContaining(["docs/sv/index.md", "docs/en/index.md", "docs/dev/architecture.md"]));
  });
});
