/**
 * npm run charts with editions: `--lang fr` builds French alone into charts/fr/ and leaves everything
 * else as it was; an asked-for edition with missing translations fails the build, lists every missing
 * key at once, and leaves charts/ byte-identical; an unknown language is a usage error.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildRecordFile } from "../../src/freshness/buildRecord.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { fixtureDir, repoDir } from "../support/fixtures.js";

const run = promisify(execFile);
const charts = (args: string[]) =>
  run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", ...args], { cwd: repoDir }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  );

async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Object.fromEntries(await Promise.all(entries.map(async (e) => [join(e.parentPath, e.name).slice(dir.length + 1), (await readFile(join(e.parentPath, e.name))).toString("base64")])));
}

describe("npm run charts -- --lang", () => {
  it("builds one edition into its folder and leaves the rest as it was", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "charts-lang-")), "charts");
    await cp((await sharedBuild()).charts, out, { recursive: true });
    await writeFile(join(out, "fr", "stale.txt"), "from an older build");
    const before = await snapshot(out);
    const result = await charts(["--data", fixtureDir, "--out", out, "--lang", "fr"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Edition fr (Français): needs native editor review");
    expect(result.stdout).not.toContain("Edition ru");
    const after = await snapshot(out);
    // Only charts/fr/ was replaced, as a whole (the stale file went with it). The build record goes too: the
    // set is no longer what one full build made, so the next full build draws everything.
    expect(after[buildRecordFile]).toBeUndefined();
    for (const name of Object.keys(before).filter((n) => !n.startsWith("fr/") && n !== buildRecordFile)) expect(after[name], name).toBe(before[name]);
    expect(after["fr/stale.txt"]).toBeUndefined();
    // The same files as a whole build's French set (but the cards, the print PDFs and the 240 px version,
    // which the fixture turns off).
    const french = (files: Record<string, string>) => Object.keys(files).filter((n) => n.startsWith("fr/") && n !== "fr/stale.txt" && !/\.card-|mm\.pdf$|-240px\./.test(n)).sort();
    expect(french(after)).toEqual(french(before));
    expect(Object.keys(after).filter((n) => n.startsWith("fr/") && n.endsWith(".png"))).toHaveLength(12);
    expect(Object.keys(after).filter((n) => n.startsWith("fr/") && /\.card-|mm\.pdf$/.test(n))).toEqual([]);
  }, 180_000);

  it("fails for an asked-for edition with missing translations, lists them all, and leaves charts/ as it was", async () => {
    const data = await mkdtemp(join(tmpdir(), "charts-fixture-"));
    await cp(fixtureDir, data, { recursive: true });
    const file = join(data, "translations", "ru.json");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/"translation": "Графика: Border desk"/, '"translation": ""').replace(/"translation": "Погибшие, нарастающим итогом"/, '"translation": "Погибло {total}"'));
    const out = join(await mkdtemp(join(tmpdir(), "charts-keep-")), "charts");
    await cp((await sharedBuild()).charts, out, { recursive: true });
    const before = await snapshot(out);
    const result = await charts(["--data", data, "--out", out, "--lang", "ru"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The charts were not built; .*charts\/ is unchanged\.\n2 problems in the data:\n/);
    expect(result.stderr).toMatch(/translations\/ru\.json, line \d+, key "story\.credit": expected a translation of "Graphic: Border desk"/);
    expect(result.stderr).toMatch(/translations\/ru\.json, line \d+, key "ui\.axis\.runningTotal": found "Погибло \{total\}"; expected only the English's placeholders \(none\), not \{total\}/);
    expect(await snapshot(out)).toEqual(before);
  }, 180_000);

  it("names the editions there are when asked for one there is not", async () => {
    const result = await charts(["--lang", "de"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown language "de"; editions: en, fr, ru, ar, zh');
  });
});

describe("glyph coverage of a translation", () => {
  it("is a located problem when no font of the edition draws a character", async () => {
    const data = await mkdtemp(join(tmpdir(), "charts-fixture-"));
    await cp(fixtureDir, data, { recursive: true });
    const file = join(data, "translations", "fr.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"translation": "Contrebandiers"', '"translation": "Contrebandiers 密輸"'));
    const result = await charts(["--data", data, "--out", await mkdtemp(join(tmpdir(), "charts-")), "--lang", "fr"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/translations\/fr\.json, line \d+, key "category\.killed_smugglers\.label": found "Contrebandiers 密輸"; expected characters the Français edition's fonts draw \(none has "密", "輸"\)/);
  }, 120_000);
});
