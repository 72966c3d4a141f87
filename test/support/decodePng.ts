/**
 * A PNG decoder for tests, independent of src/render/palettePng.ts: pngjs, which checks CRCs and reads
 * every colour type, bit depth, filter and interlace. Returns straight (not premultiplied) RGBA, 4 bytes
 * a pixel, so images of different colour types compare byte for byte.
 */
import { PNG } from "pngjs";

export interface DecodedPng {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  rgba: Buffer;
}

export function decodePng(png: Buffer): DecodedPng {
  const { width, height, colorType, depth, data } = PNG.sync.read(png);
  return { width, height, colorType, bitDepth: depth, rgba: data };
}
