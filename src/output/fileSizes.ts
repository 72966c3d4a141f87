/**
 * Each file's size and gzipped size, for the review page. Gzip at level 9 is the slow part of writing
 * the pages (half a second of a five-edition build), so it runs on libuv's threads, files at once, while
 * the main thread goes on; and watch mode writes the pages on every save with most files unchanged, so
 * sizes are remembered by content digest (a fraction of gzip's cost).
 */
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { digestOf } from "../input/sourceDigest.js";
import type { FileSizes } from "./reviewPage.js";

const gzipAsync = promisify(gzip);

type Size = { bytes: number; gzip: number };
const known = new Map<string, Promise<Size>>();
const remembered = 512; // several sets' worth, editions included; the oldest go first

/** The sizes of the `shown` files (reviewPage.ts, shownFiles): gzipping pages and CSVs no one reads the size of is wasted. */
export async function fileSizes(files: ReadonlyMap<string, string | Buffer>, shown: ReadonlySet<string>): Promise<FileSizes> {
  const sizes = [...files].filter(([name]) => shown.has(name)).map(([name, content]) => {
    const digest = digestOf(content);
    let size = known.get(digest);
    if (!size) {
      size = gzipAsync(content, { level: 9 }).then((gzipped) => ({ bytes: Buffer.byteLength(content), gzip: gzipped.length }));
      known.set(digest, size);
      if (known.size > remembered) known.delete(known.keys().next().value!);
    }
    return size.then((size) => [name, size] as const);
  });
  return new Map(await Promise.all(sizes));
}
