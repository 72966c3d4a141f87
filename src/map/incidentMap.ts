/**
 * A locator map of the incidents: Tajikistan and Afghanistan (neighbours faded) with the border between
 * them emphasised and drawn over every circle, Dushanbe, the provinces and districts the data names (each
 * name inside its own country, off the borders: mapLabels.ts), a km scale bar, an inset placing the region
 * in Central Asia, and each incident as a circle sized by its deaths, numbered as the cumulative chart's
 * phone key numbers it. Incidents known only to their district sit inside a shaded, dashed circle for the
 * district, arranged around its reference point, and are drawn see-through with a dashed outline, so they
 * never look exact, nor, half over the border, like a crossing.
 */
import * as Plot from "@observablehq/plot";
import type { Dataset } from "../dataset/types.js";
import { headlineFigures } from "../figures/headlineFigures.js";
import { incidentPlaces, type IncidentPlace } from "../figures/incidentPlaces.js";
import { boundaries } from "../input/boundaries.js";
import { insetGroup, insetSize } from "./inset.js";
import { regionProjection, scaleBarLength } from "./mapProjection.js";
import { capital } from "../editions/placeNames.js";
import { svgElement } from "../charts/dom.js";
import { editionOf } from "../editions/edition.js";
import { colors, layoutFor, mapColors, marks, narrowMaxWidth, phoneMaxWidth, type Layout, type TextStyle } from "../style/houseStyle.js";
import { frameText } from "../charts/chartText.js";
import { frameChart, type KeyEntry } from "../charts/frame.js";
import { phoneKey } from "../charts/incidentKey.js";
import { leaderEndOf, type Label } from "../charts/annotations.js";
import { segmentBox, type Box, type Point } from "../charts/labelPlacement.js";
import type { ChartOptions } from "../charts/options.js";
import { rememberedPlot, type PlotDrawing } from "../charts/plotMemo.js";
import { mapNotes, mapSource } from "./mapText.js";
import { incidentCircles, type Circle, type DrawnPlace } from "./incidentCircles.js";
import { placeMapLabels } from "./mapLabels.js";
import { pixelBorders } from "./pixelBorders.js";

export function incidentMapChart(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { width, document } = options;
  const edition = editionOf(dataset);
  const layout = layoutFor(width, { fontEmbedded: dataset.story.embedFont, lang: edition.lang });
  const figures = headlineFigures(dataset);
  const { places, unplaced, outsideFrame } = incidentPlaces(dataset.incidents, dataset.categories);
  const key = phoneKey(dataset);
  // A retitled map takes its plot again in watch mode (plotMemo.ts).
  const { plot, extra: keyed } = rememberedPlot(dataset, "incident-map", options, (warn) => drawMap(dataset, places, key, layout, options, warn));

  const frame = frameText(dataset, figures, "incident-map", edition.message("ui.map.gapShownAs"));
  const notes = mapNotes(dataset, places, unplaced.length, outsideFrame.length);
  const source = mapSource(frame.source, edition);
  const sourceLine = edition.message("ui.frame.sourceLine", { source });
  // Districts the plot had no room to name follow the incidents in the key (labelsToKey).
  return (options.frame ?? frameChart)(document, layout, { ...frame, source, sourceLine, key: [...key.entries, ...keyed], notes: [...notes, ...frame.notes] }, plot);
}

/** The map itself, without its frame of text; and the districts it lists in the key rather than names. */
function drawMap(
  dataset: Dataset,
  places: readonly IncidentPlace[],
  /** Each incident's number in the phone key (`numberOf`), and every incident's (`numbers`), by row. */
  { numberOf, numbers }: { numberOf: ReadonlyMap<number, number>; numbers: ReadonlyMap<number, number> },
  layout: Layout,
  { width, document, labelsToKey }: ChartOptions,
  warn: (message: string) => void
): PlotDrawing<KeyEntry[]> {
  const edition = editionOf(dataset);
  const phone = width <= phoneMaxWidth;
  const plotWidth = width - 2 * layout.padding;
  const { projection, height, pxPerKm } = regionProjection(plotWidth);
  const at = (lon: number, lat: number): Point => {
    const [x, y] = projection([lon, lat])!;
    return { x: x!, y: y! };
  };
  const lonLat = (p: Point): [number, number] => projection.invert!([p.x, p.y])!;

  // Each try at the labels numbers circles of its own (a district listed in the key numbers its circles).
  const newCircles = () => incidentCircles(places, { at, pxPerKm, phone, numberOf });

  // Everything drawn is an obstacle for labels: circles, areas, Dushanbe, the inset and the scale bar.
  const obstacles: Box[] = [];
  const dotBox = (p: Point, r: number) => segmentBox(p.x, p.y, p.x, p.y, r + 1);
  for (const { circles } of newCircles()) for (const { centre, r } of circles) obstacles.push(dotBox(centre, r));
  const capitalAt = at(capital.lon, capital.lat);
  obstacles.push(dotBox(capitalAt, 3));
  const inset = insetSize(plotWidth);
  const insetBox: Box = { left: plotWidth - inset.width, top: 0, right: plotWidth, bottom: inset.height };
  const bar = scaleBarLength(pxPerKm, Math.min(120, plotWidth / 4));
  const barLabel = edition.message("ui.map.scaleBar", { km: bar.km });
  const barBox: Box = { left: 0, top: height - 26, right: Math.max(bar.px, 40) + 4, bottom: height };
  obstacles.push({ ...insetBox, left: insetBox.left - 4, bottom: insetBox.bottom + 4 }, barBox);
  const bounds: Box = { left: 2, top: 2, right: plotWidth - 2, bottom: height - 2 };

  const borders = pixelBorders(plotWidth);
  const place = (inKey: ReadonlySet<string>) => {
    const drawn = newCircles();
    const placed = placeMapLabels({ drawn, regions: new Set(places.map((p) => p.region)), capitalAt, at, edition, layout, obstacles: [...obstacles], bounds, borders, width, labelsToKey: labelsToKey ?? false, numbers, inKey });
    return { drawn, ...placed };
  };
  // Where a circle's number finds no clear spot on a narrow version (a crowded 240 px map), the names took
  // its room: the district named last (fewest incidents) goes to the key, and so on until the numbers fit or no name
  // is left in the plot. A number stands for an incident the key lists; a name in the key still names.
  const numbersLeftOut = (tried: ReturnType<typeof place>) => tried.problems.filter((problem) => problem.startsWith("no clear spot for the marker")).length;
  const inKey = new Set<string>();
  let placed = place(inKey);
  // The try kept: the first with fewest numbers left without a clear spot (names go to the key only where that helps).
  let best = { left: numbersLeftOut(placed), placed };
  while (labelsToKey && width < narrowMaxWidth && best.left > 0 && placed.named.length) {
    inKey.add(placed.named.at(-1)!);
    placed = place(inKey);
    if (numbersLeftOut(placed) < best.left) best = { left: numbersLeftOut(placed), placed };
  }
  const { drawn, labels, keyed, inCircle, problems, capital: capitalNamed } = best.placed;
  for (const problem of problems) warn(problem);

  const { focusLand, sharedBorder, neighbourBorders } = boundaries();
  const invertCentre = (c: Point) => lonLat(c);
  // A point the data gives only to its district (or as near a place) is drawn as approximate: a lighter,
  // see-through fill and a dashed outline, so half of it over the border reads as "somewhere here", not
  // as a crossing. An exact point stays solid.
  const approximate = new Set(drawn.filter((d) => d.place.precision !== "exact").flatMap((d) => d.circles));
  const circles = drawn.flatMap((d) => d.circles);
  const areas = drawn.filter((d) => d.area !== undefined);
  const textMark = (items: { label: Label; color: string }[], style: TextStyle, color: string) =>
    Plot.text(items, {
      x: (d: { label: Label }) => lonLat({ x: d.label.box.left, y: d.label.box.top })[0],
      y: (d: { label: Label }) => lonLat({ x: d.label.box.left, y: d.label.box.top })[1],
      text: (d: { label: Label }) => d.label.lines.join("\n"),
      textAnchor: "start",
      lineAnchor: "top",
      lineHeight: style.lineHeight / style.size,
      fontSize: style.size,
      fontWeight: style.weight === "bold" ? 700 : style.weight === "semibold" ? 600 : 400,
      fill: color,
      stroke: colors.background,
      strokeWidth: marks.halo,
    });
  // From the edge of the mark a label names (its circle, the district's area) to the label's text.
  const leaders = labels
    .filter(({ label }) => label.leader)
    .map(({ label, leaderStart }) => {
      const end = leaderEndOf(label);
      const length = Math.hypot(end.x - label.anchor.x, end.y - label.anchor.y);
      const from = { x: label.anchor.x + ((end.x - label.anchor.x) / length) * leaderStart, y: label.anchor.y + ((end.y - label.anchor.y) / length) * leaderStart };
      return { from: lonLat(from), to: lonLat(end) };
    });
  // One text mark per look (a <g> carries its style once), as the other charts do.
  const looks = new Map<string, { items: { label: Label; color: string }[]; style: TextStyle; color: string }>();
  for (const item of labels) {
    const k = `${item.label.style.size} ${item.label.style.weight} ${item.color}`;
    if (!looks.has(k)) looks.set(k, { items: [], style: item.label.style, color: item.color });
    looks.get(k)!.items.push(item);
  }

  const plot = Plot.plot({
    document,
    width: plotWidth,
    height,
    margin: 0,
    projection,
    r: { type: "identity" },
    marks: [
      // The whole frame is land: the neighbours are its faded ground, their borders thin lines.
      Plot.frame({ fill: mapColors.otherLand }),
      Plot.geo(neighbourBorders, { stroke: mapColors.border, strokeWidth: 0.75 }),
      Plot.geo(focusLand, { fill: mapColors.focusLand, stroke: mapColors.border, strokeWidth: 1 }),
      // A district is shaded: somewhere in here. A "near" point gets only a dashed ring: close to here. Both
      // see-through, so the borders under them show.
      Plot.dot(areas.filter((d) => d.place.precision !== "near"), { x: (d: DrawnPlace) => lonLat(d.centre)[0], y: (d: DrawnPlace) => lonLat(d.centre)[1], r: (d: DrawnPlace) => d.area, fill: mapColors.area, fillOpacity: areaOpacity, stroke: colors.line, strokeWidth: 1, strokeDasharray: "3,2" }),
      Plot.dot(areas.filter((d) => d.place.precision === "near"), { x: (d: DrawnPlace) => lonLat(d.centre)[0], y: (d: DrawnPlace) => lonLat(d.centre)[1], r: (d: DrawnPlace) => d.area, fill: "none", stroke: colors.line, strokeWidth: 1, strokeDasharray: "3,2" }),
      Plot.dot(capitalNamed ? [capitalAt] : [], { x: (p: Point) => lonLat(p)[0], y: (p: Point) => lonLat(p)[1], r: 3, fill: colors.text, stroke: colors.background, strokeWidth: 1 }),
      Plot.link(leaders, { x1: (d: { from: number[] }) => d.from[0], y1: (d: { from: number[] }) => d.from[1], x2: (d: { to: number[] }) => d.to[0], y2: (d: { to: number[] }) => d.to[1], stroke: colors.muted, strokeWidth: marks.leaderWidth }),
      Plot.dot(circles.filter((c) => !approximate.has(c)), { x: (c: Circle) => invertCentre(c.centre)[0], y: (c: Circle) => invertCentre(c.centre)[1], r: (c: Circle) => c.r, fill: colors.line, stroke: colors.background, strokeWidth: 1.5, sort: null }),
      Plot.dot(circles.filter((c) => approximate.has(c)), { x: (c: Circle) => invertCentre(c.centre)[0], y: (c: Circle) => invertCentre(c.centre)[1], r: (c: Circle) => c.r, fill: colors.line, fillOpacity: approximateOpacity, stroke: colors.line, strokeWidth: 1.5, strokeDasharray: "3,2", sort: null }),
      // The Tajik–Afghan border over every circle and area: a circle never hides where the border runs.
      Plot.geo(sharedBorder, { stroke: mapColors.sharedBorder, strokeWidth: 2 }),
      // A number on a solid circle is the background's colour; on a see-through one, the text's, haloed.
      ...[false, true].map((faint) =>
        Plot.text(inCircle.filter((c) => approximate.has(c) === faint), {
          x: (c: Circle) => invertCentre(c.centre)[0],
          y: (c: Circle) => invertCentre(c.centre)[1],
          text: (c: Circle) => c.marker!,
          fontSize: layout.annotation.size,
          fontWeight: 700,
          fill: faint ? colors.text : colors.background,
          // On a see-through circle the border may run under the number: a halo keeps it readable.
          ...(faint ? { stroke: colors.background, strokeWidth: marks.halo } : {}),
          textAnchor: "middle",
          lineAnchor: "middle",
        })
      ),
      ...[...looks.values()].map(({ items, style, color }) => textMark(items, style, color)),
      () => scaleBar(document, barBox, bar.px, barLabel, layout.note),
      () => insetGroup(document, insetBox.left, insetBox.top, inset.width, inset.height),
    ],
  }) as SVGSVGElement;
  return { plot, extra: keyed };
}

/** How much of a district's shading and of an approximate circle's fill covers what is under it. */
const areaOpacity = 0.6;
const approximateOpacity = 0.35;

/** A bar of `px` with its length in km above it, at the bottom-left of the map. */
function scaleBar(document: Document, box: Box, px: number, text: string, style: TextStyle): SVGGElement {
  const group = svgElement(document, "g", { transform: `translate(${box.left + 2},${box.bottom - 6})` }) as SVGGElement;
  const label = svgElement(document, "text", { y: -7, "text-anchor": "start", "font-size": style.size, fill: colors.text, stroke: colors.background, "stroke-width": marks.halo, "paint-order": "stroke" });
  label.textContent = text;
  group.append(svgElement(document, "path", { d: `M0,-4V0H${Math.round(px * 10) / 10}V-4`, fill: "none", stroke: colors.text, "stroke-width": 1.5 }), label);
  return group;
}
