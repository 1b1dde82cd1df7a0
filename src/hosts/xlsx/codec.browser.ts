/**
 * Deflate for the package in the browser: the browser's own Compression
 * Streams ("deflate-raw", the zip's method 8; Chrome and Edge 103, Firefox
 * 113, Safari 16.4), so the page downloads no deflate code of its own. They
 * are asynchronous only: the page unpacks a workbook's parts before reading
 * it and packs its changes before saving (XlsxPort.open, XlsxPort.toFile).
 * codec.ts is Node's; webpack's alias puts this file in its place for the page.
 */

/** Never called on the page: every part was unpacked up front (see XlsxPackage.unpackAll). */
export function inflate(): Uint8Array {
  throw new Error("a part was read before it was unpacked");
}

/** Never called on the page: every change was packed up front (see XlsxPackage.packChanges). */
export function deflate(): Uint8Array {
  throw new Error("a part was written before it was packed");
}

/**
 * A part's bytes, unpacked. Reading stops, and the part is refused, as soon as
 * it comes to more than the zip's directory says (a zip bomb unpacks no further).
 */
export async function inflateAsync(data: Uint8Array, size: number): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  let at = 0;
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > size) {
      await reader.cancel();
      throw new Error(`more than the ${size} bytes declared`);
    }
    out.set(value, at);
    at += value.length;
  }
  return at === size ? out : out.subarray(0, at);
}

/** New bytes for a part, packed. */
export async function deflateAsync(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
}
