// Preloaded with `node --import` by test/build/cliFaults.test.ts: every file written into a staging
// folder (.charts-new-…) fails as it would on a full disk, so the build's handling of ENOSPC can be tested
// without filling a real disk.
import { createRequire, syncBuiltinESMExports } from "node:module";

const require = createRequire(import.meta.url);
const fsp = require("node:fs/promises");
const fs = require("node:fs");
const full = (path) => Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: "ENOSPC", errno: -28, syscall: "write", path: String(path) });
// writeCharts writes its files synchronously; other writers may use the promise API.
const writeFile = fsp.writeFile;
fsp.writeFile = async (path, ...rest) => {
  if (String(path).includes(".charts-new-")) throw full(path);
  return writeFile(path, ...rest);
};
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = (path, ...rest) => {
  if (String(path).includes(".charts-new-")) throw full(path);
  return writeFileSync(path, ...rest);
};
syncBuiltinESMExports();
