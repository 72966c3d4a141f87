/**
 * The real data (data/) built once per test run by `npm run charts`, every edition, and published as a
 * desk would publish it: at <site>/graphics/border/ with baseUrl saying so. Every test file that needs a
 * whole set (to copy as an older set, to read, or to open in a browser) takes this one. The first file to
 * ask builds it (a lock folder in the run's scratch folder); the others wait for it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import { dataDir, repoDir } from "./fixtures.js";

const run = promisify(execFile);

export interface SharedBuild {
  /** The data it was built from: data/ with baseUrl set. */
  data: string;
  /** The chart set. */
  charts: string;
  /** The site's folder on disk and its address (the run's file server). */
  site: string;
  siteUrl: string;
  /** What the build printed. */
  stdout: string;
  stderr: string;
}

/** The environment the shared build ran in: tests that build again elsewhere compare against it. */
export const sharedBuildEnv = { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };

let shared: Promise<SharedBuild> | undefined;

/** The shared set; copy it before changing anything in it. Waiting for it may take a whole build. */
export function sharedBuild(): Promise<SharedBuild> {
  return (shared ??= buildOrWait());
}

async function buildOrWait(): Promise<SharedBuild> {
  const root = tmpdir(); // the run's scratch folder (globalSetup.ts)
  const siteUrl = inject("siteUrl");
  const site = join(root, "site");
  const result = join(root, "shared-build.json");
  try {
    await mkdir(join(root, "shared-build.lock"));
  } catch {
    while (!existsSync(result)) await new Promise((resolve) => setTimeout(resolve, 100));
    const done = JSON.parse(await readFile(result, "utf8")) as SharedBuild | { error: string };
    if ("error" in done) throw new Error(`the shared build failed: ${done.error}`);
    return done;
  }
  const data = join(root, "shared-data");
  const charts = join(site, "graphics", "border");
  try {
    await cp(dataDir, data, { recursive: true });
    const story = JSON.parse(await readFile(join(data, "story.json"), "utf8"));
    await writeFile(join(data, "story.json"), JSON.stringify({ ...story, baseUrl: `${siteUrl}/graphics/border/` }, null, 2));
    const { stdout, stderr } = await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--data", data, "--out", charts], {
      cwd: repoDir,
      env: { ...process.env, ...sharedBuildEnv },
      maxBuffer: 1 << 26,
    });
    return await settle(result, { data, charts, site, siteUrl, stdout, stderr });
  } catch (error) {
    await settle(result, { error: String((error as Error).message ?? error) });
    throw error;
  }
}

/** Written whole, then renamed: a waiting file never reads half of it. */
async function settle<T>(path: string, value: T): Promise<T> {
  await writeFile(`${path}.partial`, JSON.stringify(value));
  await rename(`${path}.partial`, path);
  return value;
}
