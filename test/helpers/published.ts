import { matchRegion } from "../../src/workbook/values/regions";
import { readCsv } from "./csv";
import { variant } from "./workbooks";

/** The published 2024 AT outcome (Socialstyrelsen's report), one row per region. */
export const PUBLISHED_2024 = readCsv("at-2024-outcome.csv");

export const codeOf = (name: string): string => matchRegion(name)!.code;

/**
 * The bundled workbook with the published figures in its allocation columns
 * (H block 1, I block 2, J total: typed numbers, or the total as `=H+I` with `totalAsFormula`).
 */
export function withPublished(name = "publicerat.xlsx", totalAsFormula = false): Promise<string> {
  return variant((ws) => {
    for (let r = 5; r <= 25; r++) {
      const row = PUBLISHED_2024.find((p) => codeOf(p.region) === codeOf(String(ws.getCell(`A${r}`).value)))!;
      ws.getCell(`H${r}`).value = Number(row.block1);
      ws.getCell(`I${r}`).value = Number(row.block2);
      ws.getCell(`J${r}`).value = totalAsFormula ? ({ formula: `H${r}+I${r}` } as never) : Number(row.total);
    }
  }, name);
}
