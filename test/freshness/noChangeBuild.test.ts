import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCopy, repoDir } from "../support/fixtures.js";

const exec = promisify(execFile);
const refuseCharting = join(repoDir, "test/support/refuseCharting.mjs");

/** npm run charts on a copy of the fixture (English alone) into its own folder; `preload` refuses jsdom and Plot. */
async function build(data: string, out: string, { force = false, preload = false } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [...(preload ? ["--import", refuseCharting] : []), "scripts/run.mjs", "build-charts", "--data", data, "--out", out, ...(force ? ["--force"] : [])];
  return exec(process.execPath, args, { cwd: repoDir }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  );
}

describe("a build with nothing to do", () => {
  let data: string;
  let out: string;
  let first: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    data = await fixtureCopy({ languages: [] });
    out = join(await mkdtemp(join(tmpdir(), "charts-nochange-")), "charts");
    first = await build(data, out);
    expect(first.code).toBe(0);
  });

  it("loads neither jsdom nor Plot, rewrites nothing and prints the same summary", async () => {
    const before = await stat(join(out, "cumulative-deaths.png"));
    const again = await build(data, out, { preload: true });
    expect(again.stderr).toBe(first.stderr); // the data's warnings, again
    expect(again.code).toBe(0);
    const [said, ...rest] = again.stdout.split("\n");
    expect(said).toBe(`Nothing changed since ${out}/ was built, so nothing was redrawn (--force redraws everything).`);
    expect(rest.join("\n")).toBe(first.stdout.replace(/^Wrote /, "Kept "));
    expect((await stat(join(out, "cumulative-deaths.png"))).mtimeMs).toBe(before.mtimeMs);
  });

  it("removes the staging folder a killed build left beside the output folder, though it draws nothing", async () => {
    const dead = join(dirname(out), ".charts-new-999999-0123abcd"); // no such process
    await mkdir(join(dead, "fr"), { recursive: true });
    await writeFile(join(dead, "cumulative-deaths.svg"), "half a set");
    await writeFile(join(dead, "fr", "cumulative-deaths.svg"), "half a set");
    const again = await build(data, out, { preload: true });
    expect(again.stdout).toMatch(/^Nothing changed since /);
    expect(await readdir(dirname(out))).toEqual(["charts"]);
  });

  it("prints no summary from a build record edited by hand: it draws again and says what it drew", async () => {
    const record = join(out, ".manifest.json");
    const text = await readFile(record, "utf8");
    const forged = JSON.parse(text);
    forged.report.figures = forged.report.figures.map((line: string) => line.replace("14", "41"));
    forged.report.warnings = [];
    expect(JSON.stringify(forged.report)).not.toBe(JSON.stringify(JSON.parse(text).report)); // the figures do say 14
    await writeFile(record, JSON.stringify(forged, null, 1));
    const again = await build(data, out);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe(first.stderr); // the data's warnings, not the forged none
  });

  it("is not what a build that draws does: with jsdom and Plot refused, --force fails", async () => {
    const forced = await build(data, out, { force: true, preload: true });
    expect(forced.code).not.toBe(0);
    expect(forced.stderr).toMatch(/refused to load (jsdom|@observablehq\/plot)/);
  });

  it("redraws only a PNG deleted or edited by hand, from its SVG, without jsdom or Plot, byte for byte as before", async () => {
    const dark = join(out, "cumulative-deaths.dark.png");
    const light = join(out, "casualties-by-category-320px.png");
    const [darkBytes, lightBytes] = [await readFile(dark), await readFile(light)];
    await rm(dark);
    await writeFile(light, "not a PNG");
    const repaired = await build(data, out, { preload: true });
    expect(repaired.code).toBe(0);
    const [said, ...rest] = repaired.stdout.split("\n");
    expect(said).toBe(`Nothing changed since ${out}/ was built but cumulative-deaths.dark.png, casualties-by-category-320px.png: redrew only those, from the SVGs.`);
    expect(rest.join("\n")).toBe(first.stdout);
    expect((await readFile(dark)).equals(darkBytes)).toBe(true);
    expect((await readFile(light)).equals(lightBytes)).toBe(true);
    expect((await build(data, out)).stdout).toMatch(/^Nothing changed since .* so nothing was redrawn/);
  });

  // --force drawing is shown above (it loads jsdom and Plot); which files an edit redraws, byte for byte, is
  // test/freshness/redrawOnlyChanged.test.ts. Here: the command's own check sends each edit to a drawing build.
  it("redraws after an output edited or deleted by hand, or a data edit", async () => {
    const svg = join(out, "casualties-by-category.svg");
    const original = await readFile(svg);
    await writeFile(svg, "<svg/>");
    await rm(join(out, "cumulative-deaths-320px.svg"));
    expect((await build(data, out)).stdout).toMatch(/^Wrote /);
    expect((await readFile(svg)).equals(original)).toBe(true);
    expect((await stat(join(out, "cumulative-deaths-320px.svg"))).size).toBeGreaterThan(0);
    const events = join(data, "events.csv");
    await writeFile(events, (await readFile(events, "utf8")).replace("3 Chinese workers killed in attack on camp", "Three Chinese workers killed in attack on camp"));
    const rebuilt = await build(data, out);
    expect(rebuilt.stdout).toMatch(/^Wrote /);
    expect(await readFile(join(out, "cumulative-deaths.svg"), "utf8")).toContain("Three Chinese workers");
  });
});
