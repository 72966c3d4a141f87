/**
 * A whole chart set as `npm run charts` builds it from data/, made once per test file in a scratch folder.
 * charts/ is a build output and not in git (BENCHMARKS.md, repository growth): a fresh clone has none, so
 * tests that need a set that was already there build one.
 */
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { dataDir, repoDir } from "./fixtures.js";

const run = promisify(execFile);
let built: Promise<string> | undefined;

/** The folder of the set; copy it before changing anything in it. A build of every edition: give the caller a long timeout. */
export function builtCharts(): Promise<string> {
  built ??= (async () => {
    const out = join(await mkdtemp(join(tmpdir(), "charts-built-")), "charts");
    await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--data", dataDir, "--out", out], { cwd: repoDir, maxBuffer: 1 << 26 });
    return out;
  })();
  return built;
}
