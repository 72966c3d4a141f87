/**
 * The running death toll since the story's start date: a step line that rises on each incident's date,
 * with the final total labelled and any tally the itemised incidents do not reach drawn as a dashed step.
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import type { Dataset } from "../data/types.js";
import { headlineFigures } from "../aggregate/headlineFigures.js";
import { runningToll } from "../aggregate/runningToll.js";
import { colors, formatCount, formatDate, layoutFor, phoneMaxWidth } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { frameText } from "./chartText.js";
import { monthTicks, utcDate } from "./dates.js";
import { frameChart } from "./frame.js";
import type { ChartOptions } from "./options.js";
import { nearestClear, type Box } from "./labelPlacement.js";

const dotRadius = 4;

export function cumulativeDeathsChart(dataset: Dataset, { width, document, warn }: ChartOptions): SVGSVGElement {
  const layout = layoutFor(width);
  const phone = width <= phoneMaxWidth;
  const figures = headlineFigures(dataset);
  const steps = runningToll(dataset.incidents, dataset.categories);
  const since = utcDate(dataset.story.since);
  const asOf = utcDate(dataset.story.asOf);
  const total = steps.at(-1)?.total ?? 0;
  const { tally } = figures;
  const label = layout.labelStrong;

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
  // The step-up itself: itemised total on the tally's date, then that plus the gap.
  if (atLeast.length && +atLeast[1]!.date !== +atLeast[0]!.date) atLeast.splice(1, 0, { date: atLeast[0]!.date, total: atLeast[0]!.total + gap });

  // Obstacles: both lines, their dots and the plot's edges; labels take the clear spot nearest their point.
  const obstacles: Box[] = [];
  for (const series of [points, atLeast]) {
    series.slice(1).forEach((p, i) => {
      const prev = series[i]!;
      obstacles.push(hLine(x(prev.date), x(p.date), y(prev.total)), vLine(x(p.date), y(prev.total), y(p.total)));
    });
  }
  for (const p of [...points.slice(1), ...atLeast.slice(-1)]) obstacles.push(dotBox(x(p.date), y(p.total)));
  const bounds: Box = { left: margin.left, top: 0, right: plotWidth, bottom: plotHeight - margin.bottom };

  const labels: { text: string; box: Box; color: string }[] = [];
  const place = (text: string, px: number, py: number, prefer: "above" | "below", color: string) => {
    const { box, clear } = nearestClear(px - dotRadius - 6, py, textWidth(text, label), label.lineHeight, prefer, [...obstacles, ...labels.map((l) => l.box)], bounds);
    if (!clear) warn?.(`no clear spot for the label "${text}" at ${width}px; it may overlap the line`);
    labels.push({ text, box, color });
  };
  // The itemised total first, near its line; the tally's label then goes above it, never below, so the
  // two read in the order of their values. Each is coloured like its line.
  place(`${formatCount(total)} ${gap ? "in itemised incidents" : "killed"}`, x(asOf), y(total), "below", colors.line);
  if (tally && gap) {
    const later = figures.itemisedKilled > figures.itemisedByTally!.killed ? " + later incidents" : "";
    obstacles.push({ left: -Infinity, right: Infinity, top: labels[0]!.box.top, bottom: Infinity });
    place(`At least ${formatCount(figures.killedAtLeast)} (${tally.label}${later})`, x(asOf), y(figures.killedAtLeast), "above", colors.unattributed);
  }

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
      ...labels.map(({ text, box, color }) =>
        Plot.text([text], {
          frameAnchor: "top-left",
          dx: box.right - margin.left,
          dy: (box.top + box.bottom) / 2 - margin.top,
          textAnchor: "end",
          lineAnchor: "middle",
          fontWeight: 600,
          fill: color,
        })
      ),
    ],
  }) as SVGSVGElement;

  const frame = frameText(dataset, figures, "cumulative-deaths", `shown as a dashed step on ${tally ? formatDate(tally.asOf) : ""}`);
  return frameChart(document, layout, frame, plot);
}

function hLine(x1: number, x2: number, y: number): Box {
  return { left: Math.min(x1, x2), right: Math.max(x1, x2), top: y - 2, bottom: y + 2 };
}

function vLine(x: number, y1: number, y2: number): Box {
  return { left: x - 2, right: x + 2, top: Math.min(y1, y2), bottom: Math.max(y1, y2) };
}

function dotBox(cx: number, cy: number): Box {
  return { left: cx - dotRadius - 1, right: cx + dotRadius + 1, top: cy - dotRadius - 1, bottom: cy + dotRadius + 1 };
}
