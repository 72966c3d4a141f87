/**
 * npm run repo-growth: how much the repository grows when a journalist adds one row to data/ and
 * commits the rebuilt charts, as git stores it (packed, deltas and all).
 *
 * In a throwaway clone of HEAD (the clone borrows this checkout's node_modules): build, commit, pack;
 * then, three times, add one synthetic incident to data/events.csv (and its two texts to every
 * translation file, or the editions would not build), build, accept the snapshots, commit, pack again,
 * and read each commit's cost from the pack size (`git count-objects -v` after `git gc`) and per file
 * type from the packed size of the objects the commit added. Each update commits data/, the snapshots
 * it changes (test/snapshots/) and charts/ as one of three layouts says: whole, without its PNGs, or not
 * at all. The clone is deleted; nothing here touches this repository. Prints a Markdown table for
 * BENCHMARKS.md.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const repo = process.cwd();
/** What each measurement leaves out of git: the rest of charts/ is committed with data/ and test/snapshots/. */
const layouts = [
  { name: "charts/ committed whole (PNGs included)", ignored: [] },
  { name: "PNGs not in git (the layout until 2026-12-01)", ignored: ["charts/*.png", "charts/*/*.png"] },
  { name: "charts/ not in git (built by npm run charts; test/snapshots/ reviewed): the layout now", ignored: ["charts/"] },
];
/** The commit measured: HEAD, or one given (`npm run repo-growth -- <commit>`), to compare before and after a change. */
const commit = (await git(repo, "rev-parse", "--verify", `${process.argv[2] ?? "HEAD"}^{commit}`)).trim();
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec("git", ["-c", "user.name=repo-growth", "-c", "user.email=repo-growth@localhost", "-c", "gc.auto=0", ...args], { cwd, maxBuffer: 1 << 26 });
  return stdout;
}

/** Bytes of the packed repository, everything repacked as `git gc` would. */
async function packedBytes(cwd: string): Promise<number> {
  await git(cwd, "gc", "--quiet", "--prune=now");
  const sizePack = /size-pack: (\d+)/.exec(await git(cwd, "count-objects", "-v"))![1];
  return Number(sizePack) * 1024;
}

/** Packed bytes of the objects a commit added, by file type (blobs by extension; trees and the commit as "git"). */
async function addedByType(cwd: string, commit: string): Promise<Map<string, number>> {
  const objects = (await git(cwd, "rev-list", "--objects", `${commit}^..${commit}`)).trim().split("\n");
  const names = new Map(objects.map((line) => [line.slice(0, 40), line.slice(41)]));
  const sizes = await new Promise<string>((resolve, reject) => {
    const child = execFile("git", ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize:disk)"], { cwd, maxBuffer: 1 << 26 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout)
    );
    child.stdin!.end([...names.keys()].join("\n") + "\n");
  });
  const byType = new Map<string, number>();
  for (const line of sizes.trim().split("\n")) {
    const [id, type, size] = line.split(" ");
    const name = names.get(id!) ?? "";
    const key = type === "blob" ? extname(name).slice(1) || name : "git";
    byType.set(key, (byType.get(key) ?? 0) + Number(size));
  }
  return byType;
}

/** One synthetic incident a day apart each time, within the story's dates, where the 26 November one was. */
function syntheticIncident(n: number): Record<string, string> {
  return {
    id: `repo-growth-${n}`,
    date: `2026-01-${String(10 + n).padStart(2, "0")}`,
    region: "Khatlon",
    district: "Shamsiddin Shohin",
    location: `Synthetic test location ${n}`,
    lat: "37.84",
    lon: "70.04",
    geo_precision: "district",
    killed_border_guards: "0",
    killed_chinese_nationals: "0",
    killed_militants: "1",
    killed_smugglers: "0",
    injured: "0",
    label: `Synthetic incident ${n}`,
    description: "Synthetic row for measuring repository growth; never published.",
    source: "Synthetic",
    source_url: `https://example.org/repo-growth/${n}`,
  };
}

/** The incident as a row of events.csv, in its header's order: a column this script has no value for stops it. */
async function addRow(events: string, incident: Record<string, string>): Promise<void> {
  const text = await readFile(events, "utf8");
  const cells = text.slice(0, text.indexOf("\n")).replace(/\r$/, "").split(",").map((column) => {
    if (!(column in incident)) throw new Error(`scripts/repo-growth.ts has no value for ${events}'s column "${column}"; add one to syntheticIncident`);
    return incident[column];
  });
  await writeFile(events, `${text}${cells.join(",")}\n`);
}

/** Every edition gets the incident's label and location translated, as a translator would add them; otherwise the build stops. */
async function translateIncident(translations: string, incident: Record<string, string>): Promise<void> {
  for (const name of (await readdir(translations)).filter((file) => file.endsWith(".json"))) {
    const path = join(translations, name);
    const text = await readFile(path, "utf8");
    const end = text.lastIndexOf("\n  }\n}");
    if (end < 0) throw new Error(`${path} does not end as npm run translation writes it ("  }" then "}")`);
    const entry = (field: string) =>
      `,\n    ${JSON.stringify(`incident.${incident.id}.${field}`)}: {\n      "en": ${JSON.stringify(incident[field])},\n      "translation": ${JSON.stringify(`${incident[field]} (${name.replace(".json", "")})`)}\n    }`;
    await writeFile(path, text.slice(0, end) + entry("label") + entry("location") + text.slice(end));
  }
}

async function build(cwd: string): Promise<void> {
  await exec(process.execPath, ["scripts/run.mjs", "build-charts"], { cwd, maxBuffer: 1 << 26 });
}

/** The snapshots of the charts data/ draws (test/snapshots/), accepted as the README says a journalist does. */
async function acceptSnapshots(cwd: string): Promise<void> {
  await exec(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--update=all", "test/charts/snapshots.test.ts"], { cwd, maxBuffer: 1 << 26 });
}

async function measure(ignored: readonly string[]): Promise<{ growth: number[]; byType: Map<string, number> }> {
  const clone = await mkdtemp(join(tmpdir(), "repo-growth-"));
  try {
    await exec("git", ["clone", "--quiet", "--no-local", repo, clone]);
    await git(clone, "checkout", "--quiet", commit);
    await symlink(join(repo, "node_modules"), join(clone, "node_modules"), "dir");
    // Whichever way the commit measured keeps charts/, it is committed here as this layout says (the build
    // record is this machine's and never committed).
    const gitignore = join(clone, ".gitignore");
    const kept = (await readFile(gitignore, "utf8")).split("\n").filter((line) => line && !/^\/?charts\//.test(line));
    await writeFile(gitignore, [...kept, "charts/.manifest.json", ...ignored].join("\n") + "\n");
    for (const pattern of ignored) await git(clone, "rm", "-r", "--quiet", "--cached", "--ignore-unmatch", pattern.replace(/\/$/, ""));
    // The article's checked figures would disagree with synthetic rows (a real update edits them too: a
    // few bytes), so the clone's story checks none.
    const story = join(clone, "data", "story.json");
    await writeFile(story, JSON.stringify({ ...JSON.parse(await readFile(story, "utf8")), figures: [] }, null, 2) + "\n");
    // The starting point: charts/ as this code builds it, committed, so the updates measure only themselves.
    await build(clone);
    await acceptSnapshots(clone);
    await git(clone, "add", "--all");
    await git(clone, "commit", "--quiet", "--allow-empty", "-m", "baseline");
    let before = await packedBytes(clone);
    const growth: number[] = [];
    const byType = new Map<string, number>();
    for (let n = 0; n < 3; n++) {
      const incident = syntheticIncident(n);
      await addRow(join(clone, "data", "events.csv"), incident);
      await translateIncident(join(clone, "data", "translations"), incident);
      await build(clone);
      await acceptSnapshots(clone);
      await git(clone, "add", "--all");
      await git(clone, "commit", "--quiet", "-m", `one synthetic row (${n})`);
      const after = await packedBytes(clone);
      growth.push(after - before);
      before = after;
      for (const [type, bytes] of await addedByType(clone, "HEAD")) byType.set(type, (byType.get(type) ?? 0) + bytes / 3);
    }
    return { growth, byType };
  } finally {
    await rm(clone, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const { name, ignored } of layouts) {
  const { growth, byType } = await measure(ignored);
  const mean = growth.reduce((a, b) => a + b, 0) / growth.length;
  const types = [...byType].sort((a, b) => b[1] - a[1]).map(([type, bytes]) => `${type} ${kib(bytes)}`).join(", ");
  rows.push(`| ${name} | ${growth.map(kib).join(", ")} | ${kib(mean)} | ${types} |`);
}
console.log(
  [
    `Repository growth per one-row data update (code at ${commit.slice(0, 7)}, packed by git gc):`,
    "",
    "| what is committed | growth of 3 successive updates | mean | added per update, packed, by file type |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n")
);
