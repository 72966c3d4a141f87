import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { watchCharts } from "../../src/build/watch.js";
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
      while (!logged.some((line) => line.startsWith("Rebuilt"))) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      watcher.close();
    }
    const build = await buildCharts(data);
    const written = (await readdir(out)).filter((name) => name !== ".border-incident-charts").sort();
    expect(written).toEqual([...build.files.keys()].sort());
    for (const name of written) expect(await readFile(join(out, name)), name).toEqual(Buffer.from(build.files.get(name)!));
    expect(errors.filter((line) => line.includes("Warning"))).toHaveLength(build.warnings.length);
  });
});
