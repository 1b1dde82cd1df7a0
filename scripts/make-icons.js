#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80.png): a Fluent-blue tile with three
// white bars of different heights, an allocation. Pure Node (zlib), no image tools needed.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y, s) {
  const r = s * 0.18; // rounded corners
  const cx = Math.min(Math.max(x + 0.5, r), s - r);
  const cy = Math.min(Math.max(y + 0.5, r), s - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return CLEAR;
  const bars = [0.45, 0.7, 0.3]; // heights, as parts of the tile
  const u = (x + 0.5) / s;
  const v = (y + 0.5) / s;
  for (let i = 0; i < 3; i++) {
    const left = 0.2 + i * 0.22;
    if (u >= left && u < left + 0.16 && v <= 0.82 && v >= 0.82 - bars[i] * 0.85) return WHITE;
  }
  return BLUE;
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size, pixel));
}
console.log("Wrote assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png");
