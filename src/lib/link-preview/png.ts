// A palette PNG (colour type 3, 8-bit indices) from one index per pixel. A card has a few dozen colours
// (background, and an anti-aliasing ramp per text colour), so indices are a quarter of RGBA's bytes and
// deflate in a fraction of the time a general RGBA encoder takes, which is most of a card's cost.
import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** `indices`: width × height palette indices, row by row; `palette`: [r, g, b] per index (at most 256). */
export function palettePng(width: number, height: number, indices: Uint8Array, palette: Array<[number, number, number]>): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit, palette, deflate, adaptive filtering, no interlace
  // Each row starts with its filter byte: 0 (none) suits flat areas and text equally well here.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9, strategy: zlib.constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
