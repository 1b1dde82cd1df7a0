/**
 * The floors of src/, lowest first. A module may import from its own room and from rooms on
 * lower floors: never from a higher floor, and never sideways from another room on its own
 * floor (the two hosts, the sheet functions and the interface do not know each other).
 * docs/dev/architecture.md describes the same floors.
 */
export const FLOORS: readonly (readonly string[])[] = [
  ["messages", "version.ts"],
  ["engine"],
  ["rounds"],
  ["workbook/sheet"],
  ["workbook/values"],
  ["workbook/table"],
  ["workbook/read"],
  ["workbook/rules"],
  ["workbook/write"],
  ["workbook/check"],
  ["app"],
  ["hosts/xlsx", "hosts/office", "sheetFunctions", "ui"],
  ["cli", "web", "taskpane", "functions", "commands", "help"],
];

export interface Room {
  name: string;
  floor: number;
}

/** The room a module of src/ is in: the longest room name its path starts with; null if none. */
export function roomOf(path: string): Room | null {
  const inSrc = path.replace(/^src\//, "");
  let best: Room | null = null;
  FLOORS.forEach((rooms, floor) => {
    for (const name of rooms) {
      const inside = inSrc === name || inSrc.startsWith(`${name}/`);
      if (inside && (best === null || name.length > best.name.length)) best = { name, floor };
    }
  });
  return best;
}

/** Imports that go up a floor or sideways into another room of the same floor. */
export function violations(edges: readonly { from: string; to: string }[]): string[] {
  const out: string[] = [];
  for (const { from, to } of edges) {
    const a = roomOf(from);
    const b = roomOf(to);
    if (a === null || b === null || a.name === b.name) continue;
    if (b.floor > a.floor) out.push(`${from} → ${to}: up from ${a.name} to ${b.name}`);
    else if (b.floor === a.floor) out.push(`${from} → ${to}: sideways from ${a.name} to ${b.name}`);
  }
  return out;
}
