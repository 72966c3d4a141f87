/**
 * The running death toll since the story's start date: a step line that rises on each incident's date,
 * each incident labelled from the data (numbered, with a key below, where the labels do not fit), the
 * final total labelled, and any tally the itemised incidents do not reach drawn as a dashed step.
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import type { Dataset } from "../dataset/types.js";
import { headlineFigures } from "../figures/headlineFigures.js";
import { runningToll, type TollStep } from "../figures/runningToll.js";
import { editionOf } from "../editions/edition.js";
import { colors, layoutFor, marks, phoneMaxWidth, type Layout } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { wrapBalanced, wrapText } from "../text/wrap.js";
import { labelMarks, placeLabel, textBoxSize, type Label } from "./annotations.js";
import { frameText } from "./chartText.js";
import { annotatedSteps, incidentText } from "./incidentKey.js";
import { monthTicks, utcDate } from "./dates.js";
import { frameChart, type KeyEntry } from "./frame.js";
import { nearestPoint, placeNear, segmentBox, type Box, type Point } from "./labelPlacement.js";
import type { ChartOptions } from "./options.js";
import { rememberedPlot, type PlotDrawing } from "./plotMemo.js";

const { dotRadius } = marks;
const yTickPadding = dotRadius + 4;

export function cumulativeDeathsChart(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { width, document } = options;
  const layout = layoutFor(width, { fontEmbedded: dataset.story.embedFont, lang: editionOf(dataset).lang });
  const figures = headlineFigures(dataset);
  const edition = editionOf(dataset);
  // A retitled chart takes its plot again in watch mode (plotMemo.ts).
  const { plot, extra } = rememberedPlot(dataset, "cumulative-deaths", options, (warn) => drawRunningToll(dataset, layout, options, warn));
  const { tally } = figures;
  const frame = frameText(dataset, figures, "cumulative-deaths", edition.message("ui.note.gapShownAsStep", { tallyDate: tally ? edition.date(tally.asOf) : "" }));
  return frameChart(document, layout, { ...frame, key: extra.key, notes: [...extra.notes, ...frame.notes] }, plot);
}

/** The step line and its labels without the frame, with the key of numbered incidents and a note if not every incident is annotated. */
function drawRunningToll(dataset: Dataset, layout: Layout, { width, document }: ChartOptions, warn: (message: string) => void): PlotDrawing<{ key: KeyEntry[]; notes: string[] }> {
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
    // Tick labels keep clear of a dot on the axis (an incident on the first day): radius plus clearance.
    left: Math.ceil(Math.max(...yTicks.map((t) => textWidth(formatCount(t), layout.label)))) + yTickPadding + 2,
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
    // The dot's outline (radius plus half its stroke) and a px of clearance.
    obstacles.push(segmentBox(cx, cy, cx, cy, dotRadius + 2));
  }
  const bounds: Box = { left: margin.left, top: layout.label.lineHeight + 2, right: plotWidth, bottom: plotHeight - margin.bottom - 2 };

  // End labels state the totals: close to their own values, the tally's above the total's so the two
  // read in the order of their values, each coloured like its line.
  const placeEndLabels = (taken: Box[], problems: string[]) => {
    const placed: { label: Label; color: string }[] = [];
    // Where each line reaches its final level: its last rise (or the start, for a flat line).
    const levelFrom = (series: { date: Date; total: number }[]) => {
      const last = series.at(-1)!;
      const first = series.findIndex((p) => p.total === last.total);
      return x(series[Math.max(0, first)]!.date);
    };
    const place = (text: string, value: number, color: string, below: boolean, from: number, within: Box) => {
      // Beside the end of its line if there is room; else further off, with a short vertical leader.
      const nearLevel = (angle: number) => Math.abs(angle - Math.PI) * 12 + ((Math.sin(angle) > 0.1) === below ? 0 : 30);
      // Within 20 px a label reads as its line's without a leader; a shorter leader would be a stub.
      const options = { endOfLine: { below, from }, penalty: nearLevel, leaderFrom: 20, padding: marks.labelPadding, maxDistance: 140 };
      // On one line, or on two where that brings it nearer its line's end (a narrow chart's short last level).
      const style = layout.labelStrong;
      const variants = [[text], wrapBalanced(text, textWidth(text, style) * 0.6, style)].filter((lines, i) => i === 0 || lines.length === 2);
      const clearest = (candidates: string[][]) =>
        candidates
          .map((lines) => ({ lines, spot: placeNear(at(asOf, value), textBoxSize(lines, style).width, textBoxSize(lines, style).height, taken, within, options) }))
          .filter(({ spot }) => spot.clear)
          .reduce<{ lines: string[]; spot: { distance: number } } | undefined>((best, next) => (!best || next.spot.distance < best.spot.distance - 8 ? next : best), undefined);
      // A long label (a translation, a long tally name) that fits neither way: wrapped to annotation width.
      const nearest = clearest(variants) ?? clearest([wrapText(text, layout.annotationWidth, style)]);
      const label = nearest && placeLabel(nearest.lines, at(asOf, value), style, taken, within, options);
      if (label) placed.push({ label, color });
      else problems.push(`no clear spot for the label "${text}" at ${width}px; it was left out`);
      return label;
    };
    // The two labels read in the order of their values: the total's below the tally line's end, the tally's
    // above the total line's end and above the total's label.
    const totalBounds = gap ? { ...bounds, top: Math.max(bounds.top, y(figures.killedAtLeast) + 4) } : bounds;
    const totalLabel = place(edition.message(gap ? "ui.label.itemisedTotal" : "ui.label.killedTotal", { total }), total, colors.line, true, levelFrom(points), totalBounds);
    if (tally && gap) {
      const later = figures.itemisedKilled > figures.itemisedByTally!.killed;
      const tallyBounds = { ...bounds, bottom: Math.min(bounds.bottom, y(total) - 4, totalLabel?.box.top ?? Infinity) };
      place(edition.message(later ? "ui.label.atLeastWithLater" : "ui.label.atLeast", { killedAtLeast: figures.killedAtLeast, tally: tally.label }), figures.killedAtLeast, colors.unattributed, false, levelFrom(atLeast), tallyBounds);
    }
    return placed;
  };

  // Each incident labelled from the data where its label fits (never on phones); the rest numbered, with
  // a key under the chart. Up to three orders are tried (end labels first, incident labels first, end
  // labels first leaving room for numbers) and the one with fewest problems, then most labels, is kept.
  // The deadliest days only, in a long-running story (charts/incidentKey.ts; the map reuses the numbers).
  const incidents = annotatedSteps(steps, layout.maxAnnotations)
    .map((step) => ({ step, anchor: at(utcDate(step.date), step.total), text: incidentText(step, dataset.incidents, edition) }));
  // Room for a number just below each incident's dot, kept free while end labels are placed (one order
  // below): a long end label can otherwise take the only spot a nearby incident's number had.
  const roomForNumbers = incidents.map(({ anchor }) => ({
    left: anchor.x - 8,
    right: anchor.x + 8,
    top: anchor.y + dotRadius + 2,
    bottom: anchor.y + dotRadius + 2 + layout.annotation.lineHeight,
  }));
  const annotate = (order: "ends first" | "incidents first" | "ends first, leaving room for numbers") => {
    const taken = [...obstacles];
    const problems: string[] = [];
    const endsFirst = order !== "incidents first";
    if (order === "ends first, leaving room for numbers") taken.push(...roomForNumbers);
    const ends = endsFirst ? placeEndLabels(taken, problems) : [];
    for (const room of roomForNumbers) if (taken.includes(room)) taken.splice(taken.indexOf(room), 1);
    const labelled = phone ? [] : labelIncidents(incidents, layout, taken, bounds);
    const endLabels = endsFirst ? ends : placeEndLabels(taken, problems);
    const numbered = incidents.filter((_, i) => !labelled[i]);
    const markers = numberIncidents(numbered, layout, taken, bounds, (message) => problems.push(`${message} at ${width}px`));
    return { endLabels, labelled: labelled.filter((l) => l !== undefined), numbered, markers, problems };
  };
  // The other orders can only win with fewer problems or fewer numbered incidents; when the first has
  // neither (on phones every incident is numbered either way), trying them is wasted time.
  const first = annotate("ends first");
  const unbeatable = first.problems.length === 0 && (phone || first.numbered.length === 0);
  const candidates = unbeatable ? [first] : [first, annotate("incidents first"), annotate("ends first, leaving room for numbers")];
  const { endLabels, labelled, numbered, markers, problems } = candidates.reduce((best, next) =>
    next.problems.length < best.problems.length || (next.problems.length === best.problems.length && next.numbered.length < best.numbered.length) ? next : best
  );
  for (const problem of problems) warn(problem);
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
      Plot.axisY(yTicks, { tickSize: 0, tickPadding: yTickPadding, tickFormat: formatCount, label: null, fill: colors.muted }),
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

  const capNote = steps.length > incidents.length ? [edition.message("ui.note.annotatedDeadliest", { shown: incidents.length, days: steps.length })] : [];
  return { plot, extra: { key, notes: capNote } };
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
