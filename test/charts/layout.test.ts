/**
 * No text overlaps other text, the marks (step lines, dots, the tally marker, bars) or leader lines, and
 * none leaves the canvas, at every width, measured with the font's metrics from the SVG as written: for
 * the story's data, for the story after later (synthetic) incidents, and for a busier story.
 */
import { describe, expect, it } from "vitest";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset } from "../../src/dataset/types.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readDataset } from "../../src/input/readDataset.js";
import { dataDir, laterFixtureDir, readFixture } from "../support/fixtures.js";
import { phoneMaxWidth } from "../../src/style/houseStyle.js";
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
const published = await readDataset(dataDir);

/** The later story as the desk built it up, one row at a time: after its first `rows` later incidents. */
const afterRows = (rows: number, asOf: string): Dataset => ({ ...later, story: { ...later.story, asOf }, incidents: IncidentTable.of([...later.incidents].slice(0, 4 + rows)) });

const cases: [string, Dataset][] = [
  ["the story", fixture],
  ["the published data", published],
  ["the story after one later incident (3 killed, 29 Jan)", afterRows(1, "2026-02-05")],
  ["the story after two later incidents (the second with no deaths)", afterRows(2, "2026-03-01")],
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
      // The map's names keep off its borders by their own rule (test/map/mapLabels.test.ts), its marks and
      // numbers have their own checks (test/map/incidentMap.test.ts). The other charts' text keeps clear of every mark.
      const marks = name.startsWith("incident-map") ? [] : markProblems(text.boxes, svgMarks(svg));
      return [...layoutProblems(text), ...marks].map((problem) => `${name}: ${problem}`);
    });
    expect(problems).toEqual([]);
    // No label is left out at any width, the narrow 240 px one included (the later story's are, by default):
    // what has no room in the plot is listed in the key.
    expect(warnings).toEqual([]);
  });

  it.each([
    ["one later incident", afterRows(1, "2026-02-05")],
    ["two later incidents", afterRows(2, "2026-03-01")],
    ["three later incidents", later],
    ["the published data", published],
  ] as const)("after %s, the end labels sit by the ends of their lines, in the order of their values", async (_, dataset) => {
    const files = await renderCharts(dataset);
    for (const [name, svg] of files) {
      if (!name.startsWith("cumulative-deaths")) continue;
      const { boxes } = svgTextBoxes(svg);
      const marks = svgMarks(svg);
      // The end of the itemised line: the last point of the step line (the one mark drawn 2.5 px wide).
      const line = marks.filter((m) => m.kind === "segment" && m.half === 1.25).at(-1)!;
      const end = line.kind === "segment" ? { x: line.x2, y: line.y2 } : { x: NaN, y: NaN };
      // Below every mark of the plot (its axis) is the key, where a label with no room in the plot is listed.
      const plotBottom = Math.max(...marks.map((m) => (m.kind === "segment" ? Math.max(m.y1, m.y2) : m.bottom)));
      // A label's lines (one <text>), found by their words: a narrow chart wraps "17 in / itemised / incidents".
      const labelOf = (pattern: RegExp) => {
        const elements = [...new Set(boxes.map((b) => b.element))].map((element) => boxes.filter((b) => b.element === element));
        const lines = elements.find((own) => pattern.test(own.map((b) => b.text.trim()).join(" ")))!;
        const top = Math.min(...lines.map((b) => b.top));
        return { left: Math.min(...lines.map((b) => b.left)), right: Math.max(...lines.map((b) => b.right)), top, bottom: Math.max(...lines.map((b) => b.bottom)), inKey: top > plotBottom };
      };
      const total = labelOf(/in itemised/);
      // Not the headline ("At least 19 killed…"): the tally's label names the tally in brackets.
      const tally = labelOf(/^At least \d+ \(/);
      const gap = Math.hypot(Math.max(0, total.left - end.x, end.x - total.right), Math.max(0, total.top - end.y, end.y - total.bottom));
      // On a phone a rise just before asOf can leave no room nearer than below the steps before it (62 px
      // after one later incident, at 320 and 240 px); on desktop the label stays within a short leader.
      // A label with no room at all is listed in the key instead (at 240 px, the tally's after three).
      const phone = /-(\d+)px\.svg$/.test(name) && Number(/-(\d+)px\.svg$/.exec(name)![1]) <= phoneMaxWidth;
      if (!total.inKey) expect(gap, `${name}: the total's label is ${gap.toFixed(0)} px from the end of its line`).toBeLessThan(phone ? 64 : 40);
      if (!total.inKey && !tally.inKey) expect(tally.bottom, `${name}: the tally's label is above the total's`).toBeLessThan(total.top);
      // Only the narrow version lists a headline figure in the key; the phone and desktop ones keep both by their lines.
      if (!name.endsWith("-240px.svg")) expect([total.inKey, tally.inKey], `${name}: end labels in the key`).toEqual([false, false]);
    }
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
