/** A change to a part's text: replace [start, end) by `text` (start = end inserts). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits to a text; everything outside them is copied as it was.
 * Inserts at one offset keep the order they were given in.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, k) => ({ ...e, k })).sort((a, b) => a.start - b.start || a.end - b.end || a.k - b.k);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
    out.push(source.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(source.slice(at));
  return out.join("");
}
