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

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function githubAnchor(text: string): string {
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

export function headings(markdown: string): Heading[] {
  const seen = new Map<string, number>();
  const out: Heading[] = [];
  for (const { text } of proseLines(markdown)) {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (!m) continue;
    const base = githubAnchor(m[2]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ level: m[1].length, text: m[2], anchor: n === 0 ? base : `${base}-${n}` });
  }
  return out;
}

export function links(markdown: string): Link[] {
  const out: Link[] = [];
  for (const { text, line } of proseLines(markdown)) {
    const prose = text.replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
    for (const m of prose.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      out.push({ target: m[2], image: m[1] === "!", line });
    }
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
