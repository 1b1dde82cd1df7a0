import { readFileSync } from "node:fs";
import { previewRound } from "../../src/app/roundFlow";
import type { RoundSource } from "../../src/app/roundSource";
import { computeRound } from "../../src/engine/computeRound";
import type { RoundResult } from "../../src/engine/types";
import { XlsxPort } from "../../src/hosts/xlsx/xlsxPort";
import { compileRound, type RoundFile } from "../../src/rounds/roundFile";
import { variant } from "./workbooks";

export interface Example {
  example: string;
  sheet: string;
  /** The round's rules as data, as the command line is given them. */
  file: RoundFile;
  source: RoundSource;
}

/**
 * A bundled workbook whose allocation columns hold the round computed with
 * `rounding` added at the top of its rules (as an officer would write it),
 * typed as whole numbers; `edit` may change the figures (keyed "row,col",
 * 0-based; null empties the cell) first. Where each figure goes is the write plan of the round as it is.
 */
export async function roundedWorkbook(from: Example, rounding: Record<string, unknown>, edit?: (figures: Map<string, number | null>) => void): Promise<{ file: string; result: RoundResult }> {
  const p = await previewRound(new XlsxPort(readFileSync(from.example)), { source: from.source, date: "", version: "" });
  if (!p.ok) throw new Error(`${from.example} does not compute`);
  const result = computeRound(compileRound({ ...from.file, rounding } as RoundFile), p.regions.map((r) => r.input));
  const figures = new Map<string, number | null>();
  // A column the table lacks gets the header Fördela would give it.
  const headers = p.plan.columns.filter((c) => c.appended && c.output !== "increase").map((c) => [p.table.headerRow, c.col, c.header] as const);
  for (const c of p.plan.columns.filter((x) => x.output !== "increase")) {
    p.regions.forEach((read, i) => {
      const amount = c.output === "total" ? result.regions[i].total : result.regions[i].amounts[c.output.slice("block:".length)];
      figures.set(`${read.row},${c.col}`, amount.toNumber());
    });
  }
  edit?.(figures);
  const file = await variant(
    (ws) => {
      for (const [row, col, header] of headers) ws.getCell(row + 1, col + 1).value = header;
      for (const [at, value] of figures) {
        const [row, col] = at.split(",").map(Number);
        ws.getCell(row + 1, col + 1).value = value;
      }
    },
    "rounded.xlsx",
    from,
  );
  return { file, result };
}
