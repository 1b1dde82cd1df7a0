/**
 * What the docs' link test needs of Markdown: headings (with the anchors GitHub gives them) and
 * links, outside code. Not a renderer: fenced code and inline code are skipped, so a `[x](y)`
 * shown as code is not a link, as on GitHub.
 */

export interface Heading {
  level: number;
  text: string;
  anchor: string;
}

export interface Link {
  target: string;
  image: boolean;
  line: number;
}

/** The lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(markdown: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | null = null;
  markdown.split("\n").forEach((text, i) => {
    const open = /^\s*(```|~~~)/.exec(text);
    if (open) {
      if (fence === null) fence = open[1];
      else if (open[1] === fence) fence = null;
      return;
    }
    if (fence === null) out.push({ text, line: i + 1 });
  });
  return out;
}

/** GitHub's anchors for a page's headings: the same functions give the guide's HTML pages their ids (scripts/guidePages.js). */
const { uniqueAnchors } = require("../../scripts/guidePages") as { uniqueAnchors: () => (text: string) => string };

export function headings(markdown: string): Heading[] {
  const anchorOf = uniqueAnchors();
  const out: Heading[] = [];
  for (const { text } of proseLines(markdown)) {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (m) out.push({ level: m[1].length, text: m[2], anchor: anchorOf(m[2]) });
  }
  return out;
}

export function links(markdown: string): Link[] {
  // One text of the prose (code blocks blanked, line numbers kept): a link's text may run over two lines.
  const kept = new Map(proseLines(markdown).map((l) => [l.line, l.text]));
  const prose = markdown
    .split("\n")
    .map((text, i) => (kept.has(i + 1) ? text : ""))
    .join("\n")
    .replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length));
  const out: Link[] = [];
  for (const m of prose.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const line = prose.slice(0, m.index).split("\n").length;
    out.push({ target: m[2], image: m[1] === "!", line });
  }
  return out;
}

/** The fenced code blocks, in order, with the heading count before each. */
export function codeBlocks(markdown: string): { code: string; headingsBefore: number }[] {
  const out: { code: string; headingsBefore: number }[] = [];
  let fence: string | null = null;
  let body: string[] = [];
  let headingCount = 0;
  for (const text of markdown.split("\n")) {
    const open = /^\s*(```|~~~)/.exec(text);
    if (open && fence === null) {
      fence = open[1];
      body = [];
    } else if (open && open[1] === fence) {
      fence = null;
      out.push({ code: body.join("\n"), headingsBefore: headingCount });
    } else if (fence !== null) body.push(text);
    else if (/^#{2,6}\s/.test(text)) headingCount++;
  }
  return out;
}
