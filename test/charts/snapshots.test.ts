/**
 * Snapshot of every published chart, built from data/ exactly as `npm run charts` builds it.
 * The snapshots are .svg files in test/snapshots/ that a reviewer can open. An intended change
 * (a new row, a style change) is accepted with `npm run test:update` and reviewed with `git diff`.
 * A mismatch also writes test/snapshots/<name>-changed.svg (not committed) to open beside the snapshot.
 * The embedded font's base64 is replaced by its hash and size, so a diff shows text, not a wall of
 * base64; any change to the font bytes still changes the hash.
 */
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readDataset } from "../../src/input/readDataset.js";
import { dataDir } from "../support/fixtures.js";

const files = await renderCharts(await readDataset(dataDir));

function withFontHashed(svg: string): string {
  return svg.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, data: string) => {
    const bytes = Buffer.from(data, "base64");
    return `base64,[${bytes.length} bytes, sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}]`;
  });
}

describe("chart snapshots", () => {
  it("draws every chart at every width", () => {
    expect([...files.keys()]).toEqual([
      "cumulative-deaths.svg",
      "cumulative-deaths-320px.svg",
      "cumulative-deaths-240px.svg",
      "casualties-by-category.svg",
      "casualties-by-category-320px.svg",
      "casualties-by-category-240px.svg",
      "incident-map.svg",
      "incident-map-320px.svg",
      "incident-map-240px.svg",
    ]);
  });

  it.each([...files].map(([name, svg]) => [name, withFontHashed(svg)]))("%s matches test/snapshots", async (name, svg) => {
    const snapshot = fileURLToPath(new URL(`../snapshots/${name}`, import.meta.url));
    const changed = snapshot.replace(/\.svg$/, "-changed.svg");
    const previous = await readFile(snapshot, "utf8").catch(() => undefined);
    if (previous !== undefined && previous !== svg) await writeFile(changed, svg);
    await expect(svg).toMatchFileSnapshot(snapshot);
    await rm(changed, { force: true }); // matched, or accepted with --update
  });
});
