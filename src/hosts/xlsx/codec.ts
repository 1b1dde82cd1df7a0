import { deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Deflate for the package, in Node: zlib is part of Node and costs nothing to
 * load. The web page's build swaps in codec.browser.ts (the browser's own
 * Compression Streams) through webpack's alias; the asynchronous pair is the
 * one both have, for the page's way of opening and saving (XlsxPort.open, toFile).
 */
/**
 * A part's bytes, unpacked: zlib stops (and throws) as soon as the output would
 * pass the size the zip declares, so what is inflated is bounded by the sizes
 * zipGuard checked (per part, in all, and by ratio), whatever the stream holds.
 */
export function inflate(data: Uint8Array, size: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
}

export function deflate(data: Uint8Array): Uint8Array {
  return deflateRawSync(data, { level: 6 });
}

export async function inflateAsync(data: Uint8Array, size: number): Promise<Uint8Array> {
  return inflate(data, size);
}

export async function deflateAsync(data: Uint8Array): Promise<Uint8Array> {
  return deflate(data);
}
