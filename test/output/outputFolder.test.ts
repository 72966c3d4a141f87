import { execFile } from "node:child_process";
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, realpath, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { refuseOutDir } from "../../src/output/outputFolder.js";
import { fixtureDir, repoDir } from "../support/fixtures.js";

const run = promisify(execFile);
const script = join(repoDir, "scripts/run.mjs");

/** A scratch project folder holding a copy of the fixture as data/, and a file that must survive. */
async function scratchProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "charts-project-"));
  await cp(fixtureDir, join(dir, "data"), { recursive: true });
  await writeFile(join(dir, "notes.txt"), "the journalist's own file\n");
  return dir;
}

async function build(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [script, "build-charts", "--data", "data", ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  );
}

describe("the output folder (--out)", () => {
  it.each([["data"], ["."], [""], [".."], ["data/out"]])("refuses --out %j with exit 2 and one line, touching nothing", async (out) => {
    const project = await scratchProject();
    const before = await readdir(project, { recursive: true });
    const { code, stderr, stdout } = await build(project, "--out", out);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Nothing built: /);
    expect(stdout).toBe("");
    expect((await readdir(project, { recursive: true })).sort()).toEqual(before.sort());
    expect(await readFile(join(project, "notes.txt"), "utf8")).toBe("the journalist's own file\n");
  });

  it("refuses watch mode writing into the data folder (it would rebuild itself for ever)", async () => {
    const project = await scratchProject();
    const { code, stderr } = await build(project, "--watch", "--out", "data/out");
    expect(code).toBe(2);
    expect(stderr).toContain("inside the data folder");
  });

  it("refuses a folder of other files, which it did not make, and the folder holding the project", async () => {
    const project = await scratchProject();
    await mkdir(join(project, "mine"));
    await writeFile(join(project, "mine", "draft.docx"), "not a chart");
    const { code, stderr } = await build(project, "--out", "mine");
    expect(code).toBe(2);
    expect(stderr).toContain("no build wrote");
    expect(await readFile(join(project, "mine", "draft.docx"), "utf8")).toBe("not a chart");
    expect(refuseOutDir(join(repoDir, ".."), { dataDir: "/nowhere/data", projectDir: repoDir, cwd: "/" })).toContain("this project's folder");
    expect(refuseOutDir(repoDir, { dataDir: "/nowhere/data", projectDir: repoDir, cwd: "/" })).toContain("this project's folder");
  });

  it("refuses an output folder that is a symbolic link (a web root), naming its target to pass instead", async () => {
    const project = await scratchProject();
    const webRoot = join(project, "www", "charts");
    await mkdir(webRoot, { recursive: true });
    await writeFile(join(webRoot, ".border-incident-charts"), "");
    await writeFile(join(webRoot, "cumulative-deaths.svg"), "the set the web root serves");
    await symlink(webRoot, join(project, "charts"));
    const target = await realpath(webRoot);
    for (const out of ["charts", "charts/"]) {
      const { code, stderr, stdout } = await build(project, "--out", out);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toEqual([`Nothing built: ${out} is a symbolic link to ${target}; the build replaces its output folder whole and would replace the link, not the folder it points to, so pass --out ${target}.`]);
    }
    expect((await lstat(join(project, "charts"))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(project, "charts"))).toBe(webRoot);
    expect(await readFile(join(webRoot, "cumulative-deaths.svg"), "utf8")).toBe("the set the web root serves");
  });

  it("accepts a new or empty folder, then the folder it made itself (it carries the marker)", async () => {
    const project = await scratchProject();
    await mkdir(join(project, "empty"));
    expect(refuseOutDir("empty", { dataDir: "data", projectDir: repoDir, cwd: project })).toBeUndefined();
    expect(refuseOutDir("new/charts", { dataDir: "data", projectDir: repoDir, cwd: project })).toBeUndefined();
    await writeFile(join(project, "empty", ".border-incident-charts"), "");
    await writeFile(join(project, "empty", "old.svg"), "");
    expect(refuseOutDir("empty", { dataDir: "data", projectDir: repoDir, cwd: project })).toBeUndefined();
  });

  it("--help prints the usage and the exit codes and exits 0", async () => {
    const { code, stdout } = await build(repoDir, "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run charts");
    expect(stdout).toContain("Exit codes: 0 built, 1 problems in the data, 2 wrong command line, 3");
  });
});
