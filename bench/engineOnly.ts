import path from "node:path";
import "../src/rounds/schemaProblems"; // the round schema's checks, as the command line loads them
import { engineFigures } from "./engineBench";
import { table } from "./results";

/** The engine's figures alone: what a change to the exact arithmetic costs, in seconds rather than the whole bench's minutes. */
async function main(): Promise<void> {
  await engineFigures(path.join(__dirname, "..", "..", "..", "examples"));
  console.log(table());
}

void main();
