/**
 * Watch mode takes a retitled chart's plot from an earlier draw (src/charts/plotMemo.ts). Whatever was
 * edited, the SVGs must be byte for byte what drawing everything anew gives, warnings included: a retitle
 * must take every plot again, and an edit to anything else a plot reads must draw it again.
 */
import { describe, expect, it } from "vitest";
import { PlotMemo } from "../../src/charts/plotMemo.js";
import { renderCharts } from "../../src/pipeline/renderCharts.js";
import type { Dataset } from "../../src/data/types.js";
import type { Warning } from "../../src/load/problems.js";
import { readFixture } from "../support/fixtures.js";

/** Every SVG and warning, drawn with the memo given (or none), and how many plots it took from it. */
async function render(dataset: Dataset, plots?: PlotMemo) {
  const warnings: Warning[] = [];
  let taken = 0;
  if (plots) {
    const get = plots.get.bind(plots);
    plots.get = (key) => {
      const known = get(key);
      if (known) taken += 1;
      return known;
    };
  }
  // A width too narrow for two district names on the map, so that its warnings are remembered too.
  const phone = { ...dataset, story: { ...dataset.story, widths: [640, 160] } };
  const svgs = await renderCharts(phone, (warning) => void warnings.push(warning), { plots });
  if (plots) delete (plots as Partial<PlotMemo>).get; // back to the class's own
  return { svgs, warnings, taken };
}

const retitled = (dataset: Dataset): Dataset => ({
  ...dataset,
  story: {
    ...dataset.story,
    charts: Object.fromEntries(Object.entries(dataset.story.charts).map(([id, text]) => [id, { headline: `${text.headline} (updated)`, dek: `Now: ${text.dek}` }])) as Dataset["story"]["charts"],
  },
});

describe("plots remembered between rewrites", () => {
  it("frame a retitled chart around its earlier plot, byte for byte what drawing it anew gives", async () => {
    const dataset = await readFixture();
    const plots = new PlotMemo();
    await render(dataset, plots);
    const edited = retitled(dataset);
    const remembered = await render(edited, plots);
    const drawn = await render(edited);
    expect(remembered.taken).toBe(6); // three charts at two widths: none drawn again
    expect(remembered.warnings).toEqual(drawn.warnings);
    expect(drawn.warnings.length).toBeGreaterThan(0); // so that replaying them is tested
    expect([...remembered.svgs.keys()]).toEqual([...drawn.svgs.keys()]);
    for (const [file, svg] of drawn.svgs) expect(remembered.svgs.get(file), file).toBe(svg);
    expect(remembered.svgs.get("incident-map.svg")).toContain("(updated)");
  });

  it("draw a plot again when anything else it reads changed", async () => {
    const dataset = await readFixture();
    const edits: [string, (d: Dataset) => Dataset][] = [
      ["a category's label", (d) => ({ ...d, categories: d.categories.map((c, i) => (i === 0 ? { ...c, label: `${c.label} and others` } : c)) })],
      ["the story's date", (d) => ({ ...d, story: { ...d.story, asOf: "2026-02-20" } })],
      ["a tally", (d) => ({ ...d, tallies: d.tallies.map((t) => ({ ...t, killedAtLeast: t.killedAtLeast + 3 })) })],
    ];
    for (const [what, edit] of edits) {
      const plots = new PlotMemo();
      await render(dataset, plots);
      const changed = retitled(edit(dataset));
      const remembered = await render(changed, plots);
      const drawn = await render(changed);
      expect(remembered.taken, what).toBe(0);
      expect(remembered.warnings, what).toEqual(drawn.warnings);
      for (const [file, svg] of drawn.svgs) expect(remembered.svgs.get(file), `${what}: ${file}`).toBe(svg);
    }
  });
});
