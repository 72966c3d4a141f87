/**
 * Property test for label layout (issue 13): random sets of 1–25 incidents over random periods, with
 * random label lengths, with and without a tally gap, at 320 and 640 px. No text overlaps text, marks
 * (step lines, dots, the tally marker) or leader lines; no text leaves the chart; every incident the
 * chart annotates is labelled or numbered in the key, and any it does not is counted in a note.
 * Then crowded stories (a cluster of incidents in the last weeks before asOf, up to 25 incidents) in every
 * edition at 320 and 640 px: both end labels (the itemised total and the tally) are always drawn, and
 * nothing overlaps; where something must give, it is incident labels, which move to the key.
 * Fixed seeds and a bounded number of cases, so it runs the same every time and in a few seconds.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { runningToll } from "../../src/figures/runningToll.js";
import { cumulativeDeathsChart } from "../../src/charts/cumulativeDeaths.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset } from "../../src/dataset/types.js";
import { chartDocument } from "../../src/charts/dom.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { formatDay, layoutFor } from "../../src/style/houseStyle.js";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { editionOf } from "../../src/editions/edition.js";
import { readFixture } from "../support/fixtures.js";
import { fixtureTranslation, translated } from "../support/editions.js";
import { allNumbers, markerPattern } from "../support/markers.js";
import { layoutProblems, markProblems, svgMarks, svgTextBoxes } from "../support/textBoxes.js";
import { svgDocument } from "../support/svgDocument.js";

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
        const root = svgDocument(svg).documentElement;
        const plotTexts = [...root.querySelectorAll(`g.plot text, g[class$="-plot"] text`)].filter((t) => !t.closest("[font-variant]")).map((t) => t.textContent ?? "");
        const keyTexts = [...root.querySelectorAll("text.key")].map((t) => t.textContent ?? "");
        const keyMarkers = allNumbers([...root.querySelectorAll("text.key-marker")].map((t) => t.textContent)).join(",");
        if (allNumbers(plotTexts.filter((t) => markerPattern.test(t))).join(",") !== keyMarkers) problems.push("numbers on the chart and in the key differ");
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

/**
 * A story that breaks late: incidents spread over the period, then a cluster in the last three weeks
 * before asOf (some on asOf itself), 25 incidents at most. Labels are the fixture's own incident labels
 * (translated in each edition by the fixture's translation files), so their lengths are real ones.
 */
const breakingStory = fc
  .record({
    days: fc.integer({ min: 60, max: 400 }),
    spread: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), killed: fc.integer({ min: 0, max: 12 }), label: fc.nat(3) }), { maxLength: 23 }),
    cluster: fc.array(fc.record({ daysBefore: fc.integer({ min: 0, max: 20 }), killed: fc.integer({ min: 0, max: 6 }), label: fc.nat(3) }), { minLength: 2, maxLength: 6 }),
    tallyGap: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  })
  .map(({ days, spread, cluster, tallyGap }) => ({
    days,
    tallyGap,
    incidents: [
      ...spread.slice(0, 25 - cluster.length).map((i) => ({ offset: Math.round(i.at * days), killed: i.killed, label: i.label })),
      ...cluster.map((i) => ({ offset: days - i.daysBefore, killed: i.killed, label: i.label })),
    ],
  }));

const editions = ["en", "fr", "ru", "ar", "zh"] as const;
/** Each edition's text for the fixture's four incident labels, and for the place every test incident copies. */
const editionTexts = Object.fromEntries(
  await Promise.all(
    editions.map(async (lang) => {
      if (lang === "en") return [lang, { labels: [0, 1, 2, 3].map((row) => fixture.incidents.label(row)), location: "" }];
      const file = await fixtureTranslation(lang);
      const text = (key: string) => file.entries.get(key)!.translation;
      return [lang, { labels: [0, 1, 2, 3].map((row) => text(`incident.${fixture.incidents.id(row)}.label`)), location: text(`incident.${fixture.incidents.id(0)}.location`) }];
    })
  )
) as Record<(typeof editions)[number], { labels: string[]; location: string }>;

/** A <text> element's lines as one string, without spaces or the right-to-left isolates: wrapping may add or drop either. */
const squeezed = (text: string) => text.replace(/[\s\u2066-\u2069\u200e\u200f]/g, "");

describe("label layout, for a story that breaks late, in every edition", () => {
  it("draws both end labels and lets nothing overlap, up to 25 incidents with a late cluster, at 320 and 640 px", async () => {
    const cases = fc.sample(breakingStory, { numRuns: 5, seed: 2613 });
    // The fullest case the generator allows: 25 incidents, six of them in the last three weeks.
    cases.push({
      days: 180,
      tallyGap: 2,
      incidents: [
        ...Array.from({ length: 19 }, (_, i) => ({ offset: 5 + i * 8, killed: (i * 7) % 5, label: i % 4 })),
        ...[20, 14, 9, 5, 2, 0].map((before, i) => ({ offset: 180 - before, killed: i % 3, label: i % 4 })),
      ],
    });
    for (const drawn of cases) {
      const english = datasetOf({ ...drawn, incidents: drawn.incidents.map((i) => ({ ...i, label: editionTexts.en.labels[i.label]! })) });
      for (const lang of editions) {
        const { labels, location } = editionTexts[lang];
        const extra = Object.fromEntries(drawn.incidents.flatMap((incident, i) => [[`incident.incident-${i}.label`, labels[incident.label]!], [`incident.incident-${i}.location`, location]]));
        const dataset = lang === "en" ? english : await translated(english, lang, extra);
        // The end labels' texts, as the chart writes them (charts/cumulativeDeaths.ts placeEndLabels).
        const figures = headlineFigures(dataset);
        const edition = editionOf(dataset);
        const total = runningToll(dataset.incidents, dataset.categories).at(-1)!.total;
        const gap = figures.tally && figures.itemisedByTally ? figures.unitemisedKilled : 0;
        const ends = [edition.message(gap ? "ui.label.itemisedTotal" : "ui.label.killedTotal", { total })];
        if (figures.tally && gap) {
          const later = figures.itemisedKilled > figures.itemisedByTally!.killed;
          ends.push(edition.message(later ? "ui.label.atLeastWithLater" : "ui.label.atLeast", { killedAtLeast: figures.killedAtLeast, tally: figures.tally.label }));
        }
        for (const width of [320, 640]) {
          const warnings: string[] = [];
          const svg = serializeSvg(cumulativeDeathsChart(dataset, { width, document: chartDocument(), warn: (w) => warnings.push(w) }));
          const where = `${lang} ${width}px, ${drawn.incidents.length} incidents over ${drawn.days} days`;
          const root = svgDocument(svg).documentElement;
          const plotTexts = [...root.querySelectorAll(`g.plot text, g[class$="-plot"] text`)].map((t) => squeezed(t.textContent ?? ""));
          for (const end of ends) if (!plotTexts.includes(squeezed(end))) throw new Error(`${where}: the end label "${end}" is missing (${warnings.join("; ")})`);
          const text = svgTextBoxes(svg, lang === "ar" || lang === "zh" ? lang : undefined);
          const problems = [...layoutProblems(text), ...markProblems(text.boxes, svgMarks(svg))];
          if (problems.length) throw new Error(`${where}: ${problems.join("; ")}`);
        }
      }
    }
  });
});
