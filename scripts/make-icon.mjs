// Draws the extension icon, images/icon.png (128×128 RGBA), without any image library:
// shapes are signed distance functions, sampled 4×4 per pixel for smooth edges, written as a PNG
// with node:zlib. Run `node scripts/make-icon.mjs` after changing the drawing; the PNG is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Distance from (x, y) to a rounded square; negative inside. */
function roundedBox(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2,
    cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - (right - left) / 2 + radius;
  const qy = Math.abs(y - cy) - (bottom - top) / 2 + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance from (x, y) to a polyline stroked with the given half-width; negative inside. */
function stroke(x, y, points, halfWidth) {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1],
      [bx, by] = points[i];
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best - halfWidth;
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

// A terminal prompt ">_" over a keepalive pulse, on a blue tile. Painted back to front.
const layers = [
  { color: (_x, y) => mix([30, 58, 95], [37, 99, 160], y / SIZE), distance: (x, y) => roundedBox(x, y, 6, 6, 122, 122, 24) },
  {
    color: () => [255, 255, 255],
    distance: (x, y) =>
      stroke(
        x,
        y,
        [
          [32, 30],
          [56, 50],
          [32, 70],
        ],
        7,
      ),
  },
  {
    color: () => [126, 231, 135],
    distance: (x, y) =>
      stroke(
        x,
        y,
        [
          [66, 70],
          [94, 70],
        ],
        6,
      ),
  },
  {
    color: () => [126, 231, 135],
    distance: (x, y) =>
      stroke(
        x,
        y,
        [
          [22, 98],
          [46, 98],
          [54, 86],
          [64, 110],
          [72, 98],
          [106, 98],
        ],
        3.2,
      ),
  },
];

function pixel(px, py) {
  let rgba = [0, 0, 0, 0];
  for (const layer of layers) {
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        if (layer.distance(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES) <= 0) covered++;
      }
    }
    const alpha = covered / (SAMPLES * SAMPLES);
    if (alpha === 0) continue;
    const color = layer.color(px + 0.5, py + 0.5);
    const outAlpha = alpha + rgba[3] * (1 - alpha);
    const rgb = [0, 1, 2].map((i) => (color[i] * alpha + rgba[i] * rgba[3] * (1 - alpha)) / outAlpha);
    rgba = [...rgb, outAlpha];
  }
  return [rgba[0], rgba[1], rgba[2], rgba[3] * 255].map((v) => Math.round(v));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // leading 0: no PNG filter on this row
  for (let x = 0; x < SIZE; x++) row.set(pixel(x, y), 1 + x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
