// Draws images/icon.png (128x128, the marketplace icon): a white key on a rounded dark square,
// written with node's zlib alone so no image tool is needed. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const SS = 4; // supersampling per axis, for smooth edges

const bg = [35, 31, 32];      // near-black
const fg = [255, 255, 255];
const accent = [56, 196, 150]; // a green check of "scope granted"

function roundedSquare(x, y) {
  const r = 24, m = 2;
  const cx = Math.min(Math.max(x, m + r), N - m - r), cy = Math.min(Math.max(y, m + r), N - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= N - m && y >= m && y <= N - m;
}

/** Which colour a point has: the key (ring, shaft, teeth), the check mark, the tile, or nothing. */
function colourAt(x, y) {
  if (!roundedSquare(x, y)) return null;
  const ring = Math.hypot(x - 44, y - 50);
  if (ring <= 22 && ring >= 11) return fg;
  if (y >= 45 && y <= 55 && x >= 62 && x <= 108) return fg;       // shaft
  if (x >= 92 && x <= 100 && y >= 55 && y <= 70) return fg;       // tooth
  if (x >= 78 && x <= 86 && y >= 55 && y <= 65) return fg;        // tooth
  // Check mark: two thick segments.
  const seg = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
  };
  if (seg(34, 92, 48, 106, 6) || seg(48, 106, 78, 78, 6)) return accent;
  return bg;
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = colourAt(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    const k = a || 1;
    raw.set([Math.round(r / k), Math.round(g / k), Math.round(b / k), Math.round((a / (SS * SS)) * 255)], o);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${N}x${N}, ${png.length} bytes`);
