/**
 * Largest remainder as the rules state it, written apart from the engine with
 * nothing but BigInt: shares as [numerator, denominator], floors by integer
 * division, fractions compared by cross-multiplication, ties to the lower rank.
 * The tests' independent exact computation.
 */
export function referenceLargestRemainder(pot: bigint, shares: readonly (readonly [bigint, bigint])[], ranks: readonly number[]): bigint[] {
  const floors = shares.map(([n, d]) => n / d);
  const rests = shares.map(([n, d]) => [n % d, d] as const);
  const left = pot - floors.reduce((a, b) => a + b, 0n);
  const order = shares.map((_, i) => i).sort((a, b) => {
    const l = rests[a][0] * rests[b][1];
    const r = rests[b][0] * rests[a][1];
    return l > r ? -1 : l < r ? 1 : ranks[a] - ranks[b];
  });
  const out = floors.slice();
  for (let k = 0; k < Number(left); k++) out[order[k]] += 1n;
  return out;
}
