import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { formatWarning } from "../../src/load/problems.js";
import { fixtureWith, fixtureDir } from "../support/fixtures.js";

describe("warnings", () => {
  it("warns once for an incident whose injured count no source gives, and still builds", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace(",0,0,4,0,0,4 ", ",0,0,4,0,,4 "));
    const { warnings, files } = await buildCharts(dir);
    expect(warnings.map(formatWarning)).toEqual([expect.stringMatching(/events\.csv, line 5, column "injured": no number of injured for 2026-01-18-khirmandjo-post/)]);
    expect([...files.keys()].filter((name) => name.endsWith(".svg"))).toHaveLength(4);
  });

  it("warns once for a label with characters the chart font lacks", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace("2 Chinese road workers killed", "2 Chinese road workers killed 中国"));
    const { warnings } = await buildCharts(dir);
    expect(warnings.map(formatWarning)).toEqual([expect.stringMatching(/line 3, column "label": the chart font has no 中 国/)]);
  });

  it("gives no warnings for the fixture as it is", async () => {
    expect((await buildCharts(fixtureDir)).warnings).toEqual([]);
  });
});
