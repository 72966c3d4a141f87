/**
 * The running death toll since the story's start date: a step line that rises on each incident's date,
 * each incident labelled from the data (numbered, with a key below, where the labels do not fit), the
 * final total labelled, and any tally the itemised incidents do not reach drawn as a dashed step.
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import type { IncidentTable } from "../data/incidentTable.js";
import type { Dataset } from "../data/types.js";
import { headlineFigures } from "../aggregate/headlineFigures.js";
import { runningToll, type TollStep } from "../aggregate/runningToll.js";
import { editionOf, type Edition } from "../editions/edition.js";
import { colors, layoutFor, marks, phoneMaxWidth, type Layout } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { wrapText } from "../text/wrap.js";
import { labelMarks, placeLabel, type Label } from "./annotations.js";
import { frameText } from "./chartText.js";
import { monthTicks, utcDate } from "./dates.js";
import { frameChart, type KeyEntry } from "./frame.js";
import { nearestPoint, segmentBox, type Box, type Point } from "./labelPlacement.js";
import type { ChartOptions } from "./options.js";

const { dotRadius } = marks;

export function cumulativeDeathsChart(dataset: Dataset, { width, document, warn }: ChartOptions): SVGSVGElement {
  const layout = layoutFor(width, { fontEmbedded: dataset.story.embedFont, lang: editionOf(dataset).lang });
  const phone = width <= phoneMaxWidth;
  const figures = headlineFigures(dataset);
  const steps = runningToll(dataset.incidents, dataset.categories);
  const since = utcDate(dataset.story.since);
  const asOf = utcDate(dataset.story.asOf);
  const total = steps.at(-1)?.total ?? 0;
  const { tally } = figures;
  // The edition writes every number, date and word of chart furniture (English unless translated).
  const edition = editionOf(dataset);
  const formatCount = edition.count;

  // Scales are fixed here (not left to Plot) so labels can be placed in pixels before drawing.
  const plotWidth = width - 2 * layout.padding;
  const plotHeight = layout.plotHeight;
  const yMax = d3.scaleLinear().domain([0, Math.max(figures.killedAtLeast, 4) * 1.15]).nice(5).domain()[1]!;
  const yTicks = d3.ticks(0, yMax, layout.maxTicks.y).filter(Number.isInteger);
  const margin = {
    top: layout.label.lineHeight + 8,
    right: dotRadius + 14, // room for a step marker beside the last step
    bottom: 2 * layout.label.lineHeight + 8,
    left: Math.ceil(Math.max(...yTicks.map((t) => textWidth(formatCount(t), layout.label)))) + 8,
  };
  const x = d3.scaleUtc([since, asOf], [margin.left, plotWidth - margin.right]);
  const y = d3.scaleLinear([0, yMax], [plotHeight - margin.bottom, margin.top]);
  const at = (date: Date, value: number): Point => ({ x: x(date), y: y(value) });

  // The line starts at 0 on since and runs flat to asOf after the last incident.
  const points = [{ date: since, total: 0 }, ...steps.map((s) => ({ date: utcDate(s.date), total: s.total }))];
  if (+points.at(-1)!.date !== +asOf) points.push({ date: asOf, total });
  const xTicks = monthTicks(since, asOf, layout.maxTicks.x, edition.month).filter(({ date, label: tick }) => {
    const half = Math.max(...tick.split("\n").map((line) => textWidth(line, layout.label))) / 2;
    return x(date) - half >= -layout.padding && x(date) + half <= plotWidth;
  });

  // The tally's unitemised deaths happened on or before its date: a dashed line steps up there and runs
  // above the itemised line to asOf, so "at least" stays true as later incidents are added.
  const gap = tally && figures.itemisedByTally ? figures.unitemisedKilled : 0;
  const atLeast = tally && gap
    ? [
        { date: utcDate(tally.asOf), total: figures.itemisedByTally!.killed },
        ...points.filter((p) => p.date >= utcDate(tally.asOf)).map((p) => ({ date: p.date, total: p.total + gap })),
      ]
    : [];
  if (atLeast.length && +atLeast.at(-1)!.date !== +asOf) atLeast.push({ date: asOf, total: total + gap });
  if (atLeast.length && +atLeast[1]!.date !== +atLeast[0]!.date) atLeast.splice(1, 0, { date: atLeast[0]!.date, total: atLeast[0]!.total + gap });

  // Everything drawn is an obstacle for labels: both lines and their dots.
  const obstacles: Box[] = [];
  for (const series of [points, atLeast]) {
    series.slice(1).forEach((p, i) => {
      const a = at(series[i]!.date, series[i]!.total);
      const b = at(p.date, p.total);
      obstacles.push(segmentBox(a.x, a.y, b.x, a.y), segmentBox(b.x, a.y, b.x, b.y));
    });
  }
  for (const p of [...steps.map((st) => ({ date: utcDate(st.date), total: st.total })), ...atLeast.slice(-1)]) {
    const { x: cx, y: cy } = at(p.date, p.total);
    obstacles.push(segmentBox(cx, cy, cx, cy, dotRadius + 1));
  }
  const bounds: Box = { left: margin.left, top: layout.label.lineHeight + 2, right: plotWidth, bottom: plotHeight - margin.bottom - 2 };

  // End labels state the totals: close to their own values, the tally's above the total's so the two
  // read in the order of their values, each coloured like its line.
  const placeEndLabels = (taken: Box[], problems: string[]) => {
    const placed: { label: Label; color: string }[] = [];
    const nearLevel = (below: boolean) => (angle: number) => Math.abs(angle - Math.PI) * 12 + ((Math.sin(angle) > 0.1) === below ? 0 : 30);
    const place = (text: string, value: number, color: string, below: boolean) => {
      // Beside its value if there is room; else further out, with a leader.
      const options = { penalty: nearLevel(below), leaderFrom: 14, padding: marks.labelPadding };
      // On one line if it fits; a longer label (a translation, a long tally name) wrapped to annotation width.
      const wrapped = wrapText(text, layout.annotationWidth, layout.labelStrong);
      const label =
        placeLabel([text], at(asOf, value), layout.labelStrong, taken, bounds, { ...options, maxDistance: 2 * layout.labelStrong.lineHeight }) ??
        placeLabel([text], at(asOf, value), layout.labelStrong, taken, bounds, { ...options, maxDistance: 140 }) ??
        (wrapped.length > 1 ? placeLabel(wrapped, at(asOf, value), layout.labelStrong, taken, bounds, { ...options, maxDistance: 140 }) : undefined);
      if (label) placed.push({ label, color });
      else problems.push(`no clear spot for the label "${text}" at ${width}px; it was left out`);
      return label;
    };
    const totalLabel = place(edition.message(gap ? "ui.label.itemisedTotal" : "ui.label.killedTotal", { total }), total, colors.line, true);
    if (tally && gap) {
      const later = figures.itemisedKilled > figures.itemisedByTally!.killed;
      const belowTotal = { left: -Infinity, right: Infinity, top: totalLabel?.box.top ?? Infinity, bottom: Infinity };
      taken.push(belowTotal);
      place(edition.message(later ? "ui.label.atLeastWithLater" : "ui.label.atLeast", { killedAtLeast: figures.killedAtLeast, tally: tally.label }), figures.killedAtLeast, colors.unattributed, false);
      taken.splice(taken.indexOf(belowTotal), 1);
    }
    return placed;
  };

  // Each incident labelled from the data where its label fits (never on phones); the rest numbered, with
  // a key under the chart. Two orders are tried (end labels first, or incident labels first) and the one
  // that labels more incidents without losing an end label is kept.
  // A long-running story has more steps than a chart can annotate: the deadliest days get annotations
  // (ties go to the later day), so the chart and its key stay the same size however much data there is.
  const annotatedSteps = new Set(
    [...steps].sort((a, b) => b.killed - a.killed || b.date.localeCompare(a.date)).slice(0, layout.maxAnnotations)
  );
  const incidents = steps
    .filter((step) => annotatedSteps.has(step))
    .map((step) => ({ step, anchor: at(utcDate(step.date), step.total), text: incidentText(step, dataset.incidents, edition) }));
  const annotate = (endsFirst: boolean) => {
    const taken = [...obstacles];
    const problems: string[] = [];
    const ends = endsFirst ? placeEndLabels(taken, problems) : [];
    const labelled = phone ? [] : labelIncidents(incidents, layout, taken, bounds);
    const endLabels = endsFirst ? ends : placeEndLabels(taken, problems);
    const numbered = incidents.filter((_, i) => !labelled[i]);
    const markers = numberIncidents(numbered, layout, taken, bounds, (message) => problems.push(`${message} at ${width}px`));
    return { endLabels, labelled: labelled.filter((l) => l !== undefined), numbered, markers, problems };
  };
  // The second order can only win with fewer problems or fewer numbered incidents; when the first has
  // neither (on phones every incident is numbered either way), trying it is wasted time.
  const first = annotate(true);
  const unbeatable = first.problems.length === 0 && (phone || first.numbered.length === 0);
  const candidates = unbeatable ? [first] : [first, annotate(false)];
  const { endLabels, labelled, numbered, markers, problems } = candidates.reduce((best, next) =>
    next.problems.length < best.problems.length || (next.problems.length === best.problems.length && next.numbered.length < best.numbered.length) ? next : best
  );
  for (const problem of problems) warn?.(problem);
  const key: KeyEntry[] = numbered.map(({ text }, i) => ({ marker: String(i + 1), text }));

  const plot = Plot.plot({
    document,
    width: plotWidth,
    height: plotHeight,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: "utc", domain: [since, asOf], range: x.range() },
    y: { domain: [0, yMax], range: y.range() },
    marks: [
      Plot.gridY(yTicks, { stroke: colors.grid, strokeOpacity: 1 }),
      Plot.axisY(yTicks, { tickSize: 0, tickPadding: 6, tickFormat: formatCount, label: null, fill: colors.muted }),
      Plot.text([edition.message("ui.axis.runningTotal")], { frameAnchor: "top-left", dx: -margin.left, dy: -margin.top, lineAnchor: "top", textAnchor: "start", fill: colors.muted }),
      Plot.axisX(xTicks.map((t) => t.date), { tickFormat: (d: Date) => xTicks.find((t) => +t.date === +d)!.label, tickSize: 5, tickPadding: 4, label: null, fill: colors.muted }),
      Plot.ruleY([0], { stroke: colors.axis }),
      Plot.line(atLeast, { x: "date", y: "total", curve: "step-after", stroke: colors.unattributed, strokeWidth: marks.tallyLineWidth, strokeDasharray: marks.dash }),
      Plot.dot(atLeast.slice(-1), { x: "date", y: "total", r: dotRadius, stroke: colors.unattributed, strokeWidth: marks.tallyLineWidth, fill: colors.background }),
      Plot.line(points, { x: "date", y: "total", curve: "step-after", stroke: colors.line, strokeWidth: marks.lineWidth }),
      // A dot on each incident's step; the line's end needs none (a dot there would read as an incident).
      Plot.dot(incidents, { x: (d: { step: TollStep }) => utcDate(d.step.date), y: (d: { step: TollStep }) => d.step.total, r: dotRadius, fill: colors.line, stroke: colors.background, strokeWidth: 1.5 }),
      ...labelMarks([...endLabels.map((e) => e.label), ...labelled, ...markers], { x: x.invert, y: y.invert }, {
        color: (label) => endLabels.find((e) => e.label === label)?.color ?? label.style.color,
        halo: colors.background,
        leaderColor: colors.muted,
        dotRadius,
      }),
    ],
  }) as SVGSVGElement;

  const frame = frameText(dataset, figures, "cumulative-deaths", edition.message("ui.note.gapShownAsStep", { tallyDate: tally ? edition.date(tally.asOf) : "" }));
  const capNote = steps.length > incidents.length ? [edition.message("ui.note.annotatedDeadliest", { shown: incidents.length, days: steps.length })] : [];
  return frameChart(document, layout, { ...frame, key, notes: [...capNote, ...frame.notes] }, plot);
}

/** "26 Nov: 3 Chinese workers killed in attack on camp"; two incidents on one date joined, more counted. */
function incidentText(step: TollStep, incidents: IncidentTable, edition: Edition): string {
  const what =
    step.rows.length <= 2
      ? step.rows.map((row) => incidents.label(row)).join(edition.message("ui.label.incidentSeparator"))
      : edition.message("ui.label.manyIncidents", { incidents: step.rows.length, killed: step.killed });
  return edition.message("ui.label.incident", { day: edition.day(step.date), what });
}

/**
 * A wrapped label beside each incident's step where one fits clear of everything, nearest its own step
 * (a spot nearer another step would be read as that one's); undefined where none does.
 */
function labelIncidents(incidents: { step: TollStep; anchor: Point; text: string }[], layout: Layout, obstacles: Box[], bounds: Box): (Label | undefined)[] {
  const distanceTo = (box: Box, p: Point) => Math.hypot(nearestPoint(box, p).x - p.x, nearestPoint(box, p).y - p.y);
  return incidents.map(({ anchor, text }) => {
    // Above the line is where the chart is empty; below-right of a step is the flat line that follows it.
    const penalty = (angle: number, box: Box) =>
      (Math.sin(angle) > 0.1 ? 40 : 0) +
      (Math.cos(angle) > 0.1 ? 10 : 0) +
      (incidents.some((other) => other.anchor !== anchor && distanceTo(box, other.anchor) < distanceTo(box, anchor) + 12) ? 80 : 0);
    const lines = wrapText(text, layout.annotationWidth, layout.annotation);
    return placeLabel(lines, anchor, layout.annotation, obstacles, bounds, { penalty, padding: marks.labelPadding });
  });
}

/**
 * A small number beside each remaining incident's step, matching the key under the chart: close by if
 * there is room, else further out with a leader. A number with nowhere clear still goes next to its
 * step (the key must never list a number the chart lacks), with a warning.
 */
function numberIncidents(
  incidents: { step: TollStep; anchor: Point; text: string }[],
  layout: Layout,
  obstacles: Box[],
  bounds: Box,
  warn: (message: string) => void
): Label[] {
  const style = { ...layout.annotation, weight: "bold" as const, color: colors.muted };
  const up = (angle: number) => (Math.sin(angle) > 0.1 ? 20 : 0);
  return incidents.map(({ anchor }, i) => {
    const text = [String(i + 1)];
    const label =
      placeLabel(text, anchor, style, obstacles, bounds, { minDistance: 3, maxDistance: 11, penalty: up, leaderFrom: 12, padding: 1 }) ??
      placeLabel(text, anchor, style, obstacles, bounds, { minDistance: 3, maxDistance: 140, penalty: up, leaderFrom: 6, padding: 1 });
    if (label) return label;
    warn(`no clear spot for the marker "${i + 1}"; it may overlap`);
    return placeLabel(text, anchor, style, [], bounds, { minDistance: 3, maxDistance: 40 })!;
  });
}
