/**
 * Content digests (SHA-256) of files and folders, for the build record. A folder's digest covers every
 * file's relative name and bytes, so an added, removed, renamed or edited file changes it.
 */
import { readFileSync, readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { digestOf } from "../input/sourceDigest.js";

// The one SHA-256 helper, shared with the data version charts carry (input/sourceDigest.ts).
export { digestOf };

/** Hashes a file's bytes; throws as readFileSync does for a file that cannot be read. */
export interface FileDigester {
  digest(path: string): string;
}

export const hashEveryFile: FileDigester = { digest: (path) => digestOf(readFileSync(path)) };

/**
 * Every file under a folder (recursively, following symbolic links: a data file linked from a shared
 * export must count as the file it points to), as paths relative to it with "/" between names, sorted.
 */
export function filesUnder(dir: string, prefix = ""): string[] {
  // Synchronous, like the reads below: at the start of a build nothing else waits, and a walk of a
  // few dozen folders costs several times as much through promises.
  const names: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? statOrUndefined(path) : entry;
    if (kind?.isDirectory()) names.push(...filesUnder(path, `${prefix}${entry.name}/`));
    else if (kind?.isFile() || !kind) names.push(`${prefix}${entry.name}`); // a broken link counts, as "missing"
  }
  return names.sort();
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * One digest over named files: each name and its content's digest, in the order given. A file that
 * cannot be read counts as "missing" (so it appearing later changes the digest) rather than failing.
 */
export function digestFiles(files: readonly { name: string; path: string }[], digester: FileDigester = hashEveryFile): string {
  // Read synchronously: a hundred small files cost a third of the time they take through promises.
  const lines = files.map(({ name, path }) => `${name}\t${digestOrMissing(path, digester)}\n`);
  return digestOf(lines.join(""));
}

function digestOrMissing(path: string, digester: FileDigester): string {
  try {
    return digester.digest(path);
  } catch {
    return "missing";
  }
}
