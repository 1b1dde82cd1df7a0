/**
 * How a block is named to people: "Block 2" for the decisions' numbered blocks,
 * else its title; in English the round's English title where it gives one,
 * else the Swedish title (an officer's own round may have only that).
 * The appended column headers, the command line's table and the chart all use it.
 */
export function blockLabel(block: { id: string; title: string; titleEn?: string }, lang: "sv" | "en" = "sv"): string {
  const n = /^block(\d+)$/.exec(block.id)?.[1];
  if (n) return `Block ${n}`;
  return blockTitle(block, lang);
}

/** A block's or a round's full title in a language: the English one where given, else the Swedish. */
export function blockTitle(block: { title: string; titleEn?: string }, lang: "sv" | "en" = "sv"): string {
  return lang === "en" ? (block.titleEn ?? block.title) : block.title;
}
