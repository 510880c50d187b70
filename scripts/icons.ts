/**
 * Draws Echt's toolbar/store icon at every size the stores ask for (16–128 px) and writes
 * public/icon/<size>.png, which WXT puts into the manifest. Run: `npx tsx scripts/icons.ts`.
 * Pure pixel maths + zlib so the icons are reproducible without an image editor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BG: [number, number, number] = [67, 56, 202]; // indigo-700: AA contrast with white
const FG: [number, number, number] = [255, 255, 255];

/** Coverage (0..1) of the shape at unit coordinates: a rounded square with a white "E" and a tick. */
function shape(x: number, y: number): { bg: boolean; fg: boolean } {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const bg = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const bar = (x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const fg =
    bar(0.26, 0.22, 0.4, 0.78) || // stem
    bar(0.26, 0.22, 0.74, 0.34) || // top arm
    bar(0.26, 0.44, 0.64, 0.56) || // middle arm
    bar(0.26, 0.66, 0.74, 0.78); // bottom arm
  return { bg, fg: bg && fg };
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const ss = 4; // supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let a = 0;
      let f = 0;
      for (let i = 0; i < ss; i++)
        for (let j = 0; j < ss; j++) {
          const s = shape((px + (i + 0.5) / ss) / size, (py + (j + 0.5) / ss) / size);
          if (s.bg) a++;
          if (s.fg) f++;
        }
      const t = a ? f / a : 0;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(BG[c]! * (1 - t) + FG[c]! * t);
      row[o + 3] = Math.round((255 * a) / (ss * ss));
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
