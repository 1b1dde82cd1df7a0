import { deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Deflate for the package, in Node: zlib is part of Node and costs nothing to
 * load (fflate's Node build takes ~25 ms to load, a sixth of a CLI run). The
 * web page's build swaps in codec.browser.ts (fflate) through webpack's alias.
 */
export function inflate(data: Uint8Array, size: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
}

export function deflate(data: Uint8Array): Uint8Array {
  return deflateRawSync(data, { level: 6 });
}
