import { deflateSync, inflateSync } from "fflate";

/** Deflate for the package in the browser: fflate, small and fast (see codec.ts for Node). */
export function inflate(data: Uint8Array, size: number): Uint8Array {
  return inflateSync(data, { out: new Uint8Array(size) });
}

export function deflate(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 6 });
}
