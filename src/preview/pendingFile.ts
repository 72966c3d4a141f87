/**
 * Watch mode swaps in a save's SVGs before their PNGs and the review pages that show them, and its build
 * record marks those "pending" until the set with them follows, well under a second later. A reader who
 * reloads the review page in that moment should get the page once it is there, not "not found".
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { buildRecordFile, readBuildRecord } from "../freshness/buildRecord.js";

/** How long to wait for a pending file at most: a PNG drawn on a busy machine, with room to spare. */
const waitAtMostMs = 10_000;
const lookEveryMs = 25;

/**
 * The file's bytes, waiting for it while the record in `dir` says it is being drawn; undefined if it is not
 * there. A record older than the wait is not waited on: watch mode was stopped before the set with the
 * file followed (killed; Ctrl-C finishes the set first), and only the next build writes it.
 */
export async function readOrAwaitPending(dir: string, name: string, waitMs = waitAtMostMs): Promise<Buffer | undefined> {
  const until = performance.now() + waitMs;
  const key = name.replaceAll("\\", "/"); // the record names files with forward slashes on every system
  const read = () => readFile(join(dir, name)).catch(() => undefined);
  for (;;) {
    const bytes = await read();
    if (bytes) return bytes;
    const record = await readBuildRecord(dir, { unchecked: true });
    const written = await stat(join(dir, buildRecordFile)).then((stats) => stats.mtimeMs, () => 0);
    const pending = record?.outputs[key]?.digest === "pending" && Date.now() - written < waitMs;
    // Not pending in this record: the set with the file may have been swapped in since it was looked for.
    if (!pending || performance.now() > until) return read();
    await new Promise((resolve) => setTimeout(resolve, lookEveryMs));
  }
}
