import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/data/types.js";
import type { Warning } from "../../src/load/problems.js";
import { renderCharts } from "../../src/pipeline/renderCharts.js";
import { renderShared, type DrawElsewhere } from "../../src/parallel/renderShared.js";
import { dataRead } from "../../src/parallel/drawJob.js";
import { readFixture } from "../support/fixtures.js";

/**
 * Sharing the SVGs out must never change them: whatever the helpers do, the files, their order and the
 * warnings are a one-thread build's. Helpers here draw in this thread, so no worker is needed.
 */
describe("SVGs shared with helpers", () => {
  it("are a one-thread build's, whether a helper draws its share, fails, or read other data", async () => {
    const dataset = await readFixture();
    // Three widths, so two helpers each get a share.
    const story = { ...dataset, story: { ...dataset.story, widths: [640, 480, 320] } };
    const oneWarnings: Warning[] = [];
    const one = await renderCharts(story, (warning) => oneWarnings.push(warning));

    const asked: string[][] = [];
    const honest: DrawElsewhere = async (files) => {
      asked.push(files);
      const warnings: Warning[] = [];
      const svgs = await renderCharts(story, (warning) => warnings.push(warning), { select: (file) => files.includes(file) });
      return { svgs: [...svgs], warnings, read: dataRead(story) };
    };
    const failed: DrawElsewhere = async () => undefined;
    // A save between the two reads: what it drew is not this thread's data, and must not be used.
    const otherData: DrawElsewhere = async (files) => ({
      svgs: files.map((file) => [file, "<svg>other data</svg>"]),
      warnings: [],
      read: { ...dataRead(story), digests: Object.fromEntries(chartIds.map((id) => [id, "another digest"])) },
    });
    // The same data but other widths: its files would be named and ranged for those widths.
    const otherWidths: DrawElsewhere = async (files) => ({
      svgs: files.map((file) => [file, "<svg>other widths</svg>"]),
      warnings: [],
      read: { ...dataRead(story), widths: [640, 320] },
    });
    // One file of its share missing.
    const oneShort: DrawElsewhere = async (files) => {
      const result = (await honest(files))!;
      return { ...result, svgs: result.svgs.slice(1) };
    };

    for (const [what, helpers] of [
      ["one honest helper", [honest]],
      ["two honest helpers", [honest, honest]],
      ["a helper that failed", [failed]],
      ["a helper that read other data", [honest, otherData]],
      ["a helper that read other widths", [otherWidths]],
      ["a helper that left a file out", [oneShort]],
    ] as const) {
      asked.length = 0;
      const warnings: Warning[] = [];
      const shared = await renderShared(story, (warning) => warnings.push(warning), helpers);
      expect([...shared.keys()], what).toEqual([...one.keys()]);
      for (const [file, svg] of one) expect(shared.get(file) === svg, `${what}: ${file}`).toBe(true);
      expect(warnings, what).toEqual(oneWarnings);
      // Every honest helper was asked for a share, and no file of two.
      if (helpers.every((helper) => helper === honest)) expect(asked.length, what).toBe(helpers.length);
      expect(new Set(asked.flat()).size, what).toBe(asked.flat().length);
    }
  }, 120_000);
});
