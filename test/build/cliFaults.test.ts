/**
 * The command line under faults (issue 12, points 4, 5, 9, 10): output through a slow pipe arrives whole,
 * I/O faults get their own exit code and one human line, the preview server survives a malformed address,
 * formula signs hidden behind invisible characters are neutralised, and watch mode survives data/ being
 * deleted and restored.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { watchCharts } from "../../src/build/watch.js";
import { neutralise } from "../../src/output/csv.js";
import { startPreviewServer } from "../../src/preview/server.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { fixtureCopy, fixtureDir, fixtureWith, repoDir } from "../support/fixtures.js";

const run = promisify(execFile);
const script = join(repoDir, "scripts/run.mjs");

async function build(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [script, "build-charts", ...args], { cwd: repoDir }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  );
}

describe("the command line under faults", () => {
  it("problems piped to a slow reader arrive whole, past 65,536 bytes (flushed before exiting)", async () => {
    // 1,500 misspelt settings: one located line each, some 200 KB in all.
    const extra = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`unknown_setting_number_${i}`, i]));
    const data = await fixtureWith("story.json", (t) => JSON.stringify({ ...JSON.parse(t), ...extra }, null, 1));
    const out = await mkdtemp(join(tmpdir(), "charts-pipe-"));
    // The reader waits a second before reading, as `| less` or a busy `| tee` may.
    const { stdout } = await run("sh", ["-c", `"${process.execPath}" "${script}" build-charts --data "${data}" --out "${out}" 2>&1 >/dev/null | (sleep 1; cat)`], { cwd: repoDir, maxBuffer: 10 * 2 ** 20 });
    expect(stdout.length).toBeGreaterThan(65_536);
    expect(stdout).toMatch(/^The charts were not built/);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[1]).toBe("1500 problems in the data:");
    expect(lines).toHaveLength(1502);
    expect(lines.at(-1)).toMatch(/key "unknown_setting_number_1499": found "1499"; expected only known settings here/);
  });

  it("a folder it cannot write is exit 3 with one human line; the stack trace only with --debug", async () => {
    const plain = await build("--out", "/proc/charts-cannot-be-here");
    expect(plain.code).toBe(3);
    expect(plain.stderr.trim().split("\n")).toHaveLength(1);
    expect(plain.stderr).toMatch(/^The charts were not built; \/proc\/charts-cannot-be-here\/ keeps its last complete set\. Could not write \/proc\/\.charts-cannot-be-here-new-\d+-[0-9a-f]{8}: .* \(E[A-Z]+\)\.$/m);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await build("--out", "/proc/charts-cannot-be-here", "--debug");
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  // Root reads any folder, so the unreadable --out is tried as the unprivileged user, where there is one
  // and it can read this checkout (a clone in a private folder it cannot).
  const asNobody =
    process.getuid?.() === 0 &&
    existsSync("/usr/sbin/runuser") &&
    spawnSync("/usr/sbin/runuser", ["-u", "nobody", "--", process.execPath, "-e", `require("fs").accessSync(${JSON.stringify(script)})`]).status === 0;
  it.skipIf(!asNobody)("an --out folder it cannot even look into is exit 3 with one human line, not a crash", async () => {
    await build("--help"); // compiled as root first: the unprivileged user cannot write .build/
    const parent = await mkdtemp(join(tmpdir(), "charts-unreadable-"));
    await chmod(parent, 0o755);
    const locked = join(parent, "locked");
    await mkdir(locked, { mode: 0o000 });
    const result = await run("/usr/sbin/runuser", ["-u", "nobody", "--", process.execPath, script, "build-charts", "--out", locked], { cwd: repoDir }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error
    );
    expect(result.stderr.trim()).toBe(`Nothing built: Could not use ${locked}: permission denied (EACCES).`);
    expect(result.code).toBe(3);
  });

  it("a full disk is exit 3 with one human line, charts/ keeps its set and no staging folder is left", async () => {
    const parent = await mkdtemp(join(tmpdir(), "charts-full-"));
    const out = join(parent, "charts");
    await cp((await sharedBuild()).charts, out, { recursive: true });
    const before = (await readdir(out)).sort();
    const result = await run(process.execPath, ["--import", join(repoDir, "test/support/fullDisk.mjs"), script, "build-charts", "--data", await fixtureCopy({ languages: [] }), "--out", out], { cwd: repoDir }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error
    );
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^The charts were not built; .*charts\/ keeps its last complete set\. Could not write .*\.charts-new-\d+-[0-9a-f]{8}\/.*: the disk is full \(ENOSPC\)\.$/)]);
    expect((await readdir(out)).sort()).toEqual(before);
    expect(await readdir(parent)).toEqual(["charts"]);
  });

  it("the preview server answers a malformed address with 400 and keeps serving", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-preview-"));
    await writeFile(join(dir, "index.html"), "<!DOCTYPE html><title>ok</title>");
    const { url, server } = await startPreviewServer(dir);
    try {
      const get = (path: string) =>
        new Promise<number>((resolve, reject) => {
          // http.request sends the path as given: fetch() would refuse to send a malformed one.
          const req = request(`${url.replace(/\/$/, "")}${path}`, (response) => {
            response.resume();
            resolve(response.statusCode!);
          });
          req.on("error", reject);
          req.end();
        });
      expect(await get("/%E0%A4%A")).toBe(400);
      expect(await get("/index.html")).toBe(200);
    } finally {
      server.close();
    }
  });

  it("the preview server serves each edition's folder, and nothing outside the charts folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-preview-"));
    await writeFile(join(dir, "chart.svg"), "english");
    await mkdir(join(dir, "fr"));
    await writeFile(join(dir, "fr", "chart.svg"), "français");
    await writeFile(join(dir, "fr", "index.html"), "page fr");
    const { url, server } = await startPreviewServer(dir);
    try {
      const text = async (path: string) => {
        const response = await fetch(new URL(path, url));
        return `${response.status} ${await response.text()}`;
      };
      expect(await text("chart.svg")).toBe("200 english");
      expect(await text("fr/chart.svg")).toBe("200 français");
      expect(await text("fr/")).toBe("200 page fr");
      expect(await text("fr/%2E%2E%2Fchart.svg")).toBe("200 english"); // an encoded ../ is only a name
      expect((await text("fr/x/chart.svg")).startsWith("200 english")).toBe(true); // deeper paths: the last name only, as before
    } finally {
      server.close();
    }
  });

  it("the preview server serves no link that leads outside the charts folder, nor anything but regular files", async () => {
    const outside = await mkdtemp(join(tmpdir(), "charts-preview-outside-"));
    await writeFile(join(outside, "secret.txt"), "not for the browser");
    await mkdir(join(outside, "de"));
    await writeFile(join(outside, "de", "index.html"), "not ours");
    const dir = await mkdtemp(join(tmpdir(), "charts-preview-"));
    await writeFile(join(dir, "chart.svg"), "english");
    await symlink("/etc/passwd", join(dir, "leak.txt"));
    await symlink(join(outside, "secret.txt"), join(dir, "secret.txt"));
    await symlink(join(outside, "de"), join(dir, "de")); // an edition folder linked elsewhere
    await symlink("chart.svg", join(dir, "same.svg")); // a link that stays inside is still the folder's file
    await mkdir(join(dir, "folder.svg"));
    const { url, server } = await startPreviewServer(dir);
    try {
      const status = async (path: string) => (await fetch(new URL(path, url))).status;
      expect(await status("leak.txt")).toBe(404);
      expect(await status("secret.txt")).toBe(404);
      expect(await status("de/")).toBe(404);
      expect(await status("de/index.html")).toBe(404);
      expect(await status("folder.svg")).toBe(404);
      expect(await status("same.svg")).toBe(200);
      expect(await status("chart.svg")).toBe(200);
    } finally {
      server.close();
    }
  });

  it.each([["\n=1+1"], ["\u00a0=HYPERLINK(\"x\")"], ["\u200b+1"], ["\ufeff@SUM(A1)"], [" -2+3"], ["=1"], ["\t1"]])("neutralises the formula in %j for the CSV export", (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary cells alone in the CSV export", () => {
    for (const cell of ["Khatlon", "2025-11-26", "a - b", "", "3 killed"]) expect(neutralise(cell)).toBe(cell);
  });
});

describe("watch mode", () => {
  it("rebuilds again after data/ is deleted and restored", async () => {
    const parent = await mkdtemp(join(tmpdir(), "charts-watch-restore-"));
    const data = join(parent, "data");
    await cp(fixtureDir, data, { recursive: true });
    const out = join(parent, "charts");
    const logged: string[] = [];
    const watcher = watchCharts(data, out, { log: (line) => logged.push(line), error: (line) => logged.push(line) });
    const waitFor = async (test: () => boolean) => {
      for (let i = 0; i < 1500 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(test()).toBe(true);
    };
    try {
      const rebuilt = () => logged.filter((line) => line.startsWith("Charts rewritten")).length;
      await waitFor(() => rebuilt() > 0);
      await rm(data, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 600));
      const beforeRestore = rebuilt();
      await cp(fixtureDir, data, { recursive: true });
      // The restored folder is watched again and rebuilt (the reason given depends on whether the poll or
      // a file event sees it first, so only the rebuild itself is waited for) ...
      await waitFor(() => rebuilt() > beforeRestore);
      // ... and an edit after the restore is seen: it reaches the chart.
      const story = await readFile(join(data, "story.json"), "utf8");
      await writeFile(join(data, "story.json"), story.replace("Graphic: Border desk", "Graphic: Border desk (restored)"));
      const chart = join(out, "cumulative-deaths.svg");
      await waitFor(() => existsSync(chart) && readFileSync(chart, "utf8").includes("Border desk (restored)"));
      // The SVGs are swapped in first; the set with their PNGs follows. Once that is written, nothing is left beside charts/.
      await watcher.settled();
    } finally {
      watcher.close();
    }
    expect((await readdir(parent)).sort()).toEqual(["charts", "data"]);
  }, 120_000); // three whole rebuilds: seconds alone, much longer on a loaded machine
});
