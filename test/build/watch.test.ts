import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { watchCharts } from "../../src/build/watch.js";
import { writeCharts } from "../../src/output/writeCharts.js";
import { buildKeeping, recordedFiles } from "../../src/build/buildKeeping.js";
import { buildReport } from "../../src/build/buildReport.js";
import { defaultLocations, digestInputs } from "../../src/freshness/inputs.js";
import { fixtureWith } from "../support/fixtures.js";

describe("watch mode", () => {
  it("writes the same files as a one-off build, each warning once", async () => {
    // A blank injured count gives one data warning to count.
    const data = await fixtureWith("events.csv", (t) => t.replace(",0,0,4,0,0,4 ", ",0,0,4,0,,4 "));
    const out = await mkdtemp(join(tmpdir(), "charts-watch-"));
    const logged: string[] = [];
    const errors: string[] = [];
    const watcher = watchCharts(data, out, { log: (line) => logged.push(line), error: (line) => errors.push(line) });
    try {
      while (!logged.some((line) => line.startsWith("Charts rewritten"))) await new Promise((resolve) => setTimeout(resolve, 20));
      await watcher.settled();
    } finally {
      watcher.close();
    }
    const build = await buildCharts(data);
    const written = (await readdir(out)).filter((name) => name !== ".border-incident-charts" && name !== ".manifest.json").sort();
    expect(written).toEqual([...build.files.keys()].sort());
    // Buffer.equals: toEqual compares a buffer byte by byte as an object's keys, seconds for a set of PNGs.
    for (const name of written) expect((await readFile(join(out, name))).equals(Buffer.from(build.files.get(name)!)), name).toBe(true);
    expect(errors.filter((line) => line.includes("Warning"))).toHaveLength(build.warnings.length);
  });

  it("redraws only the chart an edit touches, says so in one line, and ends with what a build from scratch writes", async () => {
    const data = await fixtureWith("story.json", (t) => t);
    const out = join(await mkdtemp(join(tmpdir(), "charts-watch-")), "charts");
    const logged: string[] = [];
    const errors: string[] = [];
    const watcher = watchCharts(data, out, { log: (line) => logged.push(line), error: (line) => errors.push(line) });
    const rewrites = async (count: number) => {
      while (logged.filter((line) => line.startsWith("Charts rewritten")).length < count) await new Promise((resolve) => setTimeout(resolve, 20));
      await watcher.settled();
    };
    try {
      await rewrites(1);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^Charts rewritten in \d+ ms after start: redrew 6 SVGs \(12 PNGs and 1 review page follow\), kept 0 of 18 SVGs and PNGs; killed \(itemised\): 14; /);
      const story = join(data, "story.json");
      await writeFile(story, (await readFile(story, "utf8")).replace("Where the deadly incidents", "Where the deadly incidents (edited)"));
      await rewrites(2);
      expect(logged).toHaveLength(2);
      expect(logged[1]).toMatch(/^Charts rewritten in \d+ ms after a change to story.json: redrew 2 SVGs \(4 PNGs and 1 review page follow\), kept 12 of 18 SVGs and PNGs; headline figures unchanged$/);
    } finally {
      watcher.close();
    }
    const reference = join(await mkdtemp(join(tmpdir(), "charts-watch-ref-")), "charts");
    const inputs = await digestInputs(defaultLocations(data));
    const full = await buildKeeping(data, reference, inputs, { force: true, translated: [] }); // watch mode was given no editions
    await writeCharts(reference, recordedFiles(full, inputs, buildReport(full)));
    const names = (await readdir(out)).sort();
    expect(names).toEqual((await readdir(reference)).sort());
    for (const name of names) expect((await readFile(join(out, name))).equals(await readFile(join(reference, name))), name).toBe(true);
    expect(await readFile(join(out, "incident-map.svg"), "utf8")).toContain("(edited)");
  }, 120_000);
});
