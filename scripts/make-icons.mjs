// Draws Mend's app icons (two linked rings, cream on the accent teal) as PNG and ICO files with
// nothing but Node's zlib, so they can be made again without an image tool. The drawing matches
// app/icon.svg. Run `node scripts/make-icons.mjs`; the files it writes are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BACKGROUND = [0x1f, 0x6f, 0x6a];
const RING = [0xfa, 0xf8, 0xf5];
// In units of the icon's width: inside the middle 80% circle, so a maskable crop keeps all of it.
const RINGS = [
  { x: 0.41, y: 0.5, r: 0.17 },
  { x: 0.59, y: 0.5, r: 0.17 },
];
const STROKE = 0.05;
const SAMPLES = 4; // per axis, for smooth edges

function coverage(size, px, py) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (RINGS.some((c) => Math.abs(Math.hypot(x - c.x, y - c.y) - c.r) <= STROKE / 2)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA (an .ico's PNGs must have alpha)
    for (let x = 0; x < size; x++) {
      const a = coverage(size, x, y);
      for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = Math.round(BACKGROUND[i] * (1 - a) + RING[i] * a);
      row[1 + x * 4 + 3] = 255;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // truecolour with alpha
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An .ico holding PNG images (every current browser reads these). */
function ico(sizes) {
  const images = sizes.map(png);
  const head = Buffer.alloc(6 + 16 * sizes.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2); // icon
  head.writeUInt16LE(sizes.length, 4);
  let offset = head.length;
  sizes.forEach((size, i) => {
    const at = 6 + 16 * i;
    head[at] = size % 256;
    head[at + 1] = size % 256;
    head.writeUInt16LE(1, at + 4); // colour planes
    head.writeUInt16LE(32, at + 6); // bits per pixel
    head.writeUInt32LE(images[i].length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += images[i].length;
  });
  return Buffer.concat([head, ...images]);
}

const app = new URL("../app/", import.meta.url);
writeFileSync(new URL("favicon.ico", app), ico([16, 32, 48]));
writeFileSync(new URL("apple-icon.png", app), png(180));
// Numbered icons are Next.js's way to offer several sizes; the manifest names them (app/manifest.ts).
writeFileSync(new URL("icon1.png", app), png(192));
writeFileSync(new URL("icon2.png", app), png(512));
