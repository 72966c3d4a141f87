/**
 * Fonts committed in the project are stored gzipped (fonts/noto-sans-sc/*.ttf.gz: each cut is 2.5 MB as
 * TrueType, 1.5 MB gzipped). fontkit, subset-font and resvg each want the TrueType file, so each is
 * expanded once, byte for byte, into a folder of its own (the subset cache's, or the system's temp
 * folder when caching is off) under a name carrying a digest of the committed file: an edited font is
 * expanded anew, never taken stale.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { threadId } from "node:worker_threads";
import { gunzipSync } from "node:zlib";
import { projectRoot } from "../projectRoot.js";

const expanded = new Map<string, string>();

/** The path of the TrueType file a committed `.ttf.gz` holds, expanded on first use in this process. */
export function expandedFont(gzipped: string): string {
  let path = expanded.get(gzipped);
  if (!path) {
    const bytes = readFileSync(gzipped);
    const digest = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
    path = join(folder(), `${digest}-${basename(gzipped, ".gz")}`);
    if (!existsSync(path)) {
      mkdirSync(folder(), { recursive: true });
      // Written whole, then renamed: another build (or thread) expanding the same font never reads half of it.
      const partial = `${path}.${process.pid}-${threadId}.tmp`;
      writeFileSync(partial, gunzipSync(bytes));
      renameSync(partial, path);
    }
    expanded.set(gzipped, path);
  }
  return path;
}

function folder(): string {
  const configured = process.env.CHARTS_CACHE_DIR;
  if (configured && configured !== "off") return join(configured, "fonts");
  if (configured === "off") return join(tmpdir(), "border-incident-charts-fonts");
  return join(projectRoot(), "node_modules", ".cache", "border-incident-charts", "fonts");
}
