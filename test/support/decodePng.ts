/**
 * A PNG decoder for tests, written from the specification independently of src/render/palettePng.ts:
 * non-interlaced 8-bit RGB(A) and palette images of any bit depth, every filter type. Returns straight
 * (not premultiplied) RGBA, 4 bytes a pixel, so images of different colour types compare byte for byte.
 */
import { crc32, inflateSync } from "node:zlib";

export interface DecodedPng {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  rgba: Buffer;
}

export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error("not a PNG signature");
  let width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (png.readUInt32BE(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length))) throw new Error(`bad CRC in ${type}`);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      [bitDepth = 0, colorType = 0, , , interlace = 0] = body.subarray(8);
    } else if (type === "PLTE") palette = body;
    else if (type === "tRNS") transparency = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  if (interlace) throw new Error("interlaced PNGs are not decoded here");
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels || (colorType !== 3 && bitDepth !== 8)) throw new Error(`colour type ${colorType} at ${bitDepth} bits is not decoded here`);
  const bitsPerPixel = channels * bitDepth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const step = Math.max(1, bitsPerPixel / 8); // bytes to the same byte of the pixel to the left
  const raw = inflateSync(Buffer.concat(data));
  if (raw.length !== (stride + 1) * height) throw new Error(`image data is ${raw.length} bytes, expected ${(stride + 1) * height}`);
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= step ? rows[y * stride + i - step]! : 0;
      const up = y ? rows[(y - 1) * stride + i]! : 0;
      const upLeft = y && i >= step ? rows[(y - 1) * stride + i - step]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown filter ${filter} on row ${y}`);
      rows[y * stride + i] = (line[i]! + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4;
      if (colorType === 3) {
        const bit = x * bitDepth;
        const index = (rows[y * stride + (bit >> 3)]! >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
        if (!palette || index * 3 >= palette.length) throw new Error(`palette index ${index} out of range at ${x},${y}`);
        rgba.set(palette.subarray(index * 3, index * 3 + 3), out);
        rgba[out + 3] = transparency && index < transparency.length ? transparency[index]! : 255;
      } else {
        const at = y * stride + x * channels;
        if (channels >= 3) rgba.set(rows.subarray(at, at + 3), out);
        else rgba.fill(rows[at]!, out, out + 3);
        rgba[out + 3] = channels === 4 ? rows[at + 3]! : channels === 2 ? rows[at + 1]! : 255;
      }
    }
  }
  return { width, height, colorType, bitDepth, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
