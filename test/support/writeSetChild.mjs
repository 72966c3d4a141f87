// A child process for test/output/killedWrite.test.ts: writes one set of chart-like files with the build's
// own writeCharts (compiled by scripts/run.mjs into .build/), and can kill itself with SIGKILL just before
// or just after its n-th file-system call, so every step of the write can be interrupted on purpose.
//   node writeSetChild.mjs <out> <generation> <files> [<kill at call n> <before|after>]
// Prints "ready" once loaded, then waits for a line on stdin before writing (so a test can also kill it
// from outside at a chosen delay); on finishing prints the number of file-system calls it made.
import { createRequire, syncBuiltinESMExports } from "node:module";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const fsp = require("node:fs/promises");
const [out, generation, count, killAtText, when] = process.argv.slice(2);
const killAt = Number(killAtText ?? 0);
let calls = 0;
for (const name of ["mkdir", "writeFile", "rename", "rm", "readdir", "stat"]) {
  const original = fsp[name];
  fsp[name] = async (...args) => {
    const call = ++calls;
    if (call === killAt && when === "before") process.kill(process.pid, "SIGKILL");
    const result = await original(...args);
    if (call === killAt && when === "after") process.kill(process.pid, "SIGKILL");
    return result;
  };
}
// writeCharts makes the staging folder, writes the set's files, marks it complete, looks beside charts/ and
// removes the spare set synchronously (one thread-pool call each cost more than the work): those calls
// are steps too.
const fs = require("node:fs");
for (const name of ["mkdirSync", "writeFileSync", "linkSync", "renameSync", "readdirSync", "statSync", "rmSync"]) {
  const original = fs[name];
  fs[name] = (...args) => {
    const call = ++calls;
    if (call === killAt && when === "before") process.kill(process.pid, "SIGKILL");
    const result = original(...args);
    if (call === killAt && when === "after") process.kill(process.pid, "SIGKILL");
    return result;
  };
}
syncBuiltinESMExports();
const root = join(import.meta.dirname, "../..");
const { writeCharts } = await import(pathToFileURL(join(root, ".build/src/output/writeCharts.js")).href);
const files = new Map();
for (let i = 0; i < Number(count); i++) files.set(`chart-${i}.svg`, `<svg generation="${generation}">${"x".repeat(20_000 + i)}</svg>\n`);
process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  process.stdin.pause();
  await writeCharts(out, files);
  process.stdout.write(`done ${calls}\n`);
});
