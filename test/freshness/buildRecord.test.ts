import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { writeCharts } from "../../src/output/writeCharts.js";
import { filesUnder } from "../../src/freshness/digest.js";
import { buildRecordFile, checkBuildRecord, withBuildRecord } from "../../src/freshness/buildRecord.js";
import { openDigestCache } from "../../src/freshness/digestCache.js";
import { defaultLocations, digestInputs, inputFiles, recordedInputs, type InputLocations } from "../../src/freshness/inputs.js";
import { fontPaths } from "../../src/text/fontFiles.js";
import { projectFontFiles } from "../../src/text/fonts.js";
import { fixtureDir, repoDir } from "../support/fixtures.js";

/**
 * A scratch project: copies of the fixture data, the code, the fonts and the lockfiles, so each kind of
 * input can be changed without touching the real ones; and an output folder built from them.
 */
let files: Map<string, string | Buffer>;
let locations: InputLocations;
let outDir: string;

beforeAll(async () => {
  files = (await buildCharts(fixtureDir)).files;
}, 120_000);

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), "charts-record-"));
  await cp(fixtureDir, join(root, "data"), { recursive: true });
  for (const dir of ["src", "scripts"]) await cp(join(repoDir, dir), join(root, dir), { recursive: true });
  await mkdir(join(root, "node_modules"));
  for (const file of ["package.json", "package-lock.json", "node_modules/.package-lock.json"]) await cp(join(repoDir, file), join(root, file));
  const fonts = await Promise.all(
    fontPaths().map(async (path, index) => {
      const copy = join(root, `font-${index}.ttf`);
      await cp(path, copy);
      return copy;
    })
  );
  locations = { dataDir: join(root, "data"), root, fonts, options: {} };
  outDir = join(root, "charts");
  cacheDir = join(root, "digest-cache");
  await writeCharts(outDir, withBuildRecord(files, await digestInputs(locations), { printed: ["Killed in itemised incidents: 14"] }));
  // Every check below goes through the digest cache a one-off build uses, primed here, with a clock a
  // minute ahead: every file counts as long settled, so its remembered digest is trusted unless its stat
  // moved. The worst case for noticing changes (a cache that cannot tell is the one to test).
  expect((await check()).fresh).toBe(true);
}, 120_000);

let cacheDir: string;
const aMinuteAhead = () => BigInt(Date.now() + 60_000) * 1_000_000n;
const check = async (changed: Partial<InputLocations> = {}) => {
  const digests = openDigestCache(outDir, { dir: cacheDir, now: aMinuteAhead });
  const freshness = await checkBuildRecord(outDir, await digestInputs({ ...locations, ...changed }, {}, digests), digests);
  digests.save();
  return freshness;
};
/**
 * Rewrites a file to other bytes of the same length and puts its modification time back to the
 * nanosecond with `touch -r` (Node's utimes rounds), so only the change time can tell.
 */
const editKeepingSizeAndTime = async (path: string) => {
  const before = await stat(path, { bigint: true });
  execFileSync("cp", ["-p", path, `${path}.times`]);
  const bytes = await readFile(path);
  bytes[bytes.length - 1]! ^= 1;
  await writeFile(path, bytes);
  execFileSync("touch", ["-r", `${path}.times`, path]);
  await rm(`${path}.times`);
  const after = await stat(path, { bigint: true });
  expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
};
const append = async (path: string, text: string | Buffer) => writeFile(path, Buffer.concat([await readFile(path), Buffer.from(text)]));

describe("the build record", () => {
  it("finds an output folder fresh when nothing changed, and gives back the build's report", async () => {
    expect(await check()).toEqual({ fresh: true, report: { printed: ["Killed in itemised incidents: 14"] } });
  });

  it.each([
    ["a data file edited", "data changed", () => append(join(locations.dataDir, "events.csv"), "\n")],
    ["a data file added (a translation, say)", "data changed", () => writeFile(join(locations.dataDir, "story.tg.json"), "{}")],
    ["a data file removed", "data changed", () => rm(join(locations.dataDir, "tallies.csv"))],
    ["a source file edited", "code changed", () => append(join(locations.root, "src/render/png.ts"), "// edited\n")],
    ["a source file added", "code changed", () => writeFile(join(locations.root, "src/charts/map.ts"), "export {};\n")],
    ["a script edited", "code changed", () => append(join(locations.root, "scripts/build-charts.ts"), "\n")],
    ["a font edited", "fonts changed", () => append(locations.fonts[1]!, Buffer.from([0]))],
    ["the lockfile edited", "lockfile changed", () => append(join(locations.root, "package-lock.json"), "\n")],
    ["what npm installed changed", "lockfile changed", () => append(join(locations.root, "node_modules/.package-lock.json"), "\n")],
    ["package.json edited", "lockfile changed", () => append(join(locations.root, "package.json"), "\n")],
    ["a data file edited keeping its size and time", "data changed", () => editKeepingSizeAndTime(join(locations.dataDir, "events.csv"))],
    ["a source file edited keeping its size and time", "code changed", () => editKeepingSizeAndTime(join(locations.root, "src/render/png.ts"))],
    ["a font edited keeping its size and time", "fonts changed", () => editKeepingSizeAndTime(locations.fonts[0]!)],
  ])("is stale after %s", async (_, reason, change) => {
    await change();
    const freshness = await check();
    expect(freshness.fresh).toBe(false);
    expect(freshness.fresh || freshness.reasons).toContain(reason);
  });

  it("follows a data file that is a link to a file elsewhere: an edit there makes it stale", async () => {
    const shared = join(await mkdtemp(join(tmpdir(), "charts-shared-")), "events.csv");
    await rename(join(locations.dataDir, "events.csv"), shared);
    await symlink(shared, join(locations.dataDir, "events.csv"));
    await writeCharts(outDir, withBuildRecord(files, await digestInputs(locations), "linked"));
    expect((await check()).fresh).toBe(true);
    await append(shared, "\n");
    expect(await check()).toMatchObject({ fresh: false, reasons: ["data changed"] });
  });

  it("is stale when an option changes, or the data comes from another folder", async () => {
    expect(await check({ options: { widths: [500] } })).toMatchObject({ fresh: false, reasons: ["options changed"] });
    const elsewhere = await mkdtemp(join(tmpdir(), "charts-data-"));
    await cp(locations.dataDir, elsewhere, { recursive: true });
    expect(await check({ dataDir: elsewhere })).toMatchObject({ fresh: false, reasons: ["options changed"] });
  });

  it("is stale when an output is edited, deleted or added by hand, and fresh again when it is put back", async () => {
    const svg = join(outDir, "cumulative-deaths.svg");
    const original = await readFile(svg);
    await append(svg, " ");
    expect(await check()).toMatchObject({ fresh: false, reasons: ["cumulative-deaths.svg was changed since it was built"] });
    await rm(svg);
    expect(await check()).toMatchObject({ fresh: false, reasons: ["cumulative-deaths.svg is missing"] });
    await writeFile(svg, original);
    expect((await check()).fresh).toBe(true);
    await editKeepingSizeAndTime(svg);
    expect(await check()).toMatchObject({ fresh: false, reasons: ["cumulative-deaths.svg was changed since it was built"] });
    await writeFile(svg, original);
    expect((await check()).fresh).toBe(true);
    // Replaced by a copy with the same bytes and times (a new inode): checked by its bytes, and fresh.
    await cp(svg, `${svg}.copy`, { preserveTimestamps: true });
    await rename(`${svg}.copy`, svg);
    expect((await check()).fresh).toBe(true);
    await writeFile(join(outDir, "notes.txt"), "mine");
    expect(await check()).toMatchObject({ fresh: false, reasons: ["notes.txt was not written by the build"] });
  });

  it("is stale, and gives back no report, when the record was edited by hand: a forged summary is never taken as the build's", async () => {
    const path = join(outDir, buildRecordFile);
    const text = await readFile(path, "utf8");
    await writeFile(path, text.replace("itemised incidents: 14", "itemised incidents: 41"));
    expect(await check()).toEqual({ fresh: false, reasons: ["no build record"] });
    // Nor a record with its check taken out, nor one written before records carried a check.
    const { check: _, ...unchecked } = JSON.parse(text);
    await writeFile(path, JSON.stringify(unchecked, null, 1));
    expect(await check()).toEqual({ fresh: false, reasons: ["no build record"] });
    await writeFile(path, text);
    expect((await check()).fresh).toBe(true);
  });

  it("is stale without a record it can read", async () => {
    await writeFile(join(outDir, buildRecordFile), "{ half a reco");
    expect(await check()).toMatchObject({ fresh: false, reasons: ["no build record"] });
    await rm(join(outDir, buildRecordFile));
    expect(await check()).toMatchObject({ fresh: false, reasons: ["no build record"] });
    expect(await checkBuildRecord(join(outDir, "nowhere"), await digestInputs(locations))).toMatchObject({ fresh: false, reasons: ["no build record"] });
  });

  it("names, by default, every file under data/, src/ and scripts/, Source Sans 3 and the committed Chinese font, and the lockfiles", async () => {
    const groups = await inputFiles(defaultLocations(fixtureDir));
    // Each translation file is a group of its own (an edition reads only its own); the rest is "data".
    const all = await filesUnder(fixtureDir);
    expect(groups.data!.map((f) => f.name)).toEqual(all.filter((name) => !name.startsWith("translations/")));
    expect(Object.keys(groups).filter((group) => group.startsWith("translation "))).toEqual(["translation ar.json", "translation fr.json", "translation ru.json", "translation zh.json"]);
    expect(groups["translation fr.json"]!.map((f) => f.name)).toEqual(["translations/fr.json"]);
    const code = [...(await filesUnder(join(repoDir, "src"))).map((f) => `src/${f}`), ...(await filesUnder(join(repoDir, "scripts"))).map((f) => `scripts/${f}`)];
    expect(groups.code!.map((f) => f.name)).toEqual(code);
    expect(code).toContain("src/render/png.ts");
    // The Noto fonts of npm packages are covered by the lockfile; the cut of Noto Sans SC is committed, so its files are digested.
    const chinese = ["400Regular", "600SemiBold", "700Bold"].map((weight) => join(repoDir, "fonts", "noto-sans-sc", weight, `NotoSansSC_${weight}.ttf.gz`));
    expect(projectFontFiles()).toEqual(chinese);
    expect(groups.fonts!.map((f) => f.path)).toEqual([...fontPaths(), ...chinese]);
    expect(groups.lockfile!.map((f) => f.path)).toContain(join(repoDir, "package-lock.json"));
  });
});

describe("a set swapped in with PNGs still being drawn (watch mode's first swap)", () => {
  it("is never fresh: the pending PNGs count as missing, and cannot be repaired from the record alone", async () => {
    const inputs = await digestInputs(locations);
    const withoutPngs = new Map([...files].filter(([name]) => !name.startsWith("incident-map") || !name.endsWith(".png")));
    const pending = [...files.keys()].filter((name) => !withoutPngs.has(name));
    expect(pending).toHaveLength(4);
    await writeCharts(outDir, withBuildRecord(withoutPngs, inputs, {}, undefined, { pending }));
    const freshness = await checkBuildRecord(outDir, inputs);
    expect(freshness.fresh).toBe(false);
    expect(freshness.fresh ? [] : freshness.reasons).toEqual(pending.map((name) => `${name} is missing`));
    const record = JSON.parse(await readFile(join(outDir, buildRecordFile), "utf8"));
    for (const name of pending) expect(record.outputs[name].digest).toBe("pending");
  });
});

describe("the build record with editions", () => {
  const editionFiles = new Map<string, string>([
    ["chart.svg", "english"],
    ["fr/chart.svg", "français"],
    ["ru/chart.svg", "русский"],
    ["index.html", "every edition"],
  ]);
  const writeEditions = async () => {
    const inputs = await digestInputs(locations);
    await rm(outDir, { recursive: true, force: true });
    await writeCharts(outDir, withBuildRecord(editionFiles, inputs, "editions", recordedInputs(inputs)));
  };

  it("makes an edited translation file stale for its own edition and the review page only", async () => {
    await writeEditions();
    expect((await check()).fresh).toBe(true);
    await append(join(locations.dataDir, "translations", "fr.json"), "\n");
    const freshness = await check();
    expect(freshness.fresh || freshness.reasons).toEqual(["translation fr.json changed"]);
    expect(freshness.fresh || freshness.stale!.outputs.sort()).toEqual(["fr/chart.svg", "index.html"]);
  });

  it("sees an edition's file edited, deleted or added by hand", async () => {
    await writeEditions();
    await writeFile(join(outDir, "fr", "chart.svg"), "edited");
    await rm(join(outDir, "ru", "chart.svg"));
    await writeFile(join(outDir, "ru", "extra.svg"), "added");
    const freshness = await check();
    expect(freshness.fresh || freshness.reasons.sort()).toEqual(["fr/chart.svg was changed since it was built", "ru/chart.svg is missing", "ru/extra.svg was not written by the build"]);
  });
});
