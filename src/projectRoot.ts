/**
 * The project folder: the nearest folder above a module with a package.json. The same from src/ and from
 * the compiled copy in .build/src/ (.build/ has no package.json), so code finds the lockfile, the digest
 * cache and the committed fonts (fonts/) wherever it runs from.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) if (existsSync(join(dir, "package.json"))) return dir;
  throw new Error(`no package.json above ${from}`);
}
