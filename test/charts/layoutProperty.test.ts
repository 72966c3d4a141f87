/**
 * Property test for label layout (issue 13): random sets of 1–25 incidents over random periods, with
 * random label lengths, with and without a tally gap, at 320 and 640 px. No text overlaps text, marks
 * (step lines, dots, the tally marker) or leader lines; no text leaves the chart; every incident the
 * chart annotates is labelled or numbered in the key, and any it does not is counted in a note.
 * Fixed seed and a bounded number of cases, so it runs the same every time and in a few seconds.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, it } from "vitest";
import { runningToll } from "../../src/figures/runningToll.js";
import { cumulativeDeathsChart } from "../../src/charts/cumulativeDeaths.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset } from "../../src/dataset/types.js";
import { chartDocument } from "../../src/charts/dom.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { formatDay, layoutFor } from "../../src/style/houseStyle.js";
import { readFixture } from "../support/fixtures.js";
import { layoutProblems, markProblems, svgMarks, svgTextBoxes } from "../support/textBoxes.js";

const fixture = await readFixture();
const day = 86_400_000;
const start = Date.UTC(2025, 10, 1);
const iso = (offset: number) => new Date(start + offset * day).toISOString().slice(0, 10);
const words = ["border", "guards", "killed", "in", "clash", "“terrorists”", "(officials' term)", "smugglers", "near", "Kishty", "village", "Chinese", "workers", "attack", "on", "camp"];

const story = fc
  .record({
    days: fc.integer({ min: 10, max: 400 }),
    incidents: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        killed: fc.integer({ min: 0, max: 12 }),
        label: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((w) => w.join(" ")),
      }),
      { minLength: 1, maxLength: 25 }
    ),
    tallyGap: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    width: fc.constantFrom(320, 640),
  })
  .map(({ days, incidents, tallyGap, width }) => ({ days, incidents: incidents.map((i) => ({ ...i, offset: Math.round(i.at * days) })), tallyGap, width }));

function datasetOf({ days, incidents, tallyGap }: { days: number; incidents: { offset: number; killed: number; label: string }[]; tallyGap: number | undefined }): Dataset {
  const rows = incidents.map(({ offset, killed, label }, i) => ({
    ...fixture.incidents.at(0),
    id: `incident-${i}`,
    date: iso(offset),
    label,
    killed: { ...fixture.incidents.at(0).killed, killed_chinese_nationals: 0, killed_militants: killed },
  }));
  const table = IncidentTable.of(rows);
  // A tally in the middle of the period that counts more than the incidents itemised up to it.
  const tallyDate = iso(Math.floor(days / 2));
  const byTally = rows.filter((r) => r.date <= tallyDate).reduce((sum, r) => sum + r.killed.killed_militants, 0);
  const tallies = tallyGap === undefined ? [] : [{ ...fixture.tallies[0]!, asOf: tallyDate, killedAtLeast: byTally + tallyGap, incidentsAtLeast: null }];
  return { ...fixture, story: { ...fixture.story, asOf: iso(days) }, tallies, incidents: table };
}

describe("label layout, for any story", () => {
  it("no text overlaps text, marks or leaders; nothing leaves the chart; every annotated incident labelled or keyed", () => {
    fc.assert(
      fc.property(story, (drawn) => {
        const dataset = datasetOf(drawn);
        const { width } = drawn;
        const svg = serializeSvg(cumulativeDeathsChart(dataset, { width, document: chartDocument() }));
        const text = svgTextBoxes(svg);
        const marks = svgMarks(svg);
        const problems = [...layoutProblems(text), ...markProblems(text.boxes, marks)];
        for (const mark of marks) {
          const box = mark.kind === "box" ? mark : { left: Math.min(mark.x1, mark.x2), right: Math.max(mark.x1, mark.x2), top: Math.min(mark.y1, mark.y2), bottom: Math.max(mark.y1, mark.y2) };
          if (box.left < -0.5 || box.top < -0.5 || box.right > text.width + 0.5 || box.bottom > text.height + 0.5) problems.push(`${mark.what} leaves the chart`);
        }
        // Every annotated day: one label on the chart, or one number on the chart and its key entry.
        const root = new new JSDOM().window.DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
        const plotTexts = [...root.querySelectorAll(`g.plot text, g[class$="-plot"] text`)].filter((t) => !t.closest("[font-variant]")).map((t) => t.textContent ?? "");
        const keyTexts = [...root.querySelectorAll("text.key")].map((t) => t.textContent ?? "");
        const keyMarkers = [...root.querySelectorAll("text.key-marker")].map((t) => t.textContent).sort().join(",");
        if (plotTexts.filter((t) => /^\d+(, \d+|–\d+)?$/.test(t)).sort().join(",") !== keyMarkers) problems.push("numbers on the chart and in the key differ");
        const steps = runningToll(dataset.incidents, dataset.categories);
        const { maxAnnotations } = layoutFor(width, { fontEmbedded: true });
        const annotated = new Set([...steps].sort((a, b) => b.killed - a.killed || b.date.localeCompare(a.date)).slice(0, maxAnnotations).map((s) => s.date));
        for (const { date } of steps) {
          const mentions = [...plotTexts, ...keyTexts].filter((t) => t.startsWith(`${formatDay(date).replace(/\u00a0/g, " ")}:`)).length; // the SVG spaces with U+0020 (render/serialize.ts)
          if (mentions !== (annotated.has(date) ? 1 : 0)) problems.push(`${date} annotated ${mentions} times`);
        }
        if (steps.length > maxAnnotations && !svg.includes(`of ${steps.length} days with incidents`)) problems.push("the days left unannotated are not counted in a note");
        if (problems.length) throw new Error(`${width}px: ${problems.join("; ")}`);
      }),
      { numRuns: 30, seed: 1313 }
    );
  });
});
