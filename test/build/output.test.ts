import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sharedBuild } from "../support/sharedBuild.js";
import { fixtureWith, repoDir } from "../support/fixtures.js";
import { svgDocument } from "../support/svgDocument.js";

const run = promisify(execFile);
// The command npm run charts runs.
const cli = process.execPath;
const script = join(repoDir, "scripts/run.mjs");

/** Every file in a folder and its edition folders (charts/fr/…), by relative path. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

/** Every file in a folder with its bytes, to compare a folder before and after. */
async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const names = await filesIn(dir);
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await readFile(join(dir, name))).toString("base64")])));
}

function parseSvg(text: string): Document {
  return svgDocument(text);
}

describe("the build's output", () => {
  it("writes standalone SVG documents: well-formed XML with the SVG namespace on the root", async () => {
    const { charts } = await sharedBuild();
    const names = (await readdir(charts)).filter((name) => name.endsWith(".svg")).sort();
    expect(names).toHaveLength(18); // each chart at three widths, and each as an outlined SVG

    for (const name of names) {
      const document = parseSvg(await readFile(join(charts, name), "utf8"));
      expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(document.documentElement.localName).toBe("svg");
      expect(document.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
      expect(document.documentElement.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    }
  });

  it("is byte-identical in another time zone and locale, and never modifies the input files", async () => {
    // The shared build ran in UTC with the C locale; this one far from both, on the same data. English, whose
    // code every edition runs, and Arabic, whose digits are the ones a machine's locale would change
    // (ar-u-nu-latn pins them): the other editions take the same paths with their own pinned locales, and
    // under ru_RU a Russian edition would hide a format that followed the machine's locale anyway.
    const shared = await sharedBuild();
    const data = join(await mkdtemp(join(tmpdir(), "charts-tz-data-")), "data");
    await cp(shared.data, data, { recursive: true });
    for (const lang of ["fr", "ru", "zh"]) await rm(join(data, "translations", `${lang}.json`));
    const before = await snapshotFolder(data);
    const out = join(await mkdtemp(join(tmpdir(), "charts-tz-")), "charts");
    await run(cli, [script, "build-charts", "--data", data, "--out", out], { cwd: repoDir, env: { ...process.env, TZ: "America/Los_Angeles", LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8" } });
    // Every file but the lists of editions (the review index, and the build record that names each file).
    const listsEditions = (name: string) => name === "index.html" || name === ".manifest.json";
    const names = (await filesIn(out)).filter((name) => !listsEditions(name));
    expect(names).toEqual((await filesIn(shared.charts)).filter((name) => !listsEditions(name) && !/^(fr|ru|zh)\//.test(name)));
    for (const name of names) expect((await readFile(join(out, name))).equals(await readFile(join(shared.charts, name))), name).toBe(true);
    expect(await snapshotFolder(data)).toEqual(before);
  });

  it("a build that fails on bad data exits 1, lists every problem on stderr and leaves charts/ byte-identical", async () => {
    const out = await mkdtemp(join(tmpdir(), "charts-keep-"));
    await cp((await sharedBuild()).charts, out, { recursive: true });
    const before = await snapshotFolder(out);
    const data = await fixtureWith("events.csv", (t) => t.replace("2025-11-30,", "2025-11-31,").replace(",0,3,0,0,1,", ",0,three,0,0,1,"));
    const result = await run(cli, [script, "build-charts", "--data", data, "--out", out], { cwd: repoDir }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/2 problems in the data/);
    expect(result.stderr).toMatch(/events\.csv, line 2, column "killed_chinese_nationals": found "three"; expected a whole number/);
    expect(result.stderr).toMatch(/events\.csv, line 3, column "date": found "2025-11-31"; expected a real calendar date/);
    expect(await snapshotFolder(out)).toEqual(before);
  });

  it("fails with exit 1 when the story's own figures disagree with the data", async () => {
    const data = await fixtureWith("story.json", (t) => t.replace('"what": "killed_chinese_nationals", "value": 5', '"what": "killed_chinese_nationals", "value": 6'));
    const result = await run(cli, [script, "build-charts", "--data", data, "--out", await mkdtemp(join(tmpdir(), "charts-"))], { cwd: repoDir }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/story\.json, line \d+, key "figures\[2\]": found "6"; expected the data's figure, 5 killed/);
  });

  it("exits 2 on an unknown option", async () => {
    const result = await run(cli, [script, "build-charts", "--colour"], { cwd: repoDir }).then(
      () => ({ code: 0 }),
      (error: { code: number }) => error
    );
    expect(result.code).toBe(2);
  });
});
