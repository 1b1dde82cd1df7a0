/**
 * Whether two outcomes of the flow are the same, value by value: plain data, arrays, Maps and
 * Sets, class instances (a Rational is its numerator and denominator, as BigInts) compared by
 * their class and their own fields. The engine's results hold functions too (explanations and
 * exact shares built only when read): two are the same when they give the same for every
 * argument in `probes` (a region's index). The worker uses it to prove that the sheets it hands
 * the page give the same preview as the whole workbook.
 */
export function sameOutcome(a: unknown, b: unknown, probes: readonly number[] = []): boolean {
  const seen = new WeakMap<object, unknown>();
  const same = (x: unknown, y: unknown): boolean => {
    if (Object.is(x, y)) return true;
    if (typeof x === "function" && typeof y === "function") return sameFunction(x as (...a: unknown[]) => unknown, y as (...a: unknown[]) => unknown);
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (seen.get(x) === y) return true;
    seen.set(x, y);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    if (Array.isArray(x)) return x.length === (y as unknown[]).length && x.every((v, i) => same(v, (y as unknown[])[i]));
    if (x instanceof Map) return x.size === (y as Map<unknown, unknown>).size && [...x].every(([k, v]) => (y as Map<unknown, unknown>).has(k) && same(v, (y as Map<unknown, unknown>).get(k)));
    if (x instanceof Set) return x.size === (y as Set<unknown>).size && [...x].every((v) => (y as Set<unknown>).has(v));
    if (x instanceof Date) return x.getTime() === (y as Date).getTime();
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    return kx.length === ky.length && kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
  };
  const sameFunction = (f: (...a: unknown[]) => unknown, g: (...a: unknown[]) => unknown): boolean => {
    if (String(f) !== String(g) || f.length !== g.length) return false;
    const calls = f.length === 0 ? [[]] : probes.map((i) => [i]);
    return calls.every((args) => same(outcome(() => f(...args)), outcome(() => g(...args))));
  };
  return same(a, b);
}

/** A call's value, or what it threw (an index past the regions): the same throw is the same outcome. */
function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (e) {
    return { threw: String(e) };
  }
}
