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
import { colors, inWeight, layoutFor, marks, phoneMaxWidth, type Layout } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { wrapBalanced, wrapText } from "../text/wrap.js";
import { labelMarks, leaderEndOf, placeLabel, textBoxSize, type Label } from "./annotations.js";
import { frameText } from "./chartText.js";
import { annotatedSteps, dayMarker, incidentNumbers, incidentText, numberRuns } from "./incidentKey.js";
import { monthTicks, utcDate } from "./dates.js";
import { frameChart, type KeyEntry } from "./frame.js";
import { inside, nearestPoint, overlaps, placeNear, segmentBox, type Box, type Point } from "./labelPlacement.js";
import type { ChartOptions } from "./options.js";
import { rememberedPlot, type PlotDrawing } from "./plotMemo.js";

const { dotRadius } = marks;
const yTickPadding = dotRadius + 4;

export function cumulativeDeathsChart(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { width, document } = options;
  const laidOut = layoutFor(width, { fontEmbedded: dataset.story.embedFont, lang: editionOf(dataset).lang });
  const layout = options.plotHeight === undefined ? laidOut : { ...laidOut, plotHeight: options.plotHeight };
  const figures = headlineFigures(dataset);
  const edition = editionOf(dataset);
  // A retitled chart takes its plot again in watch mode (plotMemo.ts).
  const { plot, extra } = rememberedPlot(dataset, "cumulative-deaths", options, (warn) => drawRunningToll(dataset, layout, options, warn));
  const { tally } = figures;
  const frame = frameText(dataset, figures, "cumulative-deaths", edition.message("ui.note.gapShownAsStep", { tallyDate: tally ? edition.date(tally.asOf) : "" }));
  return (options.frame ?? frameChart)(document, layout, { ...frame, key: extra.key, notes: [...extra.notes, ...frame.notes] }, plot);
}

/** An end label listed in the key for want of room, and the problem a chart without a key for it says. */
type Keyed = { entry: KeyEntry; problem: string };

/** The step line and its labels without the frame, with the key of numbered incidents and a note if not every incident is annotated. */
function drawRunningToll(dataset: Dataset, layout: Layout, { width, document, labelsToKey }: ChartOptions, warn: (message: string) => void): PlotDrawing<{ key: KeyEntry[]; notes: string[] }> {
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
  const margin = {
    top: layout.label.lineHeight + 8,
    right: dotRadius + 14, // room for a step marker beside the last step (widened below for a wide one)
    bottom: 2 * layout.label.lineHeight + 8,
    // Tick labels keep clear of a dot on the axis (an incident on the first day): radius plus clearance.
    left: Math.ceil(Math.max(...yTicks.map((t) => textWidth(formatCount(t), layout.label)))) + yTickPadding + 2,
  };
  const y = d3.scaleLinear([0, yMax], [plotHeight - margin.bottom, margin.top]);
  // A last marker wider than a digit ("10", "9, 10", a clump's "5–7") gets room beside the last step: its
  // clump worked out on the narrower scale first (widening moves the dots by a px or two at most).
  const narrower = d3.scaleUtc([since, asOf], [margin.left, plotWidth - margin.right]);
  const endClump = clumped(annotated.map(({ step, marker }) => ({ step, marker, text: "", anchor: { x: narrower(utcDate(step.date)), y: y(step.total) } })), numberOf).at(-1);
  const lastMarker = endClump?.of.at(-1)!.step === steps.at(-1) ? endClump!.marker : "";
  margin.right = dotRadius + Math.max(14, Math.ceil(textWidth(lastMarker, markerStyle(layout))) + 6);
  const x = d3.scaleUtc([since, asOf], [margin.left, plotWidth - margin.right]);
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
  // Where incidents crowd, a leader may pass closer to a dot than to a line or a label: a dot's box already
  // keeps 2 px round its outline. As a last resort it may graze that margin (a dot's fill stays clear).
  const dots = new Set<Box>();
  for (const p of [...steps.map((st) => ({ date: utcDate(st.date), total: st.total })), ...atLeast.slice(-1)]) {
    const { x: cx, y: cy } = at(p.date, p.total);
    // The dot's outline (radius plus half its stroke) and a px of clearance.
    const dot = segmentBox(cx, cy, cx, cy, dotRadius + 2);
    obstacles.push(dot);
    dots.add(dot);
  }
  const nearDots = (dotClearance: number) => (box: Box) => (dots.has(box) ? dotClearance : 2);
  const bounds: Box = { left: margin.left, top: layout.label.lineHeight + 2, right: plotWidth, bottom: plotHeight - margin.bottom - 2 };

  // End labels state the totals: close to their own values, the tally's above the total's so the two
  // read in the order of their values, each coloured like its line.
  // A label with no clear spot anywhere goes to `keyed`: listed in the key beside its line's look (labelsToKey),
  // with the problem it would otherwise be said as.
  const placeEndLabels = (taken: Box[], problems: string[], keyed: Keyed[]) => {
    // Strained: placed only by a fallback (further off, or with a leader past crowded dots).
    const placed: { label: Label; color: string; strained: boolean }[] = [];
    // Where each line reaches its final level: its last rise (or the start, for a flat line).
    const levelFrom = (series: { date: Date; total: number }[]) => {
      const last = series.at(-1)!;
      const first = series.findIndex((p) => p.total === last.total);
      return x(series[Math.max(0, first)]!.date);
    };
    // A line that rises on asOf itself (an incident that day): its last rise and the corner below it, which a
    // leader straight down from the line's end runs along.
    const riseAtEnd = (series: { date: Date; total: number }[]): Box | undefined => {
      const first = series.findIndex((p) => p.total === series.at(-1)!.total);
      if (first < 1 || x(series[first]!.date) < x(asOf) - 1) return undefined;
      // With the dots that touch it (incidents days before asOf, on a phone): the leader comes out of the clump.
      let region: Box = { left: x(asOf) - 4, right: x(asOf) + 4, top: y(series.at(-1)!.total), bottom: y(series[first - 1]!.total) + 4 };
      for (let grown = true; grown; ) {
        grown = false;
        for (const dot of dots) {
          if (!overlaps(dot, region) || inside(dot, region)) continue;
          region = { left: Math.min(region.left, dot.left), top: Math.min(region.top, dot.top), right: Math.max(region.right, dot.right), bottom: Math.max(region.bottom, dot.bottom) };
          grown = true;
        }
      }
      return region;
    };
    const place = (text: string, value: number, color: string, below: boolean, from: number, within: Box, rise?: Box, swatch?: { width: number; dash?: string }) => {
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
          .map((lines) => {
            const anchor = at(asOf, value);
            const { width, height } = textBoxSize(lines, style);
            // Its leader checked as placeLabel draws it: to the text, not the box's empty corner.
            return { lines, spot: placeNear(anchor, width, height, taken, within, { ...tried, leaderEnd: (box) => leaderEndOf({ lines, style, box, anchor }) }) };
          })
          .filter(({ spot }) => spot.clear)
          .reduce<{ lines: string[]; spot: { distance: number } } | undefined>((best, next) => (!best || next.spot.distance < best.spot.distance - 8 ? next : best), undefined);
      // The headline figures are never left out: where incidents crowd the line's end, the leader may run
      // closer past their dots, then the label may go anywhere in the plot (incident labels give way later).
      // Last, for a line that rises on asOf, the leader may run down along that rise and past its corner, as
      // close to other marks as to touch their boxes (which keep 2 px round a line).
      const anywhere = { ...options, leaderClearance: nearDots(0), maxDistance: within.bottom - within.top + within.right - within.left };
      const tries = [options, { ...options, leaderClearance: nearDots(0) }, anywhere, ...(rise ? [{ ...anywhere, leaderStartsOutside: rise, leaderClearance: 0 }] : [])];
      let nearest: { lines: string[]; spot: { distance: number } } | undefined;
      let used = options;
      for (const tried of tries) {
        // A long label (a translation, a long tally name) that fits neither way: wrapped to annotation width,
        // then narrower still (three short lines fit the pocket under a phone chart's last steps).
        nearest = clearest(variants, tried) ?? clearest([wrapText(text, layout.annotationWidth, style)], tried) ?? clearest([wrapText(text, layout.annotationWidth * 0.6, style)], tried);
        used = tried;
        if (nearest) break;
      }
      const label = nearest && placeLabel(nearest.lines, at(asOf, value), style, taken, within, used);
      if (label) placed.push({ label, color, strained: used !== options });
      else {
        const problem = `no clear spot for the label "${text}" at ${width}px; it was left out`;
        problems.push(problem);
        keyed.push({ problem, entry: { marker: "", text, label: { color, weight: style.weight, swatch: swatch ?? { width: marks.lineWidth } } } });
      }
      return label;
    };
    // The two labels read in the order of their values: the total's below the tally line's end, the tally's
    // above the total line's end and above the total's label.
    const totalBounds = gap ? { ...bounds, top: Math.max(bounds.top, y(figures.killedAtLeast) + 4) } : bounds;
    const totalLabel = place(edition.message(gap ? "ui.label.itemisedTotal" : "ui.label.killedTotal", { total }), total, colors.line, true, levelFrom(points), totalBounds, riseAtEnd(points), { width: marks.lineWidth });
    if (tally && gap) {
      const later = figures.itemisedKilled > figures.itemisedByTally!.killed;
      const tallyBounds = { ...bounds, bottom: Math.min(bounds.bottom, y(total) - 4, totalLabel?.box.top ?? Infinity) };
      place(edition.message(later ? "ui.label.atLeastWithLater" : "ui.label.atLeast", { killedAtLeast: figures.killedAtLeast, tally: tally.label }), figures.killedAtLeast, colors.unattributed, false, levelFrom(atLeast), tallyBounds, riseAtEnd(atLeast), { width: marks.tallyLineWidth, dash: marks.dash });
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
  // As wide as the number (a clump's "11–13" too), and at least 16 px.
  const roomForNumbers = clumped(incidents, numberOf).map(({ anchor, marker }) => ({
    left: anchor.x - Math.max(8, textWidth(marker, markerStyle(layout)) / 2 + 2),
    right: anchor.x + Math.max(8, textWidth(marker, markerStyle(layout)) / 2 + 2),
    top: anchor.y + dotRadius + 2,
    bottom: anchor.y + dotRadius + 2 + layout.annotation.lineHeight,
  }));
  type Order = "ends first" | "incidents first" | "ends first, leaving room for numbers" | "ends, numbers, then labels";
  const annotate = (order: Order) => {
    const taken = [...obstacles];
    const problems: string[] = [];
    const keyed: Keyed[] = [];
    if (order === "ends, numbers, then labels") return numbersBeforeLabels(taken, problems, keyed);
    const endsFirst = order !== "incidents first";
    if (order === "ends first, leaving room for numbers") taken.push(...roomForNumbers);
    const ends = endsFirst ? placeEndLabels(taken, problems, keyed) : [];
    for (const room of roomForNumbers) if (taken.includes(room)) taken.splice(taken.indexOf(room), 1);
    const labelled = phone ? [] : labelIncidents(incidents, layout, taken, bounds);
    const endLabels = endsFirst ? ends : placeEndLabels(taken, problems, keyed);
    const numbered = incidents.filter((_, i) => !labelled[i]);
    const endsLeftOut = problems.length;
    const markers = numberIncidents(clumped(numbered, numberOf), layout, taken, bounds, nearDots, (message) => problems.push(`${message} at ${width}px`));
    return { endLabels, labelled: labelled.filter((l) => l !== undefined), numbered, markers, problems, endsLeftOut, keyed };
  };
  // Where labels crowd the numbers out (a late cluster at full width), every incident's number is placed
  // right after the end labels, as on a phone; then each incident whose label still fits gives up its number.
  const numbersBeforeLabels = (taken: Box[], problems: string[], keyed: Keyed[]) => {
    const endLabels = placeEndLabels(taken, problems, keyed);
    const endsLeftOut = problems.length;
    // A clump's incidents share one number and are not labelled one by one.
    const numbers = clumped(incidents, numberOf).map((clump) => {
      const before = taken.length;
      const warnings: string[] = [];
      const [marker] = numberIncidents([clump], layout, taken, bounds, nearDots, (message) => warnings.push(`${message} at ${width}px`));
      return { clump, marker: marker!, boxes: taken.slice(before), warnings };
    });
    const labelled = numbers.map(({ clump, boxes }) => {
      if (phone || clump.of.length > 1) return undefined;
      const incident = clump.of[0]!;
      for (const box of boxes) taken.splice(taken.indexOf(box), 1);
      const label = labelIncident(incident, incidents, layout, taken, bounds);
      if (!label) taken.push(...boxes);
      return label;
    });
    const kept = numbers.filter((_, i) => !labelled[i]);
    problems.push(...kept.flatMap((n) => n.warnings));
    return { endLabels, labelled: labelled.filter((l) => l !== undefined), numbered: kept.flatMap((n) => n.clump.of), markers: kept.map((n) => n.marker), problems, endsLeftOut, keyed };
  };
  // The other orders can only win with fewer problems or fewer numbered incidents; when the first has
  // neither (on phones every incident is numbered either way), trying them is wasted time. An order that
  // leaves out an end label never wins over one that keeps both: the headline figures are not what gives.
  const first = annotate("ends first");
  const unbeatable = first.problems.length === 0 && (phone || first.numbered.length === 0);
  const candidates = unbeatable ? [first] : [first, annotate("incidents first"), annotate("ends first, leaving room for numbers"), annotate("ends, numbers, then labels")];
  // An end label placed only by a fallback is worse than an incident numbered in the key.
  const rank = (c: typeof first) => [c.endsLeftOut, c.problems.length, c.endLabels.filter((e) => e.strained).length, c.numbered.length];
  const { endLabels, labelled, numbered, markers, problems, keyed } = candidates.reduce((best, next) => {
    const [a, b] = [rank(next), rank(best)];
    const i = a.findIndex((value, k) => value !== b[k]);
    return i >= 0 && a[i]! < b[i]! ? next : best;
  });
  // An end label left out is a headline figure: on screen it is listed first in the key, by its line's look.
  const listed = labelsToKey ? keyed : [];
  for (const problem of problems) if (!listed.some((k) => k.problem === problem)) warn(problem);
  const key: KeyEntry[] = [...listed.map((k) => k.entry), ...numbered.map(({ text, marker }) => ({ marker, text }))];

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
 * Numbered days whose dots touch (days apart on a phone) cannot be told apart: one marker for the clump
 * ("11–13", or "11, 13" where a day between them is labelled or not annotated), beside its middle day;
 * the key still lists each day.
 */
function clumped(numbered: readonly Annotated[], numberOf: ReadonlyMap<number, number>): (Annotated & { of: Annotated[] })[] {
  const groups: Annotated[][] = [];
  for (const incident of numbered) {
    const last = groups.at(-1)?.at(-1);
    if (last && Math.hypot(incident.anchor.x - last.anchor.x, incident.anchor.y - last.anchor.y) < 2 * dotRadius + 3) groups.at(-1)!.push(incident);
    else groups.push([incident]);
  }
  return groups.map((of) => {
    if (of.length === 1) return { ...of[0]!, of };
    const numbers = of.flatMap((incident) => incident.step.rows.map((row) => numberOf.get(row)!));
    const contiguous = numbers.at(-1)! - numbers[0]! === numbers.length - 1;
    const middle = of[Math.floor((of.length - 1) / 2)]!;
    // A clump's marker stands for all its days: "11–13", or "194–198, 208–212" where days between are not annotated.
    return { ...middle, marker: contiguous ? `${numbers[0]}–${numbers.at(-1)}` : numberRuns(numbers), of };
  });
}

/** An incident's number on the chart: bold, muted, at annotation size. */
const markerStyle = (layout: Layout) => ({ ...inWeight(layout.annotation, "bold"), color: colors.muted });

type Annotated = { step: TollStep; anchor: Point; text: string; marker: string };

/**
 * A wrapped label beside each incident's step where one fits clear of everything, nearest its own step
 * (a spot nearer another step would be read as that one's); undefined where none does.
 */
function labelIncidents(incidents: Annotated[], layout: Layout, obstacles: Box[], bounds: Box): (Label | undefined)[] {
  return incidents.map((incident) => labelIncident(incident, incidents, layout, obstacles, bounds));
}

function labelIncident({ anchor, text }: Annotated, incidents: Annotated[], layout: Layout, obstacles: Box[], bounds: Box): Label | undefined {
  const distanceTo = (box: Box, p: Point) => {
    const nearest = nearestPoint(box, p);
    return Math.hypot(nearest.x - p.x, nearest.y - p.y);
  };
  // Above the line is where the chart is empty; below-right of a step is the flat line that follows it.
  const penalty = (angle: number, box: Box) => {
    const own = distanceTo(box, anchor) + 12;
    return (Math.sin(angle) > 0.1 ? 40 : 0) + (Math.cos(angle) > 0.1 ? 10 : 0) + (incidents.some((other) => other.anchor !== anchor && distanceTo(box, other.anchor) < own) ? 80 : 0);
  };
  const lines = wrapText(text, layout.annotationWidth, layout.annotation);
  return placeLabel(lines, anchor, layout.annotation, obstacles, bounds, { penalty, padding: marks.labelPadding });
}

/**
 * A small number beside each remaining incident's step, matching the key under the chart: close by if
 * there is room, else further out with a leader. A number with nowhere clear still goes next to its
 * step (the key must never list a number the chart lacks), with a warning.
 */
function numberIncidents(
  incidents: (Annotated & { of?: Annotated[] })[],
  layout: Layout,
  obstacles: Box[],
  bounds: Box,
  /** A leader's clearance from each obstacle, given how close it may pass a dot (drawRunningToll). */
  nearDots: (dotClearance: number) => (box: Box) => number,
  warn: (message: string) => void
): Label[] {
  const style = markerStyle(layout);
  const up = (angle: number) => (Math.sin(angle) > 0.1 ? 20 : 0);
  return incidents.map(({ anchor, marker, of = [] }) => {
    const text = [marker];
    // The dots of a clump and the line between them, a leader comes out of (the dots read as one).
    const clump = of.length > 1 ? of.map(({ anchor: a }) => segmentBox(a.x, a.y, a.x, a.y, dotRadius + 2)).reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) })) : undefined;
    // A leader is drawn from past the dot (labelMarks): only from there must it be clear. In a cluster of
    // dots, a leader may pass closer to the others before a number is given up.
    const leader = { leaderStart: dotRadius + 2, padding: 1, penalty: up, minDistance: 3 };
    const label =
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 11, leaderFrom: 12 }) ??
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6 }) ??
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6, leaderClearance: nearDots(0) }) ??
      // Dots closer than their diameter (days apart at full width): a leader may graze the next dot's halo.
      placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6, leaderClearance: nearDots(-2) }) ??
      // A clump's number: its leader may cross the clump's own dots and line, which read as one mark.
      (clump && placeLabel(text, anchor, style, obstacles, bounds, { ...leader, maxDistance: 140, leaderFrom: 6, leaderClearance: nearDots(-2), leaderStartsOutside: clump }));
    if (label) return label;
    warn(`no clear spot for the marker "${marker}"; it may overlap`);
    // Beside its step, in the nearest spot the plot has, even if that is not clear (near the plot's edge
    // with a wide clump marker, none may be): the key never lists a number the chart lacks.
    const { width, height } = textBoxSize(text, style);
    const { box } = placeNear(anchor, width, height, [], bounds, { minDistance: 3, maxDistance: 40 });
    return { lines: text, box, anchor, style, leader: false };
  });
}
