/**
 * Fault injection: writes of charts/ killed with SIGKILL at seeded-random moments, then checked. After every
 * kill charts/ must hold one complete set, old or new (the swap is one exchange: native/exchange), and the
 * next write must leave no stray folders. Where the exchange is not built (a machine with no compiler),
 * the swap is two renames, and a kill between them may leave no folder with a complete set beside it
 * that the next build's recovery puts back; that case is checked too, but CI must have the exchange.
 */
import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { exchangeAddon } from "../../src/output/exchangeFolders.js";
import { outputMarker, recoverCharts } from "../../src/output/writeCharts.js";
import { chartIds } from "../../src/dataset/types.js";
import { readBuildRecord } from "../../src/freshness/buildRecord.js";
import { fixtureCopy, repoDir } from "../support/fixtures.js";

const run = promisify(execFile);
const child = join(repoDir, "test/support/writeSetChild.mjs");
const files = 20; // enough calls for over 50 kill moments (a real build writes more files still)

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generation of the complete set in a folder, or a description of what is wrong with it. */
async function setIn(dir: string, count = files): Promise<string> {
  const names = await readdir(dir).catch(() => undefined);
  if (!names) return "missing";
  const charts = names.filter((n) => n !== outputMarker);
  if (!names.includes(outputMarker) || charts.length !== count) return `incomplete: ${names.length} files`;
  const generations = new Set(await Promise.all(charts.map(async (n) => /generation="(\d+)"/.exec(await readFile(join(dir, n), "utf8"))?.[1] ?? "torn")));
  return generations.size === 1 ? [...generations][0]! : `mixed: ${[...generations].join(", ")}`;
}

/** Runs the child; resolves with its output, or "killed". `kill` is [call, before|after] or a delay in ms after "go". */
function write(out: string, generation: number, kill?: [number, "before" | "after"] | number): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [child, out, String(generation), String(files), ...(Array.isArray(kill) ? kill.map(String) : [])];
    const process_ = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    process_.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
      if (output === "ready\n") {
        process_.stdin.end("go\n");
        if (typeof kill === "number") setTimeout(() => process_.kill("SIGKILL"), kill);
      }
    });
    process_.on("error", reject);
    process_.on("exit", (_, signal) => resolve(signal === "SIGKILL" ? "killed" : output));
  });
}

/** Checks the state a kill left, recovers as the next build would, and checks again. */
async function checkAfterKill(parent: string, out: string, old: number, next: number, seen: Map<string, number>): Promise<void> {
  const found = await setIn(out);
  const state = found === String(old) ? "old" : found === String(next) ? "new" : found;
  if (state === "missing") {
    // Only the instant between the two renames: the staging folder, complete, waits beside.
    const beside = (await readdir(parent)).filter((n) => n.startsWith(".charts-new-"));
    const complete = await Promise.all(beside.map((n) => setIn(join(parent, n))));
    expect(complete).toContain(String(next));
  } else expect(["old", "new"]).toContain(state);
  seen.set(state, (seen.get(state) ?? 0) + 1);
  await recoverCharts(out);
  expect([String(old), String(next)]).toContain(await setIn(out));
  expect((await readdir(parent)).filter((n) => n !== "charts")).toEqual([]);
}

beforeAll(async () => {
  await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--help"]); // compiles src/ into .build/
});

describe("a write of charts/ killed at any moment", () => {
  it("leaves the old or the new complete set, and the next write leaves no stray folder (every step before and after: over 50 kills, seed 12)", async () => {
    const next = random(12);
    const parent = await mkdtemp(join(tmpdir(), "charts-kill-"));
    const out = join(parent, "charts");
    const calls = Number(/done (\d+)/.exec(await write(out, 0))![1]); // the first set, and how many calls a write makes
    expect(await setIn(out)).toBe("0");
    const writeCalls = Number(/done (\d+)/.exec(await write(out, 1))![1]); // replacing a folder: about as many
    expect(Math.abs(writeCalls - calls)).toBeLessThanOrEqual(2);
    expect(writeCalls * 2).toBeGreaterThanOrEqual(50);
    let generation = 1;
    const seen = new Map<string, number>();
    // Every call of the write, before it and after it, in a seeded-random order: about 50 kills.
    const moments = Array.from({ length: writeCalls * 2 }, (_, i) => [1 + (i >> 1), i % 2 ? "after" : "before"] as [number, "before" | "after"]);
    for (let i = moments.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [moments[i], moments[j]] = [moments[j]!, moments[i]!];
    }
    for (const [call, when] of moments) {
      expect(await write(out, generation + 1, [call, when]), `call ${call} ${when}`).toBe("killed");
      await checkAfterKill(parent, out, generation, generation + 1, seen);
      generation = Number(await setIn(out));
    }
    // And from outside, at seeded-random delays across the write (a few ms on this machine): 4 kills.
    for (let k = 0; k < 4; k++) {
      const result = await write(out, generation + 1, Math.floor(next() * 12));
      if (result === "killed") await checkAfterKill(parent, out, generation, generation + 1, seen);
      generation = Number(await setIn(out));
    }
    // The kills landed on every side of the swap.
    console.log("states after the kills:", Object.fromEntries(seen));
    expect(seen.get("old")).toBeGreaterThan(5);
    expect(seen.get("new")).toBeGreaterThanOrEqual(2); // after the exchange: before and after removing the old set
    if (exchangeAddon() || process.env.CI) expect(seen.get("missing") ?? 0).toBe(0); // never no charts/: the swap is one exchange
    else expect(seen.get("missing")).toBeGreaterThan(0); // two renames: a kill between them is seen, and recovered
    // A write after all that leaves exactly one folder.
    await write(out, generation + 1);
    expect(await setIn(out)).toBe(String(generation + 1));
    expect(await readdir(parent)).toEqual(["charts"]);
  });
});

describe("the build and watch mode killed while writing", () => {
  /** Kills `command` a seeded-random moment after a staging folder appears beside `out`, then checks. */
  async function killWhileWriting(args: string[], out: string, delay: number, before?: () => Promise<void>): Promise<string> {
    const process_ = spawn(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", ...args], { cwd: repoDir, stdio: "ignore" });
    const parent = join(out, "..");
    const exited = new Promise((resolve) => process_.on("exit", resolve));
    let done = false;
    void exited.then(() => (done = true));
    await before?.();
    // A staging folder with files in it: the write phase (an empty one is the start's check that the disk takes one).
    const writing = async () => {
      for (const name of (await readdir(parent)).filter((n) => n.startsWith(".charts-new-"))) {
        if ((await readdir(join(parent, name)).catch(() => [] as string[])).length) return true;
      }
      return false;
    };
    while (!done && !(await writing())) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => setTimeout(r, delay));
    process_.kill("SIGKILL");
    await exited;
    return done ? "finished" : "killed";
  }

  it("a one-off build: charts/ complete, old or new, and the next build leaves no stray folder", async () => {
    const next = random(34);
    const data = await fixtureCopy({ languages: [] }); // English alone: a write is a write, whatever its editions
    const parent = await mkdtemp(join(tmpdir(), "charts-kill-build-"));
    const out = join(parent, "charts");
    await mkdir(out);
    await writeFile(join(out, outputMarker), "");
    await writeFile(join(out, "old.svg"), "old");
    const before = new Set(["old.svg"]);
    for (let k = 0; k < 1; k++) {
      await killWhileWriting(["--data", data, "--out", out], out, Math.floor(next() * 8));
      await recoverCharts(out); // what the next build does first
      const names = (await readdir(out)).filter((n) => n !== outputMarker);
      if (!names.includes("old.svg")) expect(names.sort()).toEqual(expect.arrayContaining(["cumulative-deaths.svg", "index.html"]));
      else expect(new Set(names)).toEqual(before);
      expect((await readdir(parent)).filter((n) => n !== "charts")).toEqual([]);
    }
  });

  it("watch mode: killed while writing a rebuild leaves a complete set", async () => {
    const data = await fixtureCopy({ languages: [] });
    const parent = await mkdtemp(join(tmpdir(), "charts-kill-watch-out-"));
    const out = join(parent, "charts");
    // The first set is written, then a save triggers a rebuild, which is killed as it writes.
    const story = await readFile(join(data, "story.json"), "utf8");
    await killWhileWriting(["--data", data, "--out", out, "--watch"], out, 3, async () => {
      while (!(await readdir(out).catch(() => [] as string[])).includes("index.html")) await new Promise((r) => setTimeout(r, 20));
      await writeFile(join(data, "story.json"), story.replace('"credit": "', '"credit": "Edited. '));
    });
    await recoverCharts(out);
    const names = await readdir(out);
    expect(names).toContain(outputMarker);
    expect(names.filter((n) => n.endsWith(".svg") && !n.endsWith(".outlined.svg"))).toHaveLength(chartIds.length * 2); // every chart at the fixture's two widths
    // The first swap of a save (its PNGs and the review page still to come, marked pending) or a whole set:
    // every output its record lists is there, or pending, never missing.
    const record = await readBuildRecord(out);
    expect(record).toBeDefined();
    const listed = Object.entries(record!.outputs).filter(([, { digest }]) => digest !== "pending");
    const everyFile = await readdir(out, { recursive: true });
    expect(listed.map(([name]) => name).filter((name) => !everyFile.includes(name))).toEqual([]);
    expect(names.includes("index.html") || record!.outputs["index.html"]?.digest === "pending").toBe(true);
    expect((await readdir(parent)).filter((n) => n !== "charts")).toEqual([]);
  });
});
