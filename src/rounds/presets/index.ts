import at2022 from "./at-2022.json";
import at2024 from "./at-2024.json";
import at2025 from "./at-2025.json";
import beds2024 from "./beds-2024.json";
import { compileRound, type RoundFile } from "../roundFile";
import type { RoundDef } from "../../engine/types";

/** The rounds the product knows by id. Each is data, compiled like an officer's own file. */
export const presetFiles: Record<string, RoundFile> = {
  "at-2022": at2022,
  "at-2024": at2024,
  "at-2025": at2025,
  "beds-2024": beds2024,
};

export function presetIds(): string[] {
  return Object.keys(presetFiles);
}

export function preset(id: string): RoundDef | null {
  const file = presetFiles[id];
  // Every preset is checked against round.schema.json by test/rounds/roundSchema.test.ts.
  return file ? compileRound(file, { trusted: true }) : null;
}
