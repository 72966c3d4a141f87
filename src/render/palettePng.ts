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
  const runs = colourRuns(pixels);
  if (!runs) return undefined;
  // Most used colour first, ties by colour value: a fixed order, so the same pixels give the same bytes.
  const order = runs.colours.map((colour, seen) => ({ colour, seen, count: runs.counts[seen]! })).sort((a, b) => b.count - a.count || a.colour - b.colour);
  const colours = order.map(({ colour }) => colour);
  const indexOfSeen = new Uint8Array(256);
  order.forEach(({ seen }, index) => (indexOfSeen[seen] = index));
  const indices = new Uint8Array(pixels.length);
  for (let run = 0, start = 0; run < runs.length; start = runs.ends[run++]!) indices.fill(indexOfSeen[runs.seen[run]!]!, start, runs.ends[run]!);

  const depth = colours.length <= 2 ? 1 : colours.length <= 4 ? 2 : colours.length <= 16 ? 4 : 8;
  const rowBytes = Math.ceil((width * depth) / 8);
  // Each row: filter type 0 (none, the best choice for palette images), then the packed indices.
  const raw = Buffer.alloc((rowBytes + 1) * height);
  const perByte = 8 / depth;
  for (let y = 0; y < height; y++) {
    const rowStart = y * (rowBytes + 1) + 1;
    if (depth === 8) {
      raw.set(indices.subarray(y * width, (y + 1) * width), rowStart);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const at = rowStart + Math.floor(x / perByte);
      raw[at] = raw[at]! | (indices[y * width + x]! << (8 - depth * ((x % perByte) + 1)));
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

interface ColourRuns {
  /** The colours in the order first seen. */
  colours: number[];
  /** Pixels of each colour, by its place in `colours`. */
  counts: number[];
  /** How many runs: each is a stretch of pixels of one colour, ending before `ends[i]`, of colour `seen[i]`. */
  length: number;
  ends: Uint32Array;
  seen: Uint8Array;
}

/**
 * The pixels as runs of one colour (a chart is mostly long runs), with each colour's count; undefined past
 * 256 colours or on any pixel not fully opaque (resvg's pixels are premultiplied there, so their exact
 * stored colour is resvg's to compute).
 */
function colourRuns(pixels: Uint32Array): ColourRuns | undefined {
  const table = new ColourTable();
  const counts: number[] = [];
  let ends = new Uint32Array(4096);
  let seen = new Uint8Array(4096);
  let length = 0;
  for (let start = 0; start < pixels.length; ) {
    const colour = pixels[start]!;
    if (colour >>> 24 !== 0xff) return undefined;
    const number = table.add(colour);
    if (number === undefined) return undefined;
    let end = start + 1;
    while (end < pixels.length && pixels[end] === colour) end++;
    counts[number] = (counts[number] ?? 0) + end - start;
    if (length === ends.length) [ends, seen] = [grown(ends), grown(seen)];
    ends[length] = end;
    seen[length++] = number;
    start = end;
  }
  return { colours: table.colours, counts, length, ends, seen };
}

function grown<T extends Uint32Array | Uint8Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * Up to 256 colours, each numbered in the order first added: an open-addressing table of 32-bit keys,
 * about ten times faster per lookup than a Map of numbers.
 */
class ColourTable {
  static readonly size = 1024; // a power of two, four times the most colours kept, so probes stay short
  readonly colours: number[] = [];
  private readonly keys = new Uint32Array(ColourTable.size);
  private readonly numbers = new Int16Array(ColourTable.size).fill(-1);

  /** The colour's number, added if new; undefined when 256 colours are already kept. */
  add(colour: number): number | undefined {
    let slot = Math.imul(colour, 0x9e3779b1) >>> 22; // Fibonacci hashing to 10 bits
    while (this.numbers[slot] !== -1 && this.keys[slot] !== colour) slot = (slot + 1) & (ColourTable.size - 1);
    if (this.numbers[slot] === -1) {
      if (this.colours.length === 256) return undefined;
      this.keys[slot] = colour;
      this.numbers[slot] = this.colours.length;
      this.colours.push(colour);
    }
    return this.numbers[slot]!;
  }
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
