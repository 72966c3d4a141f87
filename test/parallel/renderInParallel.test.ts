import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultThreads, threadCount } from "../../src/parallel/threadCount.js";
import { fixtureDir, repoDir } from "../support/fixtures.js";

const exec = promisify(execFile);

/** npm run charts --force with a thread count, into its own folder; stdout, stderr and the folder's files. */
async function build(data: string, threads: string): Promise<{ stdout: string; stderr: string; files: Map<string, Buffer> }> {
  const out = join(await mkdtemp(join(tmpdir(), `charts-threads-${threads}-`)), "charts");
  const { stdout, stderr } = await exec(process.execPath, ["scripts/run.mjs", "build-charts", "--data", data, "--out", out, "--force", "--threads", threads], { cwd: repoDir });
  const files = new Map<string, Buffer>();
  // Every edition's folder too (the fixture has translations).
  const names = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1));
  for (const name of names.sort()) files.set(name, await readFile(join(out, name)));
  return { stdout: stdout.replaceAll(out, "OUT"), stderr: stderr.replaceAll(out, "OUT"), files };
}

describe("rendering on several threads", () => {
  let data: string;

  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), "charts-threads-data-"));
    await cp(fixtureDir, data, { recursive: true });
    // Three widths, so each of three threads has a share of wide and narrow charts.
    const story = JSON.parse(await readFile(join(data, "story.json"), "utf8"));
    await writeFile(join(data, "story.json"), JSON.stringify({ ...story, widths: [640, 480, 320] }, null, 2));
  });

  it("writes byte for byte what one thread writes, every file, with the same summary and warnings", async () => {
    const one = await build(data, "1");
    for (const threads of ["2", "3"]) {
      const many = await build(data, threads);
      expect([...many.files.keys()], threads).toEqual([...one.files.keys()]);
      for (const [name, bytes] of one.files) expect(many.files.get(name)!.equals(bytes), `${name} with ${threads} threads`).toBe(true);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
    expect(one.files.size).toBeGreaterThan(27); // 3 charts × 3 widths × SVG and two PNGs, and the pages
  }, 180_000);

  it("takes --threads or CHARTS_THREADS as a whole number, and says what is wrong otherwise", () => {
    expect(threadCount("1")).toBe(1);
    expect(threadCount("4")).toBe(4);
    expect(typeof threadCount(undefined)).toBe("number");
    expect([2, 3, 4, 8, 16].map((cores) => defaultThreads(cores))).toEqual([1, 1, 2, 4, 8]);
    for (const bad of ["0", "-1", "two", "1.5", "10000"]) expect(threadCount(bad)).toEqual({ error: `--threads takes a whole number from 1 to 999, not "${bad}"` });
  });
});
