/**
 * Snapshot of every published chart, built from data/ exactly as `npm run charts` builds it.
 * The snapshots are .svg files in test/output/ that a reviewer can open. An intended change
 * (a new row, a style change) is accepted with `npm run test:update` and reviewed with `git diff`.
 */
import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readDataset } from "../../src/load/readDataset.js";
import { dataDir } from "../helpers.js";

const files = renderCharts(await readDataset(dataDir));

describe("chart snapshots", () => {
  it("draws both charts at every width", () => {
    expect([...files.keys()]).toEqual([
      "cumulative-deaths.svg",
      "cumulative-deaths-320px.svg",
      "casualties-by-category.svg",
      "casualties-by-category-320px.svg",
    ]);
  });

  it.each([...files])("%s matches test/output", async (name, svg) => {
    await expect(svg).toMatchFileSnapshot(`../output/${name}`);
  });
});
