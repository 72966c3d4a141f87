/**
 * The running death toll since the story's start date: a step line that rises on each incident's date,
 * each incident labelled from the data (numbered, with a key below, where the labels do not fit), the
 * final total labelled, and any tally the itemised incidents do not reach drawn as a dashed step.
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import type { Dataset } from "../data/types.js";
import { headlineFigures } from "../aggregate/headlineFigures.js";
import { runningToll, type TollStep } from "../aggregate/runningToll.js";
import { colors, formatCount, formatDate, formatDay, layoutFor, phoneMaxWidth, type Layout } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { wrapText } from "../text/wrap.js";
import { labelMarks, placeLabel, type Label } from "./annotations.js";
import { frameText } from "./chartText.js";
import { monthTicks, utcDate } from "./dates.js";
import { frameChart, type KeyEntry } from "./frame.js";
import { nearestPoint, segmentBox, type Box, type Point } from "./labelPlacement.js";
import type { ChartOptions } from "./options.js";

const dotRadius = 4;

export function cumulativeDeathsChart(dataset: Dataset, { width, document, warn }: ChartOptions): SVGSVGElement {
  const layout = layoutFor(width, { fontEmbedded: dataset.story.embedFont });
  const phone = width <= phoneMaxWidth;
  const figures = headlineFigures(dataset);
  const steps = runningToll(dataset.incidents, dataset.categories);
  const since = utcDate(dataset.story.since);
  const asOf = utcDate(dataset.story.asOf);
  const total = steps.at(-1)?.total ?? 0;
  const { tally } = figures;

  // Scales are fixed here (not left to Plot) so labels can be placed in pixels before drawing.
  const plotWidth = width - 2 * layout.padding;
  const plotHeight = layout.plotHeight;
  const yMax = d3.scaleLinear().domain([0, Math.max(figures.killedAtLeast, 4) * 1.15]).nice(5).domain()[1]!;
  const yTicks = d3.ticks(0, yMax, phone ? 4 : 5).filter(Number.isInteger);
  const margin = {
    top: layout.label.lineHeight + 8,
    right: dotRadius + 4,
    bottom: 2 * layout.label.lineHeight + 8,
    left: Math.ceil(Math.max(...yTicks.map((t) => textWidth(formatCount(t), layout.label)))) + 8,
  };
  const x = d3.scaleUtc([since, asOf], [margin.left, plotWidth - margin.right]);
  const y = d3.scaleLinear([0, yMax], [plotHeight - margin.bottom, margin.top]);
  const at = (date: Date, value: number): Point => ({ x: x(date), y: y(value) });

  // The line starts at 0 on since and runs flat to asOf after the last incident.
  const points = [{ date: since, total: 0 }, ...steps.map((s) => ({ date: utcDate(s.date), total: s.total }))];
  if (+points.at(-1)!.date !== +asOf) points.push({ date: asOf, total });
  const xTicks = monthTicks(since, asOf, phone ? 4 : 8).filter(({ date, label: tick }) => {
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
  for (const p of [...points.slice(1), ...atLeast.slice(-1)]) {
    const { x: cx, y: cy } = at(p.date, p.total);
    obstacles.push(segmentBox(cx, cy, cx, cy, dotRadius + 1));
  }
  const bounds: Box = { left: margin.left, top: layout.label.lineHeight + 2, right: plotWidth, bottom: plotHeight - margin.bottom - 2 };

  // End labels: the itemised total near its line, then the tally's label above it, never below, so the
  // two read in the order of their values. Each is coloured like its line.
  const placeEndLabels = (taken: Box[]): { label: Label; color: string }[] | undefined => {
    const placed: { label: Label; color: string }[] = [];
    const leftFirst = (below: boolean) => (angle: number) => Math.abs(angle - Math.PI) * 10 + ((Math.sin(angle) > 0) === below ? 0 : 30);
    const place = (text: string, anchor: Point, color: string, below: boolean) => {
      const label = placeLabel([text], anchor, layout.labelStrong, taken, bounds, { penalty: leftFirst(below), maxDistance: 120, leaderFrom: 16 });
      if (label) placed.push({ label, color });
      return label;
    };
    const totalLabel = place(`${formatCount(total)} ${gap ? "in itemised incidents" : "killed"}`, at(asOf, total), colors.line, true);
    if (!totalLabel) return undefined;
    if (tally && gap) {
      const later = figures.itemisedKilled > figures.itemisedByTally!.killed ? " + later incidents" : "";
      const belowTotal = { left: -Infinity, right: Infinity, top: totalLabel.box.top, bottom: Infinity };
      taken.push(belowTotal);
      const tallyLabel = place(`At least ${formatCount(figures.killedAtLeast)} (${tally.label}${later})`, at(asOf, figures.killedAtLeast), colors.unattributed, false);
      taken.splice(taken.indexOf(belowTotal), 1);
      if (!tallyLabel) return undefined;
    }
    return placed;
  };

  // Each incident labelled from the data where all the labels fit (placed first: they need the space
  // near their steps); otherwise numbered markers and a key under the chart.
  const incidents = steps.map((step) => ({ step, anchor: at(utcDate(step.date), step.total) }));
  let endLabels: { label: Label; color: string }[] | undefined;
  let incidentLabels: Label[] | undefined;
  if (!phone) {
    const taken = [...obstacles];
    incidentLabels = labelIncidents(incidents, layout, plotWidth, taken, bounds);
    endLabels = incidentLabels && placeEndLabels(taken);
    if (!endLabels) incidentLabels = undefined;
  }
  let markers: Label[] = [];
  if (!incidentLabels) {
    const taken = [...obstacles];
    endLabels = placeEndLabels(taken);
    if (!endLabels) warn?.(`no clear spot for the total's label at ${width}px; it was left out`);
    markers = numberIncidents(incidents, layout, taken, bounds, (message) => warn?.(`${message} at ${width}px`));
  }
  const key: KeyEntry[] = incidentLabels ? [] : steps.map((step, i) => ({ marker: String(i + 1), text: incidentText(step) }));
  const ends = endLabels ?? [];

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
      Plot.text(["Deaths, running total"], { frameAnchor: "top-left", dx: -margin.left, dy: -margin.top, lineAnchor: "top", textAnchor: "start", fill: colors.muted }),
      Plot.axisX(xTicks.map((t) => t.date), { tickFormat: (d: Date) => xTicks.find((t) => +t.date === +d)!.label, tickSize: 5, tickPadding: 4, label: null, fill: colors.muted }),
      Plot.ruleY([0], { stroke: colors.axis }),
      Plot.line(atLeast, { x: "date", y: "total", curve: "step-after", stroke: colors.unattributed, strokeWidth: 2, strokeDasharray: "4,3" }),
      Plot.dot(atLeast.slice(-1), { x: "date", y: "total", r: dotRadius, stroke: colors.unattributed, strokeWidth: 2, fill: colors.background }),
      Plot.line(points, { x: "date", y: "total", curve: "step-after", stroke: colors.line, strokeWidth: 2.5 }),
      // A dot on each incident's step, and at asOf where the line ends.
      Plot.dot(points.slice(1), { x: "date", y: "total", r: dotRadius, fill: colors.line, stroke: colors.background, strokeWidth: 1.5 }),
      ...labelMarks([...ends.map((e) => e.label), ...(incidentLabels ?? []), ...markers], margin, { x: x.invert, y: y.invert }, {
        color: (label) => ends.find((e) => e.label === label)?.color ?? label.style.color,
        leaderColor: colors.muted,
        dotRadius,
      }),
    ],
  }) as SVGSVGElement;

  const frame = frameText(dataset, figures, "cumulative-deaths", `shown as a dashed step on ${tally ? formatDate(tally.asOf) : ""}`);
  return frameChart(document, layout, { ...frame, key }, plot);
}

/** "26 Nov: 3 Chinese workers killed in attack on camp" (incidents on one date joined). */
function incidentText(step: TollStep): string {
  return `${formatDay(step.date)}: ${step.incidents.map((i) => i.label).join("; ")}`;
}

/** A wrapped label beside each incident's step, or undefined if any one has no clear spot. */
function labelIncidents(incidents: { step: TollStep; anchor: Point }[], layout: Layout, plotWidth: number, obstacles: Box[], bounds: Box): Label[] | undefined {
  const labels: Label[] = [];
  const maxWidth = Math.min(250, plotWidth / 2.4);
  // Above the line is where the chart is empty; below-right of a step is the flat line that follows it.
  // A spot nearer another incident's step than its own would be read as that one's label.
  const distanceTo = (box: Box, p: Point) => Math.hypot(nearestPoint(box, p).x - p.x, nearestPoint(box, p).y - p.y);
  for (const { step, anchor } of incidents) {
    const penalty = (angle: number, box: Box) =>
      (Math.sin(angle) > 0.1 ? 40 : 0) +
      (Math.cos(angle) > 0.1 ? 10 : 0) +
      (incidents.some((other) => other.anchor !== anchor && distanceTo(box, other.anchor) < distanceTo(box, anchor)) ? 80 : 0);
    const label = placeLabel(wrapText(incidentText(step), maxWidth, layout.annotation), anchor, layout.annotation, obstacles, bounds, { penalty });
    if (!label) return undefined;
    labels.push(label);
  }
  return labels;
}

/** A small number beside each incident's step, matching the key under the chart. */
function numberIncidents(
  incidents: { step: TollStep; anchor: Point }[],
  layout: Layout,
  obstacles: Box[],
  bounds: Box,
  warn: (message: string) => void
): Label[] {
  const style = { ...layout.annotation, weight: "bold" as const, color: colors.muted };
  const labels: Label[] = [];
  incidents.forEach(({ anchor }, i) => {
    const label = placeLabel([String(i + 1)], anchor, style, obstacles, bounds, { minDistance: 3, maxDistance: 40, penalty: (a) => (Math.sin(a) > 0.1 ? 20 : 0) });
    if (label) labels.push(label);
    else warn(`no clear spot for the marker "${i + 1}"; it was left out`);
  });
  return labels;
}
