// Preloaded with `node --import` by test/pipeline/cliFaults.test.ts: every file written into a staging
// folder (.charts-new-…) fails as it would on a full disk, so the build's handling of ENOSPC can be tested
// without filling a real disk.
import { createRequire, syncBuiltinESMExports } from "node:module";

const fsp = createRequire(import.meta.url)("node:fs/promises");
const writeFile = fsp.writeFile;
fsp.writeFile = async (path, ...rest) => {
  if (String(path).includes(".charts-new-")) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: "ENOSPC", errno: -28, syscall: "write", path: String(path) });
  }
  return writeFile(path, ...rest);
};
syncBuiltinESMExports();
