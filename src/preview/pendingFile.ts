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
  for (;;) {
    try {
      return await readFile(join(dir, name));
    } catch {
      const record = await readBuildRecord(dir);
      const written = await stat(join(dir, buildRecordFile)).then((stats) => stats.mtimeMs, () => 0);
      // The set with the file may have been swapped in between the two reads: the record is then that set's.
      const swappedIn = await readFile(join(dir, name)).catch(() => undefined);
      if (swappedIn) return swappedIn;
      const pending = record?.outputs[key]?.digest === "pending" && Date.now() - written < waitMs;
      if (!pending || performance.now() > until) return undefined;
      await new Promise((resolve) => setTimeout(resolve, lookEveryMs));
    }
  }
}
