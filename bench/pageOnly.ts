import path from "node:path";
import { mkdirSync } from "node:fs";
import { pageFigures } from "./pageBench";
import { table } from "./results";

/** The web page's figures alone (`npm run build:local` first): the full bench takes long, this one a minute or two. */
async function main(): Promise<void> {
  const root = path.join(__dirname, "..", "..", "..");
  const out = path.join(root, "out", "bench");
  mkdirSync(out, { recursive: true });
  await pageFigures(root, path.join(root, "examples", "at-2024-handlaggning.xlsx"), out);
  console.log(table());
}

void main();
