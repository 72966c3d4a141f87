/**
 * No text overlaps other text or leaves the canvas, at every width, measured with the font's metrics
 * from the SVG as written: for the story's data and for a busier story with twice the incidents.
 */
import { describe, expect, it } from "vitest";
import { IncidentTable } from "../../src/data/incidentTable.js";
import type { Dataset } from "../../src/data/types.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readFixture } from "../support/fixtures.js";
import { layoutProblems, svgTextBoxes } from "../support/textBoxes.js";

const fixture = await readFixture();

/** The fixture with four more incidents up to 10 March, labels of realistic length. */
function busier(dataset: Dataset): Dataset {
  const more = [
    ["2026-01-25", "2 smugglers killed near Kishty village, officials say"],
    ["2026-02-03", "1 border guard killed in exchange of fire"],
    ["2026-02-05", "3 “terrorists” (officials' term) killed in Darvoz"],
    ["2026-03-02", "1 Chinese worker injured; 1 guard killed"],
  ].map(([date, label], i) => ({
    ...dataset.incidents.at(0),
    id: `extra-${i}`,
    date: date!,
    label: label!,
    killed: { ...dataset.incidents.at(0).killed, killed_chinese_nationals: 0, killed_smugglers: i + 1 },
  }));
  return { ...dataset, story: { ...dataset.story, asOf: "2026-03-10", widths: [320, 480, 640, 960] }, incidents: IncidentTable.of([...dataset.incidents, ...more]) };
}

const cases: [string, Dataset][] = [
  ["the story", fixture],
  ["a busier story at four widths", busier(fixture)],
];

describe("chart layout", () => {
  it.each(cases)("%s: no text overlaps or leaves the canvas", async (_, dataset) => {
    const warnings: string[] = [];
    const files = await renderCharts(dataset, (w) => warnings.push(`${w.file}: ${w.message}`));
    for (const [name, svg] of files) expect(layoutProblems(svgTextBoxes(svg)), name).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("the check itself finds overlapping and clipped text", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" font-size="12">
      <text x="10" y="20">Overlapping</text><text x="20" y="22">text</text><text x="90" y="40">clipped</text></svg>`;
    expect(layoutProblems(svgTextBoxes(svg))).toEqual(['"clipped" leaves the 100×50 canvas', '"Overlapping" overlaps "text"']);
  });
});
