/**
 * A lossless palette PNG (colour type 3) of opaque pixels that use at most 256 colours, or undefined
 * when they do not fit. Charts are flat colours plus anti-aliased edges: 100–150 colours at 2×, so one
 * byte (or less) per pixel instead of four, and rows that deflate far better. Every pixel keeps its
 * exact colour; nothing is quantised.
 *
 * Written here on node:zlib rather than with a library: the PNG encoders on npm either write only
 * RGB(A) (pngjs), are unmaintained (upng-js), or quantise lossily and bring a native image library
 * (sharp). The format needs four chunks and a deflate stream, and the bytes are the same on any
 * machine with the same zlib (Node's version is part of the build record, src/freshness/).
 */
import { endianness } from "node:os";
import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const deflateAsync = promisify(deflate);

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * `rgba` is width × height pixels, 4 bytes each. Pixels that are not fully opaque return undefined
 * (resvg's pixels are premultiplied there, so their exact stored colour is resvg's to compute).
 */
export async function palettePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer | undefined> {
  if (endianness() !== "LE") return undefined; // the Uint32 view below reads R, G, B, A little-endian
  const pixels = asPixels(rgba);
  if (pixels.length !== width * height) throw new RangeError(`${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
  const palette = countColours(pixels);
  if (!palette) return undefined;
  // Most used colour first, ties by colour value: a fixed order, so the same pixels give the same bytes.
  const colours = [...palette].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([colour]) => colour);
  const indexOf = new Map(colours.map((colour, index) => [colour, index]));
  const depth = colours.length <= 2 ? 1 : colours.length <= 4 ? 2 : colours.length <= 16 ? 4 : 8;
  const rowBytes = Math.ceil((width * depth) / 8);
  // Each row: filter type 0 (none, the best choice for palette images), then the packed indices.
  const raw = Buffer.alloc((rowBytes + 1) * height);
  const perByte = 8 / depth;
  let lastColour = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) {
      const colour = pixels[y * width + x]!;
      if (colour !== lastColour) {
        lastColour = colour;
        lastIndex = indexOf.get(colour)!;
      }
      const at = rowStart + Math.floor(x / perByte);
      raw[at] = raw[at]! | (lastIndex << (8 - depth * ((x % perByte) + 1)));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, 3, 0, 0, 0], 8); // bit depth, palette, deflate, adaptive filtering, no interlace
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((colour, index) => {
    plte[index * 3] = colour & 0xff;
    plte[index * 3 + 1] = (colour >>> 8) & 0xff;
    plte[index * 3 + 2] = (colour >>> 16) & 0xff;
  });
  // zlib's default level, on libuv's threads: level 9 saves another 4 % for six times the time (100 ms a PNG).
  const data = await deflateAsync(raw);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("PLTE", plte), chunk("IDAT", data), chunk("IEND", Buffer.alloc(0))]);
}

/** Each colour (as R,G,B,A read little-endian) with its count; undefined past 256 or on any non-opaque pixel. */
function countColours(pixels: Uint32Array): Map<number, number> | undefined {
  const counts = new Map<number, number>();
  let run = 0;
  let runColour = pixels[0];
  // Counted in runs: a chart is mostly long stretches of one colour.
  const close = () => {
    if (run) counts.set(runColour!, (counts.get(runColour!) ?? 0) + run);
  };
  for (let i = 0; i < pixels.length; i++) {
    const colour = pixels[i]!;
    if (colour >>> 24 !== 0xff) return undefined;
    if (colour === runColour) {
      run++;
      continue;
    }
    close();
    if (counts.size > 256) return undefined;
    runColour = colour;
    run = 1;
  }
  close();
  return counts.size <= 256 ? counts : undefined;
}

/** One number per pixel, R,G,B,A read little-endian (A in the top byte). */
function asPixels(rgba: Uint8Array): Uint32Array {
  if (rgba.length % 4) throw new RangeError(`${rgba.length} bytes are not whole RGBA pixels`);
  const aligned = rgba.byteOffset % 4 ? Uint8Array.from(rgba) : rgba; // a Uint32 view needs 4-byte alignment
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
