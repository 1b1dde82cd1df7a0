/**
 * The three rules for the last krona as issue 25 states them, written apart
 * from the engine with nothing but BigInt: a share is [numerator, denominator]
 * in kronor, a unit u turns it into n / (d·u) units; floors by integer
 * division, half up as ⌊(2n + d·u) / (2·d·u)⌋, remainders compared by
 * cross-multiplication, ties to the lower rank (region-code order).
 */
export type Share = readonly [bigint, bigint];

export interface Reference {
  /** Kronor, in the order of the shares. */
  amounts: bigint[];
  /** What the rule leaves unpaid of the pot (under "down"; or below one unit of a pot that is no whole number of units). */
  left: bigint;
  /** Regions given (+) or charged (−) the difference under half up, in kronor. */
  adjusted: { index: number; kronor: bigint }[];
}

const sumOf = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

/** Largest remainder in units: floors, then one unit each to the largest remainders (ties by rank). */
export function refLargestRemainder(pot: bigint, shares: readonly Share[], ranks: readonly number[], unit = 1n): Reference {
  const units = pot / unit;
  const floors = shares.map(([n, d]) => n / (d * unit));
  const rests = shares.map(([n, d]) => [n % (d * unit), d * unit] as const);
  const order = shares.map((_, i) => i).sort((a, b) => {
    const l = rests[a][0] * rests[b][1];
    const r = rests[b][0] * rests[a][1];
    return l > r ? -1 : l < r ? 1 : ranks[a] - ranks[b];
  });
  const out = floors.slice();
  let left = units - sumOf(floors);
  for (const i of order) if (left > 0n) (out[i] += 1n), left--;
  return { amounts: out.map((x) => x * unit), left: pot - units * unit, adjusted: [] };
}

/**
 * Half up to the unit; the difference between the pot's units and the sum
 * (either sign) to the region of the largest amount among those with a share
 * (ties by rank); what would take it below 0 is taken from the next largest.
 */
export function refHalfUpToLargest(pot: bigint, shares: readonly Share[], ranks: readonly number[], unit = 1n): Reference {
  const units = pot / unit;
  const out = shares.map(([n, d]) => (2n * n + d * unit) / (2n * d * unit));
  let diff = units - sumOf(out);
  const adjusted: { index: number; kronor: bigint }[] = [];
  const order = shares
    .map((_, i) => i)
    .filter((i) => shares[i][0] > 0n)
    .sort((a, b) => (out[a] === out[b] ? ranks[a] - ranks[b] : out[a] > out[b] ? -1 : 1));
  for (const i of order) {
    if (diff === 0n) break;
    const change = diff > 0n ? diff : out[i] < -diff ? -out[i] : diff;
    if (change === 0n) continue;
    out[i] += change;
    diff -= change;
    adjusted.push({ index: i, kronor: change * unit });
  }
  return { amounts: out.map((x) => x * unit), left: pot - units * unit, adjusted };
}

/** Every share down to the unit; the rest of the pot is left. */
export function refDown(pot: bigint, shares: readonly Share[], unit = 1n): Reference {
  const out = shares.map(([n, d]) => (n / (d * unit)) * unit);
  return { amounts: out, left: pot - sumOf(out), adjusted: [] };
}

/** Shares of `pot` in proportion to whole weights: pot·w / Σw, exactly. */
export function sharesOf(pot: bigint, weights: readonly bigint[]): Share[] {
  const total = sumOf(weights);
  return weights.map((w) => [pot * w, total] as const);
}
