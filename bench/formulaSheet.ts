import type { RegionInput } from "../src/engine/types";

/**
 * The 2024 AT round as the ordinary formulas an officer would write: a rate per
 * 100 000 per row, SUMPRODUCT-free shares over SUM, a nested IF for the ladder,
 * the remainder shared over the rows that reached a step. One row per region.
 * Columns: A population, B count, C planned, D applied (1/0), E rate, F block 1,
 * G increase, H step, I rate if on a step, J block 2, K total.
 */
export function formulaSheet(regions: readonly RegionInput[]): (string | number)[][] {
  const n = regions.length;
  const last = n;
  return regions.map((r, i) => {
    const row = i + 1;
    return [
      r.population.toNumber(),
      r.count?.toNumber() ?? 0,
      r.planned?.toNumber() ?? 0,
      r.applied ? 1 : 0,
      `=IF(D${row}=1,B${row}/A${row}*100000,0)`,
      `=63000000*E${row}/SUM(E$1:E$${last})`,
      `=IF(D${row}=1,B${row}-C${row},-1000)`,
      `=IF(G${row}>=15,30000000,IF(G${row}>=10,20000000,IF(G${row}>=7,10500000,IF(G${row}>=5,7500000,IF(G${row}>=3,4500000,IF(G${row}>=2,3000000,0))))))`,
      `=IF(H${row}>0,E${row},0)`,
      `=H${row}+(160000000-SUM(H$1:H$${last}))*I${row}/SUM(I$1:I$${last})`,
      `=F${row}+J${row}`,
    ];
  });
}
