import { existsSync } from "node:fs";
import path from "node:path";

/** The repository's root, found from here upwards, so a helper works from test/ under jest and from out/bench-build/ under `npm run bench`. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, "package.json")) || !existsSync(path.join(dir, "examples"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${from}`);
    dir = up;
  }
  return dir;
}

export const EXAMPLE_WORKBOOK = path.join(repoRoot(), "examples", "at-2024-handlaggning.xlsx");
