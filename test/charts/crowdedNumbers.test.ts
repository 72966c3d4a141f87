/**
 * A long-running story at phone width: the deadliest days are annotated, and every number the key lists
 * is drawn beside its step, even where the plot's edge leaves a wide marker no clear spot.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cumulativeDeathsChart } from "../../src/charts/cumulativeDeaths.js";
import { chartDocument } from "../../src/charts/dom.js";
import { readDataset } from "../../src/input/readDataset.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { generateStory } from "../../scripts/bench/generate.js";
import { allNumbers, markerPattern } from "../support/markers.js";

describe("the running total of a story with 500 incidents (the bench's generator, seeded)", () => {
  it("draws at 320 px with every key number beside the chart", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-crowded-"));
    await generateStory(dir, 500); // a story that once made the phone chart throw: no spot at all for one number
    const dataset = await readDataset(dir);
    const svg = serializeSvg(cumulativeDeathsChart(dataset, { width: 320, document: chartDocument(), warn: () => {} }));
    // Every number the key lists is drawn on the chart: a day's own marker, or its clump's.
    const keyed = allNumbers([...svg.matchAll(/class="key-marker"[^>]*><tspan>([^<]+)</g)].map((m) => m[1]!));
    const drawn = allNumbers([...svg.matchAll(/<text y="0\.9em"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!).filter((text) => markerPattern.test(text)));
    expect(keyed.length).toBeGreaterThan(5);
    expect(drawn).toEqual(keyed);
  });
});
