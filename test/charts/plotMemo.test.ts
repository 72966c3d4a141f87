/**
 * Watch mode takes a retitled chart's plot from an earlier draw (src/charts/plotMemo.ts). Whatever was
 * edited, the SVGs must be byte for byte what drawing everything anew gives, warnings included: a retitle
 * must take every plot again, and an edit to anything else a plot reads must draw it again. A plot once
 * rendered is taken as rendered (src/charts/renderedPlot.ts), in every edition, and drawn whole again
 * when the looks before it in its chart are not those it was rendered after.
 */
import { describe, expect, it, vi } from "vitest";
import { PlotMemo } from "../../src/charts/plotMemo.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import type { Dataset } from "../../src/dataset/types.js";
import type { Warning } from "../../src/input/problems.js";
import { readFixture } from "../support/fixtures.js";
import { translated } from "../support/editions.js";
import { chartIds } from "../../src/dataset/types.js";

// Stand-ins made: a plot taken as rendered, not cloned and rendered again.
const standIns = vi.hoisted(() => ({ made: 0 }));
vi.mock("../../src/charts/renderedPlot.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/charts/renderedPlot.js")>();
  return { ...original, standInFor: (...args: Parameters<typeof original.standInFor>) => (standIns.made++, original.standInFor(...args)) };
});

/** Every SVG and warning, drawn with the memo given (or none), and how many plots it took from it (and of those, as rendered). */
async function render(dataset: Dataset, plots?: PlotMemo) {
  const warnings: Warning[] = [];
  let taken = 0;
  let rendered = 0;
  if (plots) {
    const get = plots.get.bind(plots);
    plots.get = (key) => {
      const known = get(key);
      if (known) taken += 1;
      if (known?.rendered) rendered += 1;
      return known;
    };
  }
  // A width too narrow for a number on the map (its district names go to the key, so they give no
  // warning), so that its warnings are remembered too.
  const phone = { ...dataset, story: { ...dataset.story, widths: [640, 140] } };
  standIns.made = 0;
  const svgs = await renderCharts(phone, (warning) => void warnings.push(warning), { plots });
  if (plots) delete (plots as Partial<PlotMemo>).get; // back to the class's own
  return { svgs, warnings, taken, rendered, standIns: standIns.made };
}

const retitled = (dataset: Dataset, dek = (text: string) => `Now: ${text}`): Dataset => ({
  ...dataset,
  story: {
    ...dataset.story,
    charts: Object.fromEntries(Object.entries(dataset.story.charts).map(([id, text]) => [id, { headline: `${text.headline} (updated)`, dek: dek(text.dek) }])) as Dataset["story"]["charts"],
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
    expect(remembered.rendered).toBe(6); // nor rendered again
    expect(remembered.standIns).toBe(6);
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

  it("take a rendered plot in every edition (right to left, other fonts), byte for byte what drawing it anew gives", async () => {
    const dataset = await readFixture();
    for (const lang of ["fr", "ru", "ar", "zh"]) {
      const plots = new PlotMemo();
      const edition = await translated(dataset, lang);
      await render(edition, plots);
      // The edition's own headlines, edited in its translation file.
      const headlines = Object.fromEntries(chartIds.map((id) => [`chart.${id}.headline`, `${edition.story.charts[id].headline} (2)`]));
      const edited = await translated(dataset, lang, headlines);
      const remembered = await render(edited, plots);
      const drawn = await render(edited);
      expect(remembered.rendered, lang).toBe(6);
      expect(remembered.standIns, lang).toBe(6);
      expect(remembered.warnings, lang).toEqual(drawn.warnings);
      for (const [file, svg] of drawn.svgs) expect(remembered.svgs.get(file), `${lang}: ${file}`).toBe(svg);
      expect(remembered.svgs.get("incident-map.svg"), lang).toContain("(2)");
    }
  });

  it("draw a chart whole when the looks before its plot changed (a dek emptied), then take it rendered again", async () => {
    const dataset = await readFixture();
    const plots = new PlotMemo();
    await render(dataset, plots);
    // No dek: its look is not numbered before the plot, so the rendered plot's class numbers would be off by one.
    const dekless = retitled(dataset, () => "");
    const remembered = await render(dekless, plots);
    const drawn = await render(dekless);
    expect(remembered.rendered).toBe(6); // taken, found stale, and drawn whole
    expect(remembered.taken).toBe(12); // each once again, as drawn
    expect(remembered.warnings).toEqual(drawn.warnings); // said once, not once per try
    for (const [file, svg] of drawn.svgs) expect(remembered.svgs.get(file), file).toBe(svg);
    const again = retitled(dekless, () => "");
    const second = await render(again, plots);
    expect(second.standIns).toBe(6);
    for (const [file, svg] of (await render(again)).svgs) expect(second.svgs.get(file), file).toBe(svg);
  });
});
