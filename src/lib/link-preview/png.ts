// A 16-colour palette PNG (colour type 3, 4 bits a pixel) from rows already packed two pixels a byte, each
// row led by its filter byte. A card has few colours (paper, and a short anti-aliasing ramp per ink), so a
// pixel is half a byte: an eighth of RGBA's bytes for deflate, which is most of a card's cost.
import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Bytes per row of packed 4-bit pixels, the filter byte included. */
export const rowBytes = (width: number) => 1 + Math.ceil(width / 2);

/**
 * `rows`: height × rowBytes(width) bytes, each row a filter byte (0: none, which suits flat areas and text
 * alike) and then two palette indices a byte, the left pixel in the high nibble; `palette`: [r, g, b] per
 * index, at most 16.
 */
export function palettePng(width: number, height: number, rows: Uint8Array, palette: Array<[number, number, number]>): Buffer {
  if (palette.length > 16) throw new Error('a 4-bit palette holds at most 16 colours');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([4, 3, 0, 0, 0], 8); // 4-bit, palette, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(rows, { level: 1, strategy: zlib.constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
