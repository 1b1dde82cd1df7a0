// The user guide (docs/sv, docs/en) and the developers' pages (docs/dev) as HTML pages of the
// built add-in and web page (dist/guide/), so that help.html can link the Swedish guide where
// the officer is: in Excel's taskpane or on the page, with no repository at hand.
// Links between guide pages become links between the HTML pages; a link to a file of the
// repository (a source file, an example) is left as its text, since dist/ does not hold it.
const path = require("path");
const { Marked } = require("marked");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function githubAnchor(text) {
  const plain = text
    .replace(/`([^`]*)`/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_]/g, "");
  return plain
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Anchors for a page's headings in order: a repeated heading gets -1, -2 … as on GitHub. */
function uniqueAnchors() {
  const seen = new Map();
  return (text) => {
    const base = githubAnchor(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}

const GUIDE_DIRS = ["sv", "en", "dev", "images"];
const LABELS = { sv: { contents: "Innehåll", title: "Fördela" }, en: { contents: "Contents", title: "Fördela" } };

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A link's target in the built guide, or null where dist/ does not hold it (a file of the repository). */
function guideHref(href, page) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) return href;
  const [file, anchor] = href.split("#");
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
  const [dir] = target.split("/");
  if (!GUIDE_DIRS.includes(dir) || target.startsWith("..")) return null;
  const built = target.replace(/\.md$/, ".html");
  const rel = path.posix.relative(path.posix.dirname(page), built) || path.posix.basename(built);
  return anchor === undefined ? rel : `${rel}#${anchor}`;
}

/** One page of docs/ (`page`: its path under docs/, e.g. "sv/excel.md") as a whole HTML document. */
function renderGuidePage(markdown, page) {
  const lang = page.startsWith("sv/") ? "sv" : "en";
  const anchorOf = uniqueAnchors();
  let title = "Fördela";
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        if (depth === 1 && title === "Fördela") title = inner.replace(/<[^>]+>/g, "");
        return `<h${depth} id="${escapeHtml(anchorOf(text))}">${inner}</h${depth}>\n`;
      },
      link({ href, title: hint, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const to = guideHref(href, page);
        if (to === null) return inner;
        return `<a href="${escapeHtml(to)}"${hint ? ` title="${escapeHtml(hint)}"` : ""}>${inner}</a>`;
      },
      image({ href, text }) {
        const to = guideHref(href, page);
        return to === null ? escapeHtml(text) : `<img src="${escapeHtml(to)}" alt="${escapeHtml(text)}">`;
      },
    },
  });
  const body = marked.parse(markdown);
  const nav = page.startsWith("dev/") ? "" : `<nav><a href="index.html">${LABELS[lang].contents}</a></nav>\n`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${escapeHtml(title)} – Fördela</title>
<link rel="stylesheet" href="../guide.css">
</head>
<body>
${nav}<main>
${body}</main>
</body>
</html>
`;
}

/** The copy-webpack-plugin patterns that put the guide into dist/guide/. */
function guidePatterns(docsDir) {
  return [
    {
      from: "{sv,en,dev}/*.md",
      context: docsDir,
      to: "guide/[path][name].html",
      transform: (content, absoluteFrom) => renderGuidePage(content.toString(), path.relative(docsDir, absoluteFrom).split(path.sep).join("/")),
    },
    { from: "images/*.png", context: docsDir, to: "guide/[path][name][ext]" },
    { from: "src/help/guide.css", to: "guide/guide.css" },
  ];
}

module.exports = { githubAnchor, uniqueAnchors, guideHref, renderGuidePage, guidePatterns };
