/**
 * Each file's size and gzipped size, for the review page. Gzip at level 9 is the slow part of writing
 * the pages (a tenth of a second or more for a set's PNGs), and watch mode writes them on every save
 * with most files unchanged, so sizes are remembered by content digest (a fraction of gzip's cost).
 */
import { gzipSync } from "node:zlib";
import { digestOf } from "../load/sourceDigest.js";
import type { FileSizes } from "./reviewPage.js";

const known = new Map<string, { bytes: number; gzip: number }>();
const remembered = 512; // several sets' worth, editions included; the oldest go first

export function fileSizes(files: ReadonlyMap<string, string | Buffer>): FileSizes {
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  for (const [name, content] of files) {
    const digest = digestOf(content);
    let size = known.get(digest);
    if (!size) {
      size = { bytes: Buffer.byteLength(content), gzip: gzipSync(content, { level: 9 }).length };
      known.set(digest, size);
      if (known.size > remembered) known.delete(known.keys().next().value!);
    }
    sizes.set(name, size);
  }
  return sizes;
}
