/**
 * Snapshot of every published chart, built from data/ exactly as `npm run charts` builds it.
 * The snapshots are .svg files in test/output/ that a reviewer can open. An intended change
 * (a new row, a style change) is accepted with `npm run test:update` and reviewed with `git diff`.
 * A mismatch also writes test/output/<name>-changed.svg (not committed) to open beside the snapshot.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
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
    const snapshot = fileURLToPath(new URL(`../output/${name}`, import.meta.url));
    const changed = snapshot.replace(/\.svg$/, "-changed.svg");
    const previous = await readFile(snapshot, "utf8").catch(() => undefined);
    if (previous !== undefined && previous !== svg) await writeFile(changed, svg);
    await expect(svg).toMatchFileSnapshot(snapshot);
    await rm(changed, { force: true }); // matched, or accepted with --update
  });
});
