/** Scratch space kept between calls. */
let scratch = new Float64Array(0);

/** The k-th largest of the first n values (Hoare's selection on a copy: linear on average). */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  if (scratch.length < n) scratch = new Float64Array(n);
  const a = scratch;
  a.set(values.subarray(0, n));
  const target = n - k; // its place in ascending order
  let left = 0;
  let right = n - 1;
  while (left < right) {
    const pivot = a[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (target <= j) right = j;
    else if (target >= i) left = i;
    else break;
  }
  return a[target];
}
