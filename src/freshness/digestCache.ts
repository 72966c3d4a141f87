/**
 * File digests remembered between builds, so a build with nothing to do need not read and hash its
 * inputs and outputs again (about 17 MB, a fifth of its time, when measured; 25 MB since the Chinese
 * font, 4.7 MB gzipped, is committed in fonts/ and digested as an input). Like git's
 * index: a file whose device, inode, size, modification and change times are what they were when it was
 * hashed still has the bytes it had. The change time (ctime) is the one that cannot be set by hand:
 * `touch -r`, `cp -p` and tar set the modification time only, and every write, rename or link moves the
 * ctime to the current time.
 *
 * Timestamps come from a coarse clock, so a file written again within the same tick as it was hashed
 * could keep its times. A file that changed less than a settling time before it was hashed is therefore
 * never remembered (git calls it "racily clean"); it is hashed again next time. The settling time is the
 * file system's: where its times carry digits below the millisecond (ext4, APFS, NTFS, tmpfs), a tick
 * of the kernel's clock, a few milliseconds, and 50 ms covers it; where they do not (FAT's two seconds,
 * HFS+'s one, exFAT's ten milliseconds), two seconds. So a build run just after another trusts what that
 * one wrote. (A network share's times come from its server's clock, which must then be within 50 ms of
 * this machine's, as it had to be within two seconds before.) Anything in doubt (no cache, one unreadable
 * or of another format, a file whose stat differs) means hashing.
 *
 * The cache is this machine's alone and never committed: one small file per output folder, in
 * node_modules/.cache/ (where tools keep caches, and which `npm ci` clears), or CHARTS_CACHE_DIR as the
 * font subsets are (render/subsetStore.ts); CHARTS_CACHE_DIR=off turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from "node:fs";
import { join, resolve } from "node:path";
import { digestOf } from "../input/sourceDigest.js";
import { hashEveryFile, type FileDigester } from "./digest.js";
import { projectRoot } from "../projectRoot.js";

// How a file is hashed without remembering (and the interface a cache implements) is digest.ts's.
export { hashEveryFile, type FileDigester } from "./digest.js";

export interface DigestCache extends FileDigester {
  /** Writes what was learned, if anything; a cache that cannot be written is only slower next time. */
  save(): void;
}

const format = 1;
/** How long a file must have been unchanged when hashed for its digest to be remembered. */
const settleNs = ({ mtimeNs, ctimeNs }: BigIntStats) => (mtimeNs % 1_000_000n && ctimeNs % 1_000_000n ? 50_000_000n : 2_000_000_000n);
/** Caches of other output folders (tests' scratch folders among them) beyond this many are deleted. */
const cachesKept = 16;

export interface DigestCacheOptions {
  /** Where the cache files go (default: node_modules/.cache/border-incident-charts/digests); undefined: nowhere. */
  dir?: string | undefined;
  /** The clock, in nanoseconds since the epoch (tests move it on instead of waiting). */
  now?: () => bigint;
}

export function openDigestCache(outDir: string, { dir = defaultCacheDir(), now = () => BigInt(Date.now()) * 1_000_000n }: DigestCacheOptions = {}): DigestCache {
  if (dir === undefined) return { ...hashEveryFile, save: () => {} };
  const file = join(dir, `${digestOf(resolve(outDir)).slice(0, 16)}.json`);
  const remembered = readEntries(file);
  const learned = new Map<string, string>();
  let changed = false;
  return {
    digest(path) {
      const key = resolve(path);
      // Stat before reading: a write after this moves the ctime, so the entry it leaves cannot match again.
      const stat = statSync(key, { bigint: true });
      const stamp = fileStamp(stat);
      const entry = remembered.get(key);
      if (entry?.stamp === stamp) {
        learned.set(key, `${stamp} ${entry.digest}`);
        return entry.digest;
      }
      const digest = digestOf(readFileSync(key));
      const settledBefore = now() - settleNs(stat);
      if (stat.ctimeNs < settledBefore && stat.mtimeNs < settledBefore) {
        learned.set(key, `${stamp} ${digest}`);
        changed = true;
      } else if (entry) {
        changed = true; // forget the entry that no longer matches
      }
      return digest;
    },
    save() {
      // Only the files this build looked at are kept: the cache never outgrows one build's files.
      if (!changed) return;
      try {
        mkdirSync(dir, { recursive: true });
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify({ format, entries: Object.fromEntries(learned) }));
        renameSync(partial, file);
        pruneOtherCaches(dir, file);
      } catch {
        // A read-only project folder: every build hashes, as it would with no cache.
      }
    },
  };
}

function defaultCacheDir(): string | undefined {
  const configured = process.env.CHARTS_CACHE_DIR;
  if (configured === "off") return undefined;
  return configured ? join(configured, "digests") : join(projectRoot(), "node_modules", ".cache", "border-incident-charts", "digests");
}

/** What identifies a file's bytes without reading them: any write moves at least its change time. */
export function fileStamp({ dev, ino, size, mtimeNs, ctimeNs }: BigIntStats): string {
  return `${dev}:${ino}:${size}:${mtimeNs}:${ctimeNs}`;
}

function readEntries(file: string): Map<string, { stamp: string; digest: string }> {
  const entries = new Map<string, { stamp: string; digest: string }>();
  try {
    const cache = JSON.parse(readFileSync(file, "utf8"));
    if (cache.format !== format) return entries;
    for (const [path, line] of Object.entries(cache.entries)) {
      const match = typeof line === "string" ? /^(\S+) ([0-9a-f]{64})$/.exec(line) : null;
      if (match) entries.set(path, { stamp: match[1]!, digest: match[2]! });
    }
  } catch {
    // No cache yet, or one this code cannot read: hash everything.
  }
  return entries;
}

/** Keeps the newest caches; tests write one per scratch folder. */
function pruneOtherCaches(dir: string, current: string): void {
  const caches = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of caches.slice(cachesKept)) if (path !== current) rmSync(path, { force: true });
}
