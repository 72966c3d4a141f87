import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixtureDir, fixtureWith, repoDir } from "../support/fixtures.js";

const run = promisify(execFile);

/** npm run charts with events.csv read on `threads` threads: its exit code, output and files written. */
async function build(data: string, threads: number) {
  const out = await mkdtemp(join(tmpdir(), "charts-threads-"));
  const env = { ...process.env, CHARTS_READ_THREADS: String(threads) };
  const result = await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--data", data, "--out", out, "--lang", "en"], { cwd: repoDir, env }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error
  );
  const files = await readdir(out, { recursive: true, withFileTypes: true })
    .then((entries) => entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1)))
    .catch(() => []);
  const contents = Object.fromEntries(await Promise.all(files.map(async (name) => [name, (await readFile(join(out, name))).toString("base64")])));
  return { code: "code" in result ? result.code : 0, stdout: result.stdout.replaceAll(out, "<out>"), stderr: result.stderr.replaceAll(out, "<out>"), contents };
}

// English only (--lang en): the editions read the same table, and are tested in test/editions.
// The reading itself is tested piece by piece in test/load/readInParallel.test.ts; this runs real workers.
describe("npm run charts with events.csv read on worker threads", () => {
  it("writes the same charts, byte for byte, as reading it on one thread", async () => {
    const [one, two] = await Promise.all([build(fixtureDir, 1), build(fixtureDir, 2)]);
    expect(two.stderr).not.toContain("one thread after all");
    expect(two).toEqual(one);
    expect(Object.keys(two.contents)).toContain("cumulative-deaths.svg");
  });

  it("reports a problem in the data as reading it on one thread does, and writes nothing", async () => {
    const broken = await fixtureWith("events.csv", (text) => text.replace(",2026-01-18,", ",2026-01-32,"));
    const [one, two] = await Promise.all([build(broken, 1), build(broken, 2)]);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(`events.csv read on one thread after all: 1 problem(s) in the data\n${one.stderr}`);
    expect(two.contents).toEqual({});
  });
});
