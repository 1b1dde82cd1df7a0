/** Timing helpers: medians over repeated runs, in milliseconds. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The median of `runs` timings of `fn`, after `warm` untimed runs. */
export function medianMs(fn: () => void, runs = 7, warm = 2): number {
  for (let i = 0; i < warm; i++) fn();
  return median(Array.from({ length: runs }, () => timeMs(fn)));
}
