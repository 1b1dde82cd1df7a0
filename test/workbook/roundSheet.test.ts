import { presetFiles } from "../../src/rounds/presets";
import { readRoundSheet, roundSheetRows } from "../../src/workbook/rules/roundSheet";
import type { SheetSnapshot } from "../../src/workbook/sheet/cell";

/** The rules sheet of a preset, with some parameters typed as an officer types them (text, Swedish decimals). */
function sheet(id: string, typed: Record<string, string | number>): SheetSnapshot {
  const values = roundSheetRows(presetFiles[id]).map((row) => (typeof row[0] === "string" && row[0] in typed ? [row[0], typed[row[0]]] : row));
  return { name: "Fördela regler", values } as SheetSnapshot;
}

describe("the rules sheet", () => {
  it("keeps a decimal typed as text exactly, beyond the 15 digits of a double", () => {
    // 0,50000000000000001 is 0.5 as a double: read through a double, the improvement test would be another.
    const read = readRoundSheet(sheet("beds-2024", { "blocks.2.improvement.percent": "0,50000000000000001" }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const beds = read.round.blocks[1];
    expect(beds.kind === "monthlyPerformance" && beds.improvement.percent.toString()).toBe("0.50000000000000001");
  });

  it("reads whole amounts typed with spaces as the whole numbers they are", () => {
    const read = readRoundSheet(sheet("at-2024", { "blocks.1.pot": "63 000 001" }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.round.blocks[0].pot.toString()).toBe("63000001");
  });

  it("reads a number cell as the 15 digits Excel keeps of it, as any other cell", () => {
    // =1/3 in the cell: the double 0.3333333333333333 has 16 digits; Excel shows and keeps 0,333333333333333.
    const read = readRoundSheet(sheet("beds-2024", { "blocks.2.improvement.percent": 1 / 3 }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const beds = read.round.blocks[1];
    expect(beds.kind === "monthlyPerformance" && beds.improvement.percent.toString()).toBe("0.333333333333333");
  });
});
