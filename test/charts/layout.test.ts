/**
 * No text overlaps other text, the marks (step lines, dots, the tally marker, bars) or leader lines, and
 * none leaves the canvas, at every width, measured with the font's metrics from the SVG as written: for
 * the story's data, for the story after later (synthetic) incidents, and for a busier story.
 */
import { describe, expect, it } from "vitest";
import { IncidentTable } from "../../src/data/incidentTable.js";
import type { Dataset } from "../../src/data/types.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readDataset } from "../../src/load/readDataset.js";
import { dataDir, laterFixtureDir, readFixture } from "../support/fixtures.js";
import { layoutProblems, markProblems, svgMarks, svgTextBoxes } from "../support/textBoxes.js";

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

const later = await readDataset(laterFixtureDir);

const cases: [string, Dataset][] = [
  ["the story", fixture],
  ["the published data", await readDataset(dataDir)],
  ["the story after later incidents", later],
  ["the story after later incidents at five widths", { ...later, story: { ...later.story, widths: [320, 360, 480, 640, 960] } }],
  ["a busier story at four widths", busier(fixture)],
];

describe("chart layout", () => {
  it.each(cases)("%s: no text overlaps text, marks or leaders, or leaves the canvas", async (_, dataset) => {
    const warnings: string[] = [];
    const files = await renderCharts(dataset, (w) => warnings.push(`${w.file}: ${w.message}`));
    const problems = [...files].flatMap(([name, svg]) => {
      const text = svgTextBoxes(svg);
      return [...layoutProblems(text), ...markProblems(text.boxes, svgMarks(svg))].map((problem) => `${name}: ${problem}`);
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("the check itself finds overlapping and clipped text", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" font-size="12">
      <text x="10" y="20">Overlapping</text><text x="20" y="22">text</text><text x="90" y="40">clipped</text></svg>`;
    expect(layoutProblems(svgTextBoxes(svg))).toEqual(['"clipped" leaves the 100×50 canvas', '"Overlapping" overlaps "text"']);
  });

  it("the check itself finds text on a line, a leader, a dot and a bar, and text too close to one", () => {
    // Text boxes at font-size 10: ascent 7.4 px above the baseline, descent 2.2 px below.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" font-size="10"><g class="plot" transform="translate(10,0)">
      <path d="M0,20H100" stroke="#b8322a" stroke-width="2"/><text x="10" y="24">on the line</text>
      <g stroke="#595959"><path d="M150,0L150,40"/></g><text x="140" y="30">leader</text>
      <circle cx="220" cy="20" r="4" stroke="#767676" stroke-width="2"/><text x="226" y="24">dot</text>
      <rect x="0" y="60" width="50" height="10" fill="#b8322a"/><text x="20" y="68">bar</text>
      <text x="60" y="69">clear of the bar</text>
      <path d="M0,90H300" stroke="${"#e2e2e2"}"/><text x="100" y="92">gridline</text></g></svg>`;
    const found = markProblems(svgTextBoxes(svg).boxes, svgMarks(svg)).map((p) => p.replace(/ is .*/, ""));
    expect(found).toEqual(['"on the line"', '"leader"', '"dot"', '"bar"']);
  });
});
