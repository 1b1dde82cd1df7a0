/**
 * How a block is named to people: "Block 2" for the decisions' numbered blocks,
 * else its title (in English its id, since titles are the decision's Swedish).
 * The appended column headers, the command line's table and the chart all use it.
 */
export function blockLabel(block: { id: string; title: string }, lang: "sv" | "en" = "sv"): string {
  const n = /^block(\d+)$/.exec(block.id)?.[1];
  if (n) return `Block ${n}`;
  return lang === "sv" ? block.title : block.id;
}
