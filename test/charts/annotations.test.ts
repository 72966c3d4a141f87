/**
 * Property test: whatever incidents a story has, each of the deadliest days (as many as the layout
 * annotates) is annotated exactly once, by a label on the chart or by a number on the chart and the same
 * number in the key; other days not at all, with a note saying so; and no text overlaps.
 */
import fc from "fast-check";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { describe, it } from "vitest";
import { cumulativeDeathsChart } from "../../src/charts/cumulativeDeaths.js";
import type { Dataset } from "../../src/dataset/types.js";
import { chartDocument } from "../../src/charts/dom.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { runningToll } from "../../src/figures/runningToll.js";
import { formatDay, layoutFor } from "../../src/style/houseStyle.js";
import { readFixture } from "../support/fixtures.js";
import { layoutProblems, svgTextBoxes } from "../support/textBoxes.js";
import { allNumbers, markerPattern } from "../support/markers.js";
import { svgDocument } from "../support/svgDocument.js";

const fixture = await readFixture();
const day = 86_400_000;
const start = Date.UTC(2025, 10, 1);

const incident = fc.record({
  offset: fc.integer({ min: 0, max: 140 }),
  killed: fc.integer({ min: 1, max: 12 }),
  label: fc.array(fc.constantFrom("border", "guards", "killed", "in", "clash", "“terrorists”", "(officials' term)", "smugglers", "near", "Kishty"), { minLength: 2, maxLength: 9 }).map((w) => w.join(" ")),
});

function storyWith(incidents: { offset: number; killed: number; label: string }[]): Dataset {
  const iso = (offset: number) => new Date(start + offset * day).toISOString().slice(0, 10);
  const rows = incidents.map(({ offset, killed, label }, i) => ({
    ...fixture.incidents.at(0),
    id: `incident-${i}`,
    date: iso(offset),
    label,
    killed: { ...fixture.incidents.at(0).killed, killed_chinese_nationals: 0, killed_militants: killed },
  }));
  return { ...fixture, story: { ...fixture.story, asOf: iso(150) }, tallies: [], incidents: IncidentTable.of(rows) };
}

describe("incident annotations", () => {
  it("annotate every incident date exactly once (label, or number plus key entry), with no overlaps", () => {
    fc.assert(
      fc.property(fc.array(incident, { minLength: 1, maxLength: 12 }), fc.constantFrom(320, 640, 960), (incidents, width) => {
        const dataset = storyWith(incidents);
        const svg = serializeSvg(cumulativeDeathsChart(dataset, { width, document: chartDocument() }));
        const root = svgDocument(svg).documentElement;
        // Text in the plot that is not an axis's tick label (those groups carry Plot's tabular-nums).
        const plotTexts = [...root.querySelectorAll(`g.plot text, g[class$="-plot"] text`)].filter((t) => !t.closest("[font-variant]")).map((t) => t.textContent ?? "");
        const keyMarkers = [...root.querySelectorAll("text.key-marker")].map((t) => t.textContent);
        const keyTexts = [...root.querySelectorAll("text.key")].map((t) => t.textContent ?? "");
        // A day's marker is its incidents' numbers ("4", "4, 5", "4–6"; touching dots share one): the
        // chart and its key stand for the same numbers.
        const drawnMarkers = allNumbers(plotTexts.filter((t) => markerPattern.test(t))).join(",");
        if (drawnMarkers !== allNumbers(keyMarkers).join(",")) throw new Error(`markers drawn ${drawnMarkers}, key ${keyMarkers.join(",")}`);
        const steps = runningToll(dataset.incidents, dataset.categories);
        const { maxAnnotations } = layoutFor(width, { fontEmbedded: true });
        const annotated = new Set([...steps].sort((a, b) => b.killed - a.killed || b.date.localeCompare(a.date)).slice(0, maxAnnotations).map((s) => s.date));
        for (const { date } of steps) {
          // The written SVG spaces with U+0020 (render/serialize.ts), the wrap having used U+00A0.
          const mentions = [...plotTexts, ...keyTexts].filter((t) => t.startsWith(`${formatDay(date).replace(/\u00a0/g, " ")}:`));
          if (mentions.length !== (annotated.has(date) ? 1 : 0)) throw new Error(`${date} annotated ${mentions.length} times`);
        }
        if ((steps.length > maxAnnotations) !== svg.includes("Annotated: the ")) throw new Error("the note about annotating only the deadliest days is wrong");
        const problems = layoutProblems(svgTextBoxes(svg));
        if (problems.length) throw new Error(problems.join("; "));
      }),
      { numRuns: 40, seed: 1118 }
    );
  });
});
