/**
 * Swaps two folders in one system call, through the small native addon in native/exchange (built by
 * `npm ci`): Linux's renameat2(RENAME_EXCHANGE) or macOS's renamex_np(RENAME_SWAP). Node has neither.
 * Returns false where the addon was not built or the system or file system cannot exchange, so the
 * caller can fall back to two renames; any other failure (permissions, a missing folder) is thrown as
 * Node would throw it.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Addon = { exchange(a: string, b: string): number };

/** Errors that mean "this system cannot exchange", not "this exchange failed". */
const unsupported = new Set([constants.errno.ENOSYS, constants.errno.EINVAL, constants.errno.ENOTSUP, constants.errno.EOPNOTSUPP]);

let addon: Addon | null | undefined;

/** The compiled addon, or null if it was not built (no compiler on this machine). */
export function exchangeAddon(): Addon | null {
  if (addon !== undefined) return addon;
  addon = null;
  // src/pipeline/ and .build/src/pipeline/ alike: walk up to the folder that holds native/.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "native", "exchange", "build", "Release", "exchange.node");
    if (existsSync(file)) {
      addon = createRequire(import.meta.url)(file) as Addon;
      break;
    }
  }
  return addon;
}

export function exchangeFolders(a: string, b: string): boolean {
  const native = exchangeAddon();
  if (!native) return false;
  const errno = native.exchange(a, b);
  if (errno === 0) return true;
  if (unsupported.has(errno)) return false;
  const code = Object.entries(constants.errno).find(([, value]) => value === errno)?.[0] ?? `E${errno}`;
  throw Object.assign(new Error(`${code}: cannot exchange '${a}' and '${b}'`), { code, errno: -errno, syscall: "renameat2", path: a, dest: b });
}
