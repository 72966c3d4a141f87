/**
 * What watch mode last swapped into its output folder: each file's content, and its stat just after the
 * swap. A later rewrite keeps an unchanged output by its stat instead of reading and hashing it again
 * (five editions' outputs are 15 MB, and a rewrite keeps nearly all of them). Any write to a file since
 * (a hand edit, even one that puts its modification time back) moves its change time, so it is read
 * again; the record's digest still decides whether it is kept. The one gap is a hand edit of a file this
 * swap wrote, of the same size, within the clock tick of the stat (a few milliseconds): the next
 * rewrite would carry it over as written, and the next one-off build, which hashes it, draws it again.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileStamp } from "./digestCache.js";

export interface WrittenOutputs {
  /** The content written to `path`, if the file there is still the one written; undefined otherwise. */
  unchanged(path: string): string | Buffer | undefined;
  /**
   * The names in `files` whose content is what was written there and whose file is still as written:
   * the pages of editions a save did not touch, say. The swap links them instead of writing them again.
   * Names in `checked` (the outputs kept, checked already) are not looked at again.
   */
  sameAsWritten(outDir: string, files: ReadonlyMap<string, string | Buffer>, checked?: ReadonlySet<string>): string[];
  /** Remembers the set just swapped into `outDir` (forgetting the one before). */
  remember(outDir: string, files: ReadonlyMap<string, string | Buffer>): void;
}

export function writtenOutputs(): WrittenOutputs {
  const known = new Map<string, { stamp: string; content: string | Buffer }>();
  const stampOrUndefined = (path: string) => {
    try {
      return fileStamp(statSync(path, { bigint: true }));
    } catch {
      return undefined;
    }
  };
  return {
    unchanged(path) {
      const entry = known.get(path);
      return entry && stampOrUndefined(path) === entry.stamp ? entry.content : undefined;
    },
    sameAsWritten(outDir, files, checked) {
      const same: string[] = [];
      for (const [name, content] of files) {
        if (checked?.has(name)) continue;
        const path = join(outDir, name);
        const entry = known.get(path);
        if (entry && sameContent(entry.content, content) && stampOrUndefined(path) === entry.stamp) same.push(name);
      }
      return same;
    },
    remember(outDir, files) {
      known.clear();
      for (const [name, content] of files) {
        const path = join(outDir, name);
        const stamp = stampOrUndefined(path);
        if (stamp) known.set(path, { stamp, content });
      }
    },
  };
}

/** Mostly the very object written before (a kept page); a string or buffer equal to it otherwise. */
function sameContent(a: string | Buffer, b: string | Buffer): boolean {
  if (a === b) return true;
  if (typeof a === "string" || typeof b === "string") return false;
  return a.length === b.length && a.equals(b);
}
