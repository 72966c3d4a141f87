/**
 * The map's labels, placed in pixels by rule, in order of need: district names, incident numbers that do
 * not fit inside their circle, Dushanbe, the story's two countries, provinces, then the neighbours. A
 * place's name must lie inside its own country with its letters `borderMargin` px from every border line
 * (pixelBorders.ts), at whatever length each edition's name has: the first candidate spot nearest its
 * anchor that does is taken, on one line, else on two (broken at a space or after a hyphen); a district,
 * Dushanbe or a province with no such spot near goes further off with a leader. Where there is none at all
 * (a phone-width map has little room inside Tajikistan), a district's name is left out with a warning;
 * Dushanbe, a province or a country quietly (the inset and the key still orient the reader).
 */
import { countryIds } from "../input/countryIds.js";
import type { Edition } from "../editions/edition.js";
import { districtLabel, mapLabel } from "../editions/placeNames.js";
import { colors, inWeight, marks, type Layout, type TextStyle } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { placeLabel, textBoxSize, type Label } from "../charts/annotations.js";
import type { KeyEntry } from "../charts/frame.js";
import { numberRuns } from "../charts/incidentKey.js";
import { inside, overlaps, type Box, type Point } from "../charts/labelPlacement.js";
import type { Circle, DrawnPlace } from "./incidentCircles.js";
import { countryLabels, provinceLabels } from "./places.js";
import { letterExtent } from "./letterExtent.js";
import type { PixelBorders } from "./pixelBorders.js";

/** Space a place's letters keep from a border line's middle, in px: their halo (1.5), the widest line's half width (1), and a little air. */
export const borderMargin = 3;
/** The least space, without the air: the halo just clear of the line. Only a district's name, as a last resort, takes it. */
export const leastBorderMargin = 2.5;

/** The shortest leader drawn, in px. */
const minLeader = 10;

export interface MapLabel {
  label: Label;
  color: string;
  /** How far from its anchor a leader starts: past the mark it names (a circle, a district's area, a dot). */
  leaderStart: number;
}

export interface MapLabels {
  labels: MapLabel[];
  /** Districts whose names had no clear spot, listed in the key (labelsToKey): the numbers of their circles, and the name. */
  keyed: KeyEntry[];
  /** The districts named in the plot, in the order they were placed (most incidents first). */
  named: string[];
  /** Circles whose number is written inside them. */
  inCircle: Circle[];
  problems: string[];
  /** Whether Dushanbe is named (its dot is drawn only if so). */
  capital: boolean;
}

export function placeMapLabels({
  drawn,
  regions,
  capitalAt,
  at,
  edition,
  layout,
  obstacles,
  bounds,
  borders,
  width,
  labelsToKey = false,
  numbers = new Map(),
  inKey = new Set(),
}: {
  drawn: readonly DrawnPlace[];
  /** The provinces the data names. */
  regions: ReadonlySet<string>;
  capitalAt: Point;
  at: (lon: number, lat: number) => Point;
  edition: Edition;
  layout: Layout;
  /** Everything drawn so far; each label placed is added. */
  obstacles: Box[];
  bounds: Box;
  borders: PixelBorders;
  width: number;
  /** A district's name with no clear spot goes to the key (`keyed`) instead of being left out (ChartOptions.labelsToKey). */
  labelsToKey?: boolean;
  /** Every incident's number, by row: the circles of a district listed in the key are numbered, if none is yet. */
  numbers?: ReadonlyMap<number, number>;
  /** Districts listed in the key without trying the plot (drawMap: their names took the room a number needs). */
  inKey?: ReadonlySet<string>;
}): MapLabels {
  const labels: MapLabel[] = [];
  const keyed: KeyEntry[] = [];
  const named: string[] = [];
  const inCircle: Circle[] = [];
  const problems: string[] = [];
  /** Letters clear of every border line and, given a country, inside it. */
  const fitsFor = (lines: readonly string[], style: TextStyle, country?: string, margin = borderMargin) => (box: Box) => {
    const letters = lettersOf(box, lines, style);
    return country === undefined ? borders.clearOfBorders(letters, margin) : borders.fits(letters, country, margin);
  };

  // Districts: beside the district's area, inside the country its point is in. Their names first, while
  // there is room (a number can sit on any side of its circle, a long name often in one band of land
  // only); the district with most incidents first: where room is short, its name is the one kept.
  const districts = new Set<string>();
  const byIncidents = [...drawn].sort((a, b) => b.place.incidents.length - a.place.incidents.length);
  for (const { place, centre, area, circles } of byIncidents) {
    const name = place.precision === "district" ? districtLabel(edition, place.district) : "";
    if (!name || districts.has(name)) continue;
    districts.add(name);
    const reach = reachOf({ centre, area, circles });
    const country = borders.countryAt(at(place.lon, place.lat));
    // A spot nearer another place's marks than its own would be read as that one's name: it takes a leader.
    // Nearer both at its nearest edge (by a margin) and from its middle (a long name over the next district's
    // marks, its end by its own, is read as the next one's).
    const others = drawn.filter((d) => d.centre !== centre).map((d) => ({ centre: d.centre, reach: reachOf(d) }));
    const middle = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
    const fromMiddle = (box: Box, p: Point) => Math.hypot(middle(box).x - p.x, middle(box).y - p.y);
    const nearerFromMiddle = (box: Box) => others.every((other) => fromMiddle(box, centre) - reach < fromMiddle(box, other.centre) - other.reach);
    const nearestOwn = (box: Box) => nearerFromMiddle(box) && others.every((other) => gapTo(box, centre) - reach + marks.labelPadding * 3 < gapTo(box, other.centre) - other.reach);
    // Near, then further off with a leader, then with the least margin from the borders; in the house's
    // district style, then a size or two smaller (a long name on a phone: a 320 px map has a band of Tajik
    // land some 35 px tall between its borders).
    // Last, where districts' areas overlap (a crowded phone map), a spot whose middle is nearer its own
    // district than the next will do without a leader.
    const rounds = [
      { maxDistance: reach + 60, margin: borderMargin, own: nearestOwn },
      { maxDistance: reach + 160, margin: borderMargin, own: nearestOwn },
      { maxDistance: reach + 160, margin: leastBorderMargin, own: nearestOwn },
      { maxDistance: reach + 160, margin: leastBorderMargin, own: nearerFromMiddle },
    ];
    const tries = rounds.flatMap((round) =>
      [layout.labelStrong, { ...layout.labelStrong, size: layout.label.size, lineHeight: layout.label.lineHeight }, { ...layout.labelStrong, size: layout.note.size, lineHeight: layout.note.lineHeight }].flatMap((style) =>
        variantsOf(name, style).map((lines) => ({ ...round, lines, style }))
      )
    );
    // Each try's spots are made only when it is tried: most names are placed by the first.
    const placeTry = ({ lines, style, maxDistance, margin, own }: (typeof tries)[number]) => {
      const inCountry = fitsFor(lines, style, country, margin);
      // A leader long enough to see (a label touching its own mark but over the next one's is no better with a stub).
      const fits = (box: Box) => inCountry(box) && (own(box) || gapTo(box, centre) - reach >= minLeader);
      // The leader is drawn from the edge of the district's area, over its own circles: only from there must it be clear.
      // Besides the rings round the district, every spot on an 8 px grid within reach: on a phone the room
      // is often one band of land that the rings' sixteen directions step over.
      const more = gridAround(centre, textBoxSize(lines, style), reach + 2, maxDistance);
      const options = { padding: marks.labelPadding, minDistance: reach + 2, maxDistance, leaderFrom: reach + 14, leaderStart: reach, fits, needsLeader: (box: Box) => !own(box), more };
      return placeLabel(lines, centre, style, obstacles, bounds, options);
    };
    const label = inKey.has(name) ? undefined : firstOf(tries, placeTry);
    if (label) {
      labels.push({ label, color: colors.text, leaderStart: reach });
      named.push(name);
    }
    else if (labelsToKey) keyed.push(districtInKey(name, drawn.filter((d) => d.place.precision === "district" && districtLabel(edition, d.place.district) === name), numbers));
    else problems.push(`no clear spot for the district name "${name}" at ${width}px; it was left out`);
  }

  // Numbers: inside a circle big enough, else beside it, off the border lines where there is room.
  const numberStyle: TextStyle = inWeight(layout.annotation, "bold");
  for (const { circles, centre } of drawn) {
    for (const circle of circles) {
      if (!circle.marker) continue;
      if (circle.r >= 7.5 && circle.marker.length * 8 <= circle.r * 2) {
        inCircle.push(circle);
        continue;
      }
      // Outward from its group, so a number between two circles is never read as the other one's.
      const outward = Math.atan2(circle.centre.y - centre.y, circle.centre.x - centre.x);
      const grouped = circles.length > 1;
      const penalty = (angle: number) => (grouped ? 20 * Math.abs(Math.atan2(Math.sin(angle - outward), Math.cos(angle - outward))) : 0);
      const options = { minDistance: circle.r + 1, padding: 1, leaderFrom: circle.r + 8, leaderStart: circle.r, penalty };
      const offBorders = fitsFor([circle.marker], numberStyle);
      const tries = [
        { ...options, maxDistance: circle.r + 10, fits: offBorders },
        { ...options, maxDistance: circle.r + 10 },
        { ...options, maxDistance: circle.r + 80, fits: offBorders },
        { ...options, maxDistance: circle.r + 80 },
      ];
      const label = firstOf(tries, (tried) => placeLabel([circle.marker!], circle.centre, numberStyle, obstacles, bounds, tried));
      if (label) labels.push({ label, color: colors.text, leaderStart: circle.r + 1 });
      else problems.push(`no clear spot for the marker "${circle.marker}" at ${width}px; it may overlap`);
    }
  }

  // Dushanbe beside its dot, or a little further off with a leader; left out, dot and all, where neither
  // fits (a 320 px map has room for the districts' names or Dushanbe's, not both): it only orients.
  const capital = edition.message("ui.map.capital");
  const capitalOptions = { padding: marks.labelPadding, minDistance: 3, leaderFrom: 30, fits: fitsFor([capital], layout.label, borders.countryAt(capitalAt)) };
  const capitalLabel = firstOf([24, 90], (maxDistance) => placeLabel([capital], capitalAt, layout.label, obstacles, bounds, { ...capitalOptions, maxDistance }));
  if (capitalLabel) labels.push({ label: capitalLabel, color: colors.text, leaderStart: 4 });

  // Provinces and countries name an area: written over their anchor or near it, inside their country; the
  // story's two countries before the provinces, the neighbours last.
  // Measured as drawn, like every label in the plot (the note style they borrow leaves room for a wider font).
  const smallCaps: TextStyle = { ...layout.note, weight: "semibold", widthFactor: layout.label.widthFactor };
  const nameCountry = ({ name, country, lon, lat }: (typeof countryLabels)[number]) => {
    const text = mapLabel(edition, "country", name);
    const label = firstOf(variantsOf(text, smallCaps), (lines) => areaLabel(lines, at(lon, lat), smallCaps, obstacles, bounds, { maxDistance: 160, fits: fitsFor(lines, smallCaps, country) }));
    if (label) labels.push({ label, color: colors.muted, leaderStart: 0 });
  };
  const isFocus = ({ country }: { country: string }) => country === countryIds.tajikistan || country === countryIds.afghanistan;
  countryLabels.filter(isFocus).forEach(nameCountry);
  for (const region of regions) {
    const anchor = provinceLabels[region];
    if (!anchor) continue;
    const point = at(anchor.lon, anchor.lat);
    const text = mapLabel(edition, "province", region);
    const country = borders.countryAt(point);
    const variants = variantsOf(text, smallCaps);
    const label =
      firstOf(variants, (lines) => areaLabel(lines, point, smallCaps, obstacles, bounds, { maxDistance: 60, fits: fitsFor(lines, smallCaps, country) })) ??
      firstOf(variants, (lines) => placeLabel(lines, point, smallCaps, obstacles, bounds, { padding: marks.labelPadding, minDistance: 6, maxDistance: 140, leaderFrom: 40, fits: fitsFor(lines, smallCaps, country) }));
    if (label) labels.push({ label, color: colors.muted, leaderStart: 0 });
  }
  countryLabels.filter((c) => !isFocus(c)).forEach(nameCountry);
  return { labels, keyed, named, inCircle, problems, capital: capitalLabel !== undefined };
}

/**
 * A district's name for the key, beside the numbers of its circles (the reader finds the district by
 * them), in the district style the map writes names in. A district none of whose circles is numbered (its
 * incidents all on days the key does not list) has its circles numbered here, each with its incident's
 * number (a circle standing for many incidents: their numbers as runs), so the entry points at something.
 */
function districtInKey(name: string, places: readonly DrawnPlace[], numbers: ReadonlyMap<number, number>): KeyEntry {
  const circles = places.flatMap((d) => d.circles);
  if (!circles.some((c) => c.marker)) {
    for (const { place, circles: own } of places) {
      own.forEach((circle, i) => {
        // One circle per incident, in order; or one for them all (incidentCircles.ts, a place with very many).
        const rows = own.length === place.incidents.length ? [place.incidents[i]!.row] : place.incidents.map((incident) => incident.row);
        const found = rows.map((row) => numbers.get(row)).filter((n) => n !== undefined);
        if (found.length) circle.marker = numberRuns(found);
      });
    }
  }
  const marked = circles.flatMap((c) => (c.marker ? markerNumbers(c.marker) : []));
  return { marker: numberRuns(marked), text: name, label: { color: colors.text, weight: "semibold" } };
}

/** "4" → [4]; "4, 5" → [4, 5]; "4–6" → [4, 5, 6]: the numbers a marker written by numberRuns stands for. */
function markerNumbers(marker: string): number[] {
  return marker.split(", ").flatMap((part) => {
    const range = /^(\d+)–(\d+)$/.exec(part);
    return range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, k) => Number(range[1]) + k) : [Number(part)];
  });
}

/**
 * Where a label's letters are within its box: Plot sets the first baseline 0.71 line heights below the top
 * (lineAnchor "top") and each next one a line height lower; the letters reach as far above and below as
 * their glyphs' outlines do (letterExtent.ts).
 */
export function lettersOf(box: Box, lines: readonly string[], style: TextStyle): Box {
  const lang = style.lang ?? "en";
  const extents = lines.map((line) => letterExtent(line, lang, style.weight));
  const baseline = box.top + 0.71 * style.lineHeight;
  return {
    left: box.left,
    right: box.right,
    top: baseline - Math.max(...extents.map((e) => e.ascent)) * style.size,
    bottom: baseline + (lines.length - 1) * style.lineHeight + Math.max(...extents.map((e) => e.descent)) * style.size,
  };
}

/**
 * A name on one line; on two where it has a space or a hyphen to break at (the break that makes the longer
 * line shortest); and, with three words or more, a word a line. Never inside a word: a Chinese name stays
 * on one line.
 */
function variantsOf(text: string, style: TextStyle): string[][] {
  let best: string[] | undefined;
  let bestWidth = Infinity;
  for (let i = 1; i < text.length - 1; i++) {
    const lines = text[i] === " " ? [text.slice(0, i), text.slice(i + 1)] : text[i - 1] === "-" ? [text.slice(0, i), text.slice(i)] : undefined;
    if (!lines) continue;
    const widest = Math.max(...lines.map((line) => textWidth(line, style)));
    if (widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  const words = text.split(" ");
  return [[text], ...(best ? [best] : []), ...(words.length > 2 ? [words] : [])];
}

/** How far a place's marks reach from its centre: its area, or its circles. */
function reachOf({ centre, area, circles }: Pick<DrawnPlace, "centre" | "area" | "circles">): number {
  return area ?? Math.max(...circles.map((c) => Math.hypot(c.centre.x - centre.x, c.centre.y - centre.y) + c.r));
}

/** Boxes of this size on a grid (gridStep) whose gap from the anchor is within the range, each with that gap. */
/** The grid's spacing in px: finer finds few more spots, and each spot is a box tested against the borders. */
const gridStep = 8;

function gridAround(anchor: Point, { width, height }: { width: number; height: number }, minDistance: number, maxDistance: number): { box: Box; clear: boolean; distance: number }[] {
  const spots: { box: Box; clear: boolean; distance: number }[] = [];
  for (let top = Math.round(anchor.y - maxDistance - height); top <= anchor.y + maxDistance; top += gridStep) {
    for (let left = Math.round(anchor.x - maxDistance - width); left <= anchor.x + maxDistance; left += gridStep) {
      const box = { left, top, right: left + width, bottom: top + height };
      const distance = gapTo(box, anchor);
      if (distance >= minDistance && distance <= maxDistance) spots.push({ box, clear: true, distance });
    }
  }
  return spots;
}

/** The gap between a box and a point, 0 inside it. */
function gapTo(box: Box, p: Point): number {
  return Math.hypot(Math.max(0, box.left - p.x, p.x - box.right), Math.max(0, box.top - p.y, p.y - box.bottom));
}

/** The first try that places the label. */
function firstOf<T>(tries: readonly T[], place: (tried: T) => Label | undefined): Label | undefined {
  for (const tried of tries) {
    const label = place(tried);
    if (label) return label;
  }
  return undefined;
}

/**
 * An area's name, centred on its anchor if that spot is clear and fits, else the nearest spot that does, in
 * rings 4 px apart out to `maxDistance`; never with a leader (it names the area it sits in).
 */
function areaLabel(lines: string[], anchor: Point, style: TextStyle, obstacles: Box[], bounds: Box, { maxDistance, fits }: { maxDistance: number; fits: (box: Box) => boolean }): Label | undefined {
  const { width, height } = textBoxSize(lines, style);
  const padding = marks.labelPadding;
  for (let distance = 0; distance <= maxDistance; distance += 4) {
    const steps = distance === 0 ? 1 : 16;
    for (let k = 0; k < steps; k++) {
      const angle = (k * 2 * Math.PI) / steps;
      const x = anchor.x + Math.cos(angle) * distance;
      const y = anchor.y + Math.sin(angle) * distance;
      const box = { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
      const padded = { left: box.left - padding, right: box.right + padding, top: box.top - padding, bottom: box.bottom + padding };
      if (!inside(box, bounds) || obstacles.some((o) => overlaps(padded, o)) || !fits(box)) continue;
      obstacles.push(box);
      return { lines, box, anchor, style, leader: false };
    }
  }
  return undefined;
}
