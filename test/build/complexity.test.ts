/**
 * No input may make the build superlinear (issue 12, point 3: an 800-character word took 3.8 s, 3,200 took
 * 38 s). Work is counted, not timed, so the test cannot flake on a busy machine: every character handed to
 * the text measurer (shaping is most of drawing's cost) for the drawing, and every read of a header cell for
 * the header checks. Sizes grow 1×, 2×, 4×, 8× up to the documented limits; linear work doubles the extra
 * work with each doubling (ratio 2), quadratic work quadruples it.
 */
import { describe, expect, it, vi } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import type { CsvTable } from "../../src/input/parseCsv.js";
import { readDataset } from "../../src/input/readDataset.js";
import { DataError, formatProblem } from "../../src/input/problems.js";
import { validateEvents } from "../../src/input/validate/events.js";
import { maxDrawnLength } from "../../src/input/validate/fields.js";
import { maxColumns } from "../../src/input/validate/validateTable.js";
import { fixtureWith } from "../support/fixtures.js";

const measured = vi.hoisted(() => ({ characters: 0 }));
vi.mock("../../src/text/measure.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/text/measure.js")>();
  return {
    ...original,
    textWidth: (text: string, style: Parameters<typeof original.textWidth>[1]) => {
      measured.characters += text.length;
      return original.textWidth(text, style);
    },
  };
});

/** One long unbroken word (the worst case for wrapping), of n characters. */
const word = (n: number) => "W".repeat(n);

/** The characters measured to draw the widest charts with the label, a headline and a note of n characters each. */
async function drawingWork(n: number): Promise<number> {
  const dir = await fixtureWith("events.csv", (t) => t.replace("2 Chinese road workers killed", n ? word(n) : "2 Chinese road workers killed"));
  const { writeFile, readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const story = JSON.parse(await readFile(join(dir, "story.json"), "utf8"));
  if (n) {
    story.charts["casualties-by-category"].headline = word(n);
    story.notes[0] = `Note ${word(n - 5)}`;
  }
  await writeFile(join(dir, "story.json"), JSON.stringify(story));
  const dataset = await readDataset(dir);
  measured.characters = 0;
  await renderCharts(dataset, () => {}, { only: [Math.max(...dataset.story.widths)] });
  return measured.characters;
}

/** Reads of header cells while checking a header of n unknown columns (plus the real ones). */
function headerWork(n: number): number {
  const names = ["id", "date", "region", "district", "location", "injured", "label", "description", "source", "source_url", ...Array.from({ length: n }, (_, i) => `extra_${i}`)];
  let reads = 0;
  const header = new Proxy(names, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const table: CsvTable = { file: "events.csv", header, forEachRow() {} };
  validateEvents(table, [], undefined);
  return reads;
}

/** Extra work over the base at 1×, 2×, 4×, 8×, and each doubling's ratio. */
function ratios(work: number[], base: number): number[] {
  const extra = work.map((w) => w - base);
  return extra.slice(1).map((e, i) => e / extra[i]!);
}

describe("build work grows at most linearly with input size", () => {
  it("long unbroken words in a label, a headline and a note, up to the 1,000-character limit", async () => {
    // Lines wrapped once are remembered (src/text/wrap.ts): a first drawing wraps the fixture's own text,
    // so that the base and every size below measure it alike, that is, not again.
    await drawingWork(0);
    const base = await drawingWork(0);
    const sizes = [maxDrawnLength / 8, maxDrawnLength / 4, maxDrawnLength / 2, maxDrawnLength];
    const work: number[] = [];
    for (const n of sizes) work.push(await drawingWork(n));
    console.log("characters measured", { base, work, ratios: ratios(work, base) });
    for (const ratio of ratios(work, base)) expect(ratio).toBeLessThan(2.6);
  });

  it("a header with ever more columns, up to the 1,000-column limit", () => {
    const sizes = [maxColumns / 8, maxColumns / 4, maxColumns / 2, maxColumns - 10];
    const base = headerWork(0);
    const work = sizes.map(headerWork);
    for (const ratio of ratios(work, base)) expect(ratio).toBeLessThan(2.6);
  });

  it("beyond the limits the build refuses with a located error, after constant work", async () => {
    expect(headerWork(500_000)).toBeLessThan(100);
    const dir = await fixtureWith("events.csv", (t) => t.replace("2 Chinese road workers killed", word(maxDrawnLength + 1)));
    const error = await readDataset(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems.map(formatProblem)).toEqual([expect.stringMatching(/events\.csv, line 3, column "label": found "W+… \(1,001 characters in all\)"; expected at most 1,000 characters \(it is drawn on the chart\)/)]);
  });
});
