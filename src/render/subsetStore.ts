/**
 * Font subsets kept on disk between runs, so a cold build whose characters were seen before skips
 * subsetting (harfbuzz and the WOFF2 compressor, both WebAssembly compiled afresh in every process:
 * about half a second of a cold build of the story).
 *
 * A subset is a pure function of the font file, the characters, the options and the subsetting code,
 * so a file is named after a digest of all four and never goes stale: a new font, option or
 * library version simply misses. Kept in node_modules/.cache (the usual place; `npm ci` empties it),
 * or CHARTS_CACHE_DIR; CHARTS_CACHE_DIR=off turns it off.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";

const require = createRequire(import.meta.url);

/** Where subsets are kept, or undefined when caching is off. Read on each call, so tests can point it elsewhere. */
function storeDir(): string | undefined {
  const configured = process.env.CHARTS_CACHE_DIR;
  if (configured === "off") return undefined;
  if (configured) return join(configured, "font-subsets");
  try {
    return join(dirname(require.resolve("subset-font/package.json")), "..", ".cache", "border-incident-charts", "font-subsets");
  } catch {
    return undefined; // an install without node_modules: nowhere usual to keep them
  }
}

let toolchain: string | undefined;

/** The versions of the code that makes a subset: subset-font, the WOFF2 converter and the WebAssembly libraries under them. */
function subsetToolchain(): string {
  if (toolchain === undefined) {
    const subsetFont = createRequire(require.resolve("subset-font"));
    const fontverter = createRequire(subsetFont.resolve("fontverter"));
    toolchain = [versionOf("subset-font", require), versionOf("harfbuzzjs", subsetFont), versionOf("fontverter", subsetFont), versionOf("wawoff2", fontverter)].join(" ");
  }
  return toolchain;
}

/** name@version of a package as `from` resolves it (some export no package.json: found above their entry). */
function versionOf(name: string, from: NodeJS.Require): string {
  for (let dir = dirname(from.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (manifest.name === name) return `${name}@${manifest.version}`;
    } catch {
      // No package.json here; look further up.
    }
  }
  throw new Error(`cannot find the version of ${name}`);
}

const fontDigests = new WeakMap<Buffer, Buffer>();

/**
 * The name a subset is kept under: everything the subset depends on, digested. Undefined when subsets are
 * not kept (CHARTS_CACHE_DIR=off, or an install where the libraries' versions cannot be found).
 */
export function subsetKey(font: Buffer, text: string, options: object): string | undefined {
  if (!storeDir()) return undefined;
  let versions: string;
  try {
    versions = subsetToolchain();
  } catch {
    return undefined;
  }
  let fontDigest = fontDigests.get(font);
  if (!fontDigest) fontDigests.set(font, (fontDigest = createHash("sha256").update(font).digest()));
  return createHash("sha256").update(versions).update("\0").update(JSON.stringify(options)).update("\0").update(fontDigest).update(text).digest("hex");
}

/**
 * A kept subset, if any. A file that is not a whole WOFF2 (its header records its length) counts as
 * missing, so damage to the cache costs time, never a broken chart.
 */
export function readSubset(key: string): Buffer | undefined {
  const dir = storeDir();
  if (!dir) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, `${key}.woff2`));
  } catch {
    return undefined;
  }
  const whole = bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "wOF2" && bytes.readUInt32BE(8) === bytes.length;
  return whole ? bytes : undefined;
}

/** Keeps a subset for later runs; a cache that cannot be written (read-only install) is skipped quietly. */
export function writeSubset(key: string, bytes: Buffer): void {
  const dir = storeDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a run reading meanwhile sees the old state or the new, never half.
    const partial = join(dir, `${key}.${process.pid}-${threadId}.tmp`);
    writeFileSync(partial, bytes);
    renameSync(partial, join(dir, `${key}.woff2`));
  } catch {
    // Only speed is lost.
  }
}

/**
 * The path of a kept TrueType subset (resvg takes fonts only as files), made by `make` when missing;
 * undefined when subsets are not kept. Written whole and renamed, so a file that exists is whole.
 */
export async function keptSubsetFile(key: string | undefined, make: () => Promise<Buffer>): Promise<string | undefined> {
  const dir = storeDir();
  if (!key || !dir) return undefined;
  const path = join(dir, `${key}.ttf`);
  if (existsSync(path)) return path;
  const bytes = await make();
  try {
    mkdirSync(dir, { recursive: true });
    const partial = join(dir, `${key}.${process.pid}-${threadId}.tmp`);
    writeFileSync(partial, bytes);
    renameSync(partial, path);
    return path;
  } catch {
    return undefined; // a read-only cache: the whole font will do, slowly
  }
}
