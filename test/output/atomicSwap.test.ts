/**
 * A reader of charts/ while builds replace it: another thread lists the folder as fast as it can while
 * this one swaps in 300 new sets. Every listing must be one whole set, old or new: never no folder, never a
 * mix. Each set's files have names of their own generation, so a listing of a mix or of a half-written
 * set is told apart from a whole one by its names alone. On a machine without the native exchange (no
 * compiler when `npm ci` ran) the swap is two renames and this fails, as it should; CI must have it.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { exchangeAddon } from "../../src/output/exchangeFolders.js";
import { outputMarker, writeCharts } from "../../src/output/writeCharts.js";
import { repoDir } from "../support/fixtures.js";

const filesPerSet = 6;
const swaps = 300;

const setOf = (generation: number) => new Map(Array.from({ length: filesPerSet }, (_, i) => [`g${generation}-chart-${i}.svg`, `<svg>${generation}</svg>`]));

// The reader: opens charts/ and lists it in a loop until told to stop. A listing that is not one whole set
// counts against the swap only if the folder listed is still charts/: one opened just before a swap is the
// old set, which the writer then deletes, so listing it a moment later may find it part deleted.
const reader = `
const { closeSync, fstatSync, openSync, readdirSync, statSync } = require("node:fs");
const { workerData, parentPort } = require("node:worker_threads");
const stop = new Int32Array(workerData.stop);
const result = { listings: 0, missing: 0, mixed: 0, swappedOut: 0, example: "" };
while (Atomics.load(stop, 0) === 0) {
  let fd;
  try { fd = openSync(workerData.out, "r"); } catch (error) { result.missing++; result.example ||= error.code; continue; }
  try {
    const names = readdirSync("/proc/self/fd/" + fd);
    result.listings++;
    const charts = names.filter((n) => n !== workerData.marker);
    const generations = new Set(charts.map((n) => n.split("-")[0]));
    if (generations.size === 1 && charts.length === workerData.files && names.includes(workerData.marker)) continue;
    if (statSync(workerData.out).ino !== fstatSync(fd).ino) result.swappedOut++;
    else {
      result.mixed++;
      result.example ||= names.join(" ") || "(empty)";
    }
  } finally {
    closeSync(fd);
  }
}
parentPort.postMessage(result);
`;

describe("charts/ seen by a reader while it is replaced", () => {
  it(`is one whole set at every listing, old or new, across ${swaps} swaps`, async () => {
    if (process.env.CI) expect(exchangeAddon(), "native/exchange must be built in CI (npm ci compiles it)").not.toBeNull();
    const out = join(await mkdtemp(join(tmpdir(), "charts-swap-")), "charts");
    await writeCharts(out, setOf(0));
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(reader, { eval: true, workerData: { out, stop: stop.buffer, marker: outputMarker, files: filesPerSet } });
    const result = new Promise<{ listings: number; missing: number; mixed: number; swappedOut: number; example: string }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await new Promise((resolve) => worker.once("online", resolve));
    for (let generation = 1; generation <= swaps; generation++) await writeCharts(out, setOf(generation));
    Atomics.store(stop, 0, 1);
    const seen = await result;
    expect(seen.listings).toBeGreaterThan(swaps); // the reader really was reading throughout
    expect({ missing: seen.missing, mixed: seen.mixed, example: seen.example }).toEqual({ missing: 0, mixed: 0, example: "" });
  });
});

describe("a native/exchange that does not load", () => {
  it("(random bytes, another system's binary) is one warning, and the folders are swapped as without it", async () => {
    // The module on its own in a scratch project whose native/exchange/build/Release/exchange.node is junk:
    // it looks the addon up from where it sits, as it does in the project.
    const project = await mkdtemp(join(tmpdir(), "charts-bad-addon-"));
    await mkdir(join(project, "native/exchange/build/Release"), { recursive: true });
    await writeFile(join(project, "native/exchange/build/Release/exchange.node"), randomBytes(4096));
    await build({ entryPoints: [join(repoDir, "src/output/exchangeFolders.ts")], outfile: join(project, "src/output/exchangeFolders.mjs"), format: "esm", platform: "node", logLevel: "silent" });
    for (const folder of ["a", "b"]) await mkdir(join(project, folder));
    const script = `const { exchangeFolders } = await import(${JSON.stringify(join(project, "src/output/exchangeFolders.mjs"))});
console.log(exchangeFolders(${JSON.stringify(join(project, "a"))}, ${JSON.stringify(join(project, "b"))}), exchangeFolders(${JSON.stringify(join(project, "b"))}, ${JSON.stringify(join(project, "a"))}));`;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]);
    expect(stdout.trim()).toBe("false false"); // the caller then swaps with two renames
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Warning: .*exchange\.node could not be loaded \(.*\); .* two renames instead\. Run `npm ci` to build it again\.$/)]);
    expect((await readdir(project)).sort()).toEqual(["a", "b", "native", "src"]);
  });
});
