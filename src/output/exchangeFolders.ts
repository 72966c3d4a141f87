/**
 * Swaps two folders in one system call, through the small native addon in native/exchange (built by
 * `npm ci`): Linux's renameat2(RENAME_EXCHANGE) or macOS's renamex_np(RENAME_SWAP). Node has neither.
 * Returns false where the addon was not built, cannot be loaded (a corrupt file, one built for another
 * system or Node: said once, as a warning on stderr) or the system or file system cannot exchange, so the
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

/** The compiled addon, or null if it was not built (no compiler on this machine) or cannot be loaded. */
export function exchangeAddon(): Addon | null {
  if (addon !== undefined) return addon;
  addon = null;
  // src/pipeline/ and .build/src/pipeline/ alike: walk up to the folder that holds native/.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "native", "exchange", "build", "Release", "exchange.node");
    if (existsSync(file)) {
      addon = loadAddon(file);
      break;
    }
  }
  return addon;
}

/**
 * The addon in `file`, or null with one line said through `warn` when it does not load (random bytes,
 * another system's binary, a Node it was not built for): the build then swaps with two renames, as when
 * the addon is absent, rather than failing every build. exchangeAddon loads it once a process, so the
 * line is said once.
 */
export function loadAddon(file: string, warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Addon | null {
  try {
    const loaded = createRequire(import.meta.url)(file) as Partial<Addon>;
    if (typeof loaded?.exchange !== "function") throw new Error("it has no exchange function");
    return loaded as Addon;
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split("\n")[0];
    warn(`Warning: ${file} could not be loaded (${reason}); the output folder is swapped in with two renames instead. Run \`npm ci\` to build it again.`);
    return null;
  }
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
