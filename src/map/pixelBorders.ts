/**
 * The map's countries in its own pixels, for placing names: every country's outline projected as the map
 * draws it (Natural Earth, 1:10m), so a label's box can be tested as lying inside one country and clear of
 * every border line by a margin, whatever the label's length in each edition.
 */
import * as d3 from "d3";
import { boundaries } from "../input/boundaries.js";
import { RecentMemo } from "../recentMemo.js";
import type { Box, Point } from "../charts/labelPlacement.js";
import { regionProjection } from "./mapProjection.js";

export interface PixelBorders {
  /** The Natural Earth id ("762" for Tajikistan) of the country a pixel lies in, if any. */
  countryAt(p: Point): string | undefined;
  /** Whether the box lies inside that country and keeps `margin` px from every border line. */
  fits(box: Box, country: string, margin: number): boolean;
  /** Whether the box keeps `margin` px from every border line (a number beside its circle, in any country). */
  clearOfBorders(box: Box, margin: number): boolean;
}

type Ring = [number, number][];

// A build draws the map at two or three widths, in every edition: each width's outlines are projected once.
const made = new RecentMemo<PixelBorders>(8);

/** The borders for a map whose plot is `plotWidth` px wide (mapProjection.ts fits the frame to it). */
/** The side in px of the grid cells edges are filed under. */
const cellSize = 16;

export function pixelBorders(plotWidth: number): PixelBorders {
  const key = String(plotWidth);
  let borders = made.get(key);
  if (!borders) made.set(key, (borders = project(plotWidth)));
  return borders;
}

function project(plotWidth: number): PixelBorders {
  const { projection, height } = regionProjection(plotWidth);
  // Unclipped (this projection is ours alone): an outline cut at the frame would add the frame's edges as if they were borders.
  const unclipped = projection.clipExtent(null);
  const countries = boundaries().countries.map((country) => {
    const rings = projectedRings(unclipped, country);
    return { id: String(country.id), rings, extent: extentOf(rings) };
  });
  // Every edge of every outline near the frame: the border lines drawn (each border twice, once per
  // country, which costs nothing in the answer). Edges far outside the frame can touch no label.
  const frame: Box = { left: -50, top: -50, right: plotWidth + 50, bottom: height + 50 };
  const edges: number[] = [];
  for (const { rings } of countries) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1]!;
        const [x2, y2] = ring[i]!;
        if (Math.max(x1, x2) < frame.left || Math.min(x1, x2) > frame.right || Math.max(y1, y2) < frame.top || Math.min(y1, y2) > frame.bottom) continue;
        edges.push(x1, y1, x2, y2);
      }
    }
  }
  const segments = Float64Array.from(edges);
  // Each edge listed in every cell of a coarse grid its bounding box touches: a label's box is tested
  // against the few edges near it, not all of them (every candidate spot of every name asks).
  const cells = new Map<number, number[]>();
  const cellOf = (v: number) => Math.floor(v / cellSize);
  const cellKey = (cx: number, cy: number) => cx * 65536 + cy;
  for (let i = 0; i < segments.length; i += 4) {
    const [x1, y1, x2, y2] = [segments[i]!, segments[i + 1]!, segments[i + 2]!, segments[i + 3]!];
    for (let cx = cellOf(Math.min(x1, x2)); cx <= cellOf(Math.max(x1, x2)); cx++) {
      for (let cy = cellOf(Math.min(y1, y2)); cy <= cellOf(Math.max(y1, y2)); cy++) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
    }
  }

  const countryAt = ({ x, y }: Point) => {
    for (const { id, rings, extent } of countries) {
      if (x < extent.left || x > extent.right || y < extent.top || y > extent.bottom) continue;
      // Even–odd over all rings: a point inside an enclave's hole (Tajik villages inside Kyrgyzstan) is not in.
      let inside = false;
      for (const ring of rings) if (d3.polygonContains(ring, [x, y])) inside = !inside;
      if (inside) return id;
    }
    return undefined;
  };
  const clearOfBorders = (box: Box, margin: number) => {
    const padded = { left: box.left - margin, top: box.top - margin, right: box.right + margin, bottom: box.bottom + margin };
    for (let cx = cellOf(padded.left); cx <= cellOf(padded.right); cx++) {
      for (let cy = cellOf(padded.top); cy <= cellOf(padded.bottom); cy++) {
        for (const i of cells.get(cellKey(cx, cy)) ?? []) {
          if (segmentMeetsBox(segments[i]!, segments[i + 1]!, segments[i + 2]!, segments[i + 3]!, padded)) return false;
        }
      }
    }
    return true;
  };
  return {
    countryAt,
    clearOfBorders,
    // No border line crosses the box, so the whole box lies in one country: the one its centre is in.
    fits: (box, country, margin) => clearOfBorders(box, margin) && countryAt({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }) === country,
  };
}

/** The outline's rings in pixels, as d3's path draws them (resampled, so no straight chord cuts a curve). */
function projectedRings(projection: d3.GeoProjection, object: d3.GeoPermissibleObjects): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  d3.geoPath(projection, {
    beginPath: () => {},
    moveTo: (x, y) => void rings.push((ring = [[x, y]])),
    lineTo: (x, y) => void ring.push([x, y]),
    closePath: () => void (ring.length && ring.push(ring[0]!)),
    arc: () => {},
  })(object);
  return rings;
}

function extentOf(rings: readonly Ring[]): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

/** Whether the segment touches the box: Liang–Barsky, clipping the segment to the box. */
function segmentMeetsBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  if (Math.max(x1, x2) < box.left || Math.min(x1, x2) > box.right || Math.max(y1, y2) < box.top || Math.min(y1, y2) > box.bottom) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
