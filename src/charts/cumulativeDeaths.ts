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
import { annotatedSteps, dayMarker, incidentNumbers, incidentText } from "./incidentKey.js";
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
  // Each annotated day's marker is its incidents' numbers, the ones the map, its key and its alt text use
  // (charts/incidentKey.ts). The deadliest days only, in a long-running story.
  const numberOf = incidentNumbers(steps);
  const annotated = annotatedSteps(steps, layout.maxAnnotations).map((step) => ({ step, marker: dayMarker(step, numberOf) }));
  const lastMarker = annotated.at(-1)?.step === steps.at(-1) ? annotated.at(-1)!.marker : "";
  const margin = {
    top: layout.label.lineHeight + 8,
    // Room for a step marker beside the last step ("10" or "9, 10" on a day at the very end needs more).
    right: dotRadius + Math.max(14, Math.ceil(textWidth(lastMarker, markerStyle(layout))) + 6),
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
      // The leader is drawn from past the anchor's dot (labelMarks), so only from there must it be clear.
      const options = { endOfLine: { below, from }, penalty: nearLevel, leaderFrom: 20, leaderStart: dotRadius + 2, padding: marks.labelPadding, maxDistance: 140 };
      // On one line, or on two where that brings it nearer its line's end (a narrow chart's short last level).
      const style = layout.labelStrong;
      const variants = [[text], wrapBalanced(text, textWidth(text, style) * 0.6, style)].filter((lines, i) => i === 0 || lines.length === 2);
      const clearest = (candidates: string[][], tried: typeof options) =>
        candidates
          .map((lines) => ({ lines, spot: placeNear(at(asOf, value), textBoxSize(lines, style).width, textBoxSize(lines, style).height, taken, within, tried) }))
          .filter(({ spot }) => spot.clear)
          .reduce<{ lines: string[]; spot: { distance: number } } | undefined>((best, next) => (!best || next.spot.distance < best.spot.distance - 8 ? next : best), undefined);
      // The headline figures are never left out: where incidents crowd the line's end, the leader may run
      // closer past their dots, then the label may go anywhere in the plot (incident labels give way later).
      const tries = [options, { ...options, leaderClearance: 0 }, { ...options, leaderClearance: 0, maxDistance: within.bottom - within.top + within.right - within.left }];
      let nearest: { lines: string[]; spot: { distance: number } } | undefined;
      let used = options;
      for (const tried of tries) {
        // A long label (a translation, a long tally name) that fits neither way: wrapped to annotation width.
        nearest = clearest(variants, tried) ?? clearest([wrapText(text, layout.annotationWidth, style)], tried);
        used = tried;
        if (nearest) break;
      }
      const label = nearest && placeLabel(nearest.lines, at(asOf, value), style, taken, within, used);
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
  // a key under the chart. Up to four orders are tried (end labels first, incident labels first, end
  // labels first leaving room for numbers, end labels then numbers then labels) and the one that keeps
  // both end labels, then has fewest problems, then most labels, is kept.
  const incidents = annotated.map(({ step, marker }) => ({ step, anchor: at(utcDate(step.date), step.total), text: incidentText(step, dataset.incidents, edition), marker }));
  // Room for a number just below each incident's dot, kept free while end labels are placed (one order
  // below): a long end label can otherwise take the only spot a nearby incident's number had.
  const roomForNumbers = incidents.map(({ anchor }) => ({
    left: anchor.x - 8,
    right: anchor.x + 8,
    top: anchor.y + dotRadius + 2,
    bottom: anchor.y + dotRadius + 2 + layout.annotation.lineHeight,
  }));
  type Order = "ends first" | "incidents first" | "ends first, leaving room for numbers" | "ends, numbers, then labels";
  const annotate = (order: Order) => {
    const taken = [...obstacles];
    const problems: string[] = [];
    if (order === "ends, numbers, then labels") return numbersBeforeLabels(taken, problems);
    const endsFirst = order !== "incidents first";
    if (order === "ends first, leaving room for numbers") taken.push(...roomForNumbers);
    const ends = endsFirst ? placeEndLabels(taken, problems) : [];
    for (const room of roomForNumbers) if (taken.includes(room)) taken.splice(taken.indexOf(room), 1);
    const labelled = phone ? [] : labelIncidents(incidents, layout, taken, bounds);
    const endLabels = endsFirst ? ends : placeEndLabels(taken, problems);
    const numbered = incidents.filter((_, i) => !labelled[i]);
    const endsLeftOut = problems.length;
    const markers = numberIncidents(numbered, layout, taken, bounds, (message) => problems.push(`${message} at ${width}px`));
    return { endLabels, labelled: labelled.filter((l) => l !== undefined), numbered, markers, problems, endsLeftOut };
  };
  // Where labels crowd the numbers out (a late cluster at full width), every incident's number is placed
  // right after the end labels, as on a phone; then each incident whose label still fits gives up its number.
  const numbersBeforeLabels = (taken: Box[], problems: string[]) => {
    const endLabels = placeEndLabels(taken, problems);
    const endsLeftOut = problems.length;
    const numbers = incidents.map((incident) => {
      const before = taken.length;
      const warnings: string[] = [];
      const [marker] = numberIncidents([incident], layout, taken, bounds, (message) => warnings.push(`${message} at ${width}px`));
      return { marker: marker!, boxes: taken.slice(before), warnings };
    });
    const labelled = incidents.map((incident, i) => {
      if (phone) return undefined;
      const { boxes } = numbers[i]!;
      for (const box of boxes) taken.splice(taken.indexOf(box), 1);
      const label = labelIncident(incident, incidents, layout, taken, bounds);
      if (!label) taken.push(...boxes);
      return label;
    });
    const kept = numbers.filter((_, i) => !labelled[i]);
    problems.push(...kept.flatMap((n) => n.warnings));
    return { endLabels, labelled: labelled.filter((l) => l !== undefined), numbered: incidents.filter((_, i) => !labelled[i]), markers: kept.map((n) => n.marker), problems, endsLeftOut };
  };
  // The other orders can only win with fewer problems or fewer numbered incidents; when the first has
  // neither (on phones every incident is numbered either way), trying them is wasted time. An order that
  // leaves out an end label never wins over one that keeps both: the headline figures are not what gives.
  const first = annotate("ends first");
  const unbeatable = first.problems.length === 0 && (phone || first.numbered.length === 0);
  const candidates = unbeatable ? [first] : [first, annotate("incidents first"), annotate("ends first, leaving room for numbers"), annotate("ends, numbers, then labels")];
  const rank = (c: typeof first) => [c.endsLeftOut, c.problems.length, c.numbered.length];
  const { endLabels, labelled, numbered, markers, problems } = candidates.reduce((best, next) => {
    const [a, b] = [rank(next), rank(best)];
    const i = a.findIndex((value, k) => value !== b[k]);
    return i >= 0 && a[i]! < b[i]! ? next : best;
  });
  for (const problem of problems) warn(problem);
  const key: KeyEntry[] = numbered.map(({ text, marker }) => ({ marker, text }));

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

/** An incident's number on the chart: bold, muted, at annotation size. */
const markerStyle = (layout: Layout) => ({ ...layout.annotation, weight: "bold" as const, color: colors.muted });

type Annotated = { step: TollStep; anchor: Point; text: string; marker: string };

/**
 * A wrapped label beside each incident's step where one fits clear of everything, nearest its own step
 * (a spot nearer another step would be read as that one's); undefined where none does.
 */
function labelIncidents(incidents: Annotated[], layout: Layout, obstacles: Box[], bounds: Box): (Label | undefined)[] {
  return incidents.map((incident) => labelIncident(incident, incidents, layout, obstacles, bounds));
}

function labelIncident({ anchor, text }: Annotated, incidents: Annotated[], layout: Layout, obstacles: Box[], bounds: Box): Label | undefined {
  const distanceTo = (box: Box, p: Point) => Math.hypot(nearestPoint(box, p).x - p.x, nearestPoint(box, p).y - p.y);
  // Above the line is where the chart is empty; below-right of a step is the flat line that follows it.
  const penalty = (angle: number, box: Box) =>
    (Math.sin(angle) > 0.1 ? 40 : 0) +
    (Math.cos(angle) > 0.1 ? 10 : 0) +
    (incidents.some((other) => other.anchor !== anchor && distanceTo(box, other.anchor) < distanceTo(box, anchor) + 12) ? 80 : 0);
  const lines = wrapText(text, layout.annotationWidth, layout.annotation);
  return placeLabel(lines, anchor, layout.annotation, obstacles, bounds, { penalty, padding: marks.labelPadding });
}

/**
 * A small number beside each remaining incident's step, matching the key under the chart: close by if
 * there is room, else further out with a leader. A number with nowhere clear still goes next to its
 * step (the key must never list a number the chart lacks), with a warning.
 */
function numberIncidents(
  incidents: Annotated[],
  layout: Layout,
  obstacles: Box[],
  bounds: Box,
  warn: (message: string) => void
): Label[] {
  const style = markerStyle(layout);
  const up = (angle: number) => (Math.sin(angle) > 0.1 ? 20 : 0);
  return incidents.map(({ anchor, marker }) => {
    const text = [marker];
    // A leader is drawn from past the dot (labelMarks): only from there must it be clear. In a cluster of
    // dots, a leader may pass closer to the others before a number is given up.
    const leader = { leaderStart: dotRadius + 2, padding: 1, penalty: up, minDistance: 3 };
    const label =
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 11, leaderFrom: 12 }) ??
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6 }) ??
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6, leaderClearance: 0 }) ??
      // Dots closer than their diameter (days apart at full width): a leader may graze the next dot's halo.
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6, leaderClearance: -2 });
    if (label) return label;
    warn(`no clear spot for the marker "${marker}"; it may overlap`);
    return placeLabel(text, anchor, style, [], bounds, { minDistance: 3, maxDistance: 40 })!;
  });
}
