import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { keepingRewriter } from "../../src/freshness/watchRewrite.js";
import { languageOf } from "../../src/editions/languages.js";
import type { Dataset } from "../../src/data/types.js";
import { readDataset } from "../../src/load/readDataset.js";
import { dataRead } from "../../src/parallel/drawJob.js";
import { WarmRenderers } from "../../src/parallel/warmRenderers.js";
import { renderCharts } from "../../src/pipeline/renderCharts.js";
import { fixtureWith, repoDir } from "../support/fixtures.js";
import { editData, expectForcedBuildOf } from "../support/watchSets.js";

const exec = promisify(execFile);

/**
 * Watch mode with warm workers (--threads 2 and more): each save's SVGs are shared with them, and every
 * set it swaps in must be byte for byte what a one-thread build from scratch writes. The workers run the
 * compiled code in .build/, as `npm run charts -- --watch` runs them.
 */
describe("watch mode's warm render workers", () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  process.on("warning", onWarning);
  afterAll(() => void process.off("warning", onWarning));

  it("draw a share of every save, and each set is a one-thread build's", async () => {
    await exec(process.execPath, ["scripts/run.mjs", "build-charts", "--help"], { cwd: repoDir }); // compiles .build/
    const renderers = new WarmRenderers(1, pathToFileURL(join(repoDir, ".build/src/parallel/warmRenderWorker.js")));
    try {
      const data = await fixtureWith("story.json", (text) => text);
      const root = await mkdtemp(join(tmpdir(), "charts-warm-"));
      const out = join(root, "charts");
      // Arabic too: mirrored right to left, in fonts of its own.
      const translated = [languageOf("fr")!, languageOf("ar")!];
      const rewrite = keepingRewriter(data, out, translated, { renderers });
      await (await rewrite()).complete;
      expect(renderers.drawn).toBeGreaterThan(0);

      const edit = (file: string, from: string, to: string) => editData(data, file, from, to);
      const edits: [string, () => Promise<void>][] = [
        ["a French headline", () => edit("translations/fr.json", '"translation": "Où se sont produits', '"translation": "Là où se sont produits')],
        ["an incident in the data", () => edit("events.csv", "3 Chinese workers killed in attack on camp", "Three Chinese workers killed in attack on camp")],
        ["the credit, on every chart", () => edit("story.json", '"credit": "', '"credit": "Desk: ')],
      ];
      for (const [i, [what, change]] of edits.entries()) {
        const before = renderers.drawn;
        await change();
        await (await rewrite()).complete;
        expect(renderers.drawn, `${what}: drawn by the worker`).toBeGreaterThan(before);
        await expectForcedBuildOf(data, out, join(root, `reference-${i}`), translated, what);
      }
      // A worker whose share was drawn again here says so; none was.
      expect(warnings.filter((message) => message.includes("render worker"))).toEqual([]);
    } finally {
      await renderers.close();
    }
  }, 300_000);

  it("reads the data folder again when its copy does not read what this thread draws, whatever the digest says", async () => {
    await exec(process.execPath, ["scripts/run.mjs", "build-charts", "--help"], { cwd: repoDir });
    const renderers = new WarmRenderers(1, pathToFileURL(join(repoDir, ".build/src/parallel/warmRenderWorker.js")));
    try {
      const data = await fixtureWith("story.json", (text) => text);
      const file = "casualties-by-category-320px.svg";
      const drawnHere = async (dataset: Dataset) => (await renderCharts(dataset, () => {}, { select: (name) => name === file })).get(file);
      const before = await readDataset(data);
      const first = await renderers.helpers(data, "one digest", before)[0]!([file]);
      expect(first!.svgs).toEqual([[file, await drawnHere(before)]]);
      // Saved again under the digest the worker's copy has (a save the digest missed, or a half-written read).
      await editData(data, "story.json", '"credit": "', '"credit": "Desk: ');
      const after = await readDataset(data);
      const second = await renderers.helpers(data, "one digest", after)[0]!([file]);
      expect(second!.read).toEqual(dataRead(after));
      expect(second!.svgs).toEqual([[file, await drawnHere(after)]]);
    } finally {
      await renderers.close();
    }
  }, 120_000);
});
