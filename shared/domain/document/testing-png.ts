// A small PNG encoder for tests and the benchmark: draws a signature-like stroke so the
// embedded images are real PNG files of realistic size, without a canvas.
import { zlibSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGBA PNG, `width`×`height`, transparent, with a dark wavy stroke (seeded by `seed`). */
export function signaturePng(width = 480, height = 160, seed = 1): { png: Uint8Array; width: number; height: number } {
  const stride = width * 4 + 1;
  const raw = new Uint8Array(stride * height);
  const plot = (x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const px = Math.round(x) + dx;
        const py = Math.round(y) + dy;
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        const o = py * stride + 1 + px * 4;
        raw[o] = 0x1f;
        raw[o + 1] = 0x29;
        raw[o + 2] = 0x33;
        raw[o + 3] = 0xff;
      }
  };
  for (let t = 0; t < 1; t += 0.0004) {
    const x = 20 + t * (width - 40);
    const y = height / 2 + Math.sin(t * (9 + seed) * Math.PI) * height * 0.28 * Math.cos(t * 3 + seed);
    plot(x, y);
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    png.set(p, off);
    off += p.length;
  }
  return { png, width, height };
}
