/**
 * The locator inset: Central Asia at 1:110m with Tajikistan and Afghanistan shaded and the main map's
 * frame outlined, so a reader sees where the region is. Drawn with d3-geo as one small <g>.
 */
import * as d3 from "d3";
import { svgElement } from "../charts/dom.js";
import { colors, mapColors } from "../style/houseStyle.js";
import { boundaries } from "../input/boundaries.js";
import { extentOutline, mapExtent } from "./mapProjection.js";

/** What the inset shows: the Caspian to western China, Kazakhstan to the Arabian Sea's coast. */
const insetExtent = { west: 50, east: 86, south: 26, north: 50 } as const;

export function insetSize(width: number): { width: number; height: number } {
  const insetWidth = Math.round(Math.min(130, Math.max(76, width * 0.2)));
  const projection = insetProjection(insetWidth, Infinity);
  const [[, y0], [, y1]] = d3.geoPath(projection).bounds(extentOutline(insetExtent));
  return { width: insetWidth, height: Math.round(y1 - y0) };
}

function insetProjection(width: number, height: number): d3.GeoProjection {
  const projection = d3.geoAzimuthalEqualArea().rotate([-68, -39]).fitWidth(width, extentOutline(insetExtent));
  const [[, y0]] = d3.geoPath(projection).bounds(extentOutline(insetExtent));
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]);
  return Number.isFinite(height) ? projection.clipExtent([[0, 0], [width, height]]) : projection;
}

/** The inset as a <g> whose top-left is at (x, y). */
export function insetGroup(document: Document, x: number, y: number, width: number, height: number): SVGGElement {
  const path = d3.geoPath(insetProjection(width, height)).digits(1);
  const { inset } = boundaries();
  const group = svgElement(document, "g", { transform: `translate(${x},${y})` }) as SVGGElement;
  group.append(
    svgElement(document, "rect", { width, height, fill: colors.background }),
    svgElement(document, "path", { d: path(inset.land) ?? "", fill: mapColors.otherLand }),
    svgElement(document, "path", { d: path(inset.borders) ?? "", fill: "none", stroke: mapColors.border, "stroke-width": 0.5 }),
    svgElement(document, "path", { d: path(inset.focusLand) ?? "", fill: mapColors.focusLand, stroke: mapColors.sharedBorder, "stroke-width": 0.75 }),
    svgElement(document, "path", { d: framePath(path), fill: "none", stroke: colors.line, "stroke-width": 1.5 }),
    svgElement(document, "rect", { width, height, fill: "none", stroke: mapColors.sharedBorder, "stroke-width": 1 })
  );
  return group;
}

/** The main map's frame as a closed line along its parallels and meridians. */
function framePath(path: d3.GeoPath): string {
  const { west, east, south, north } = mapExtent;
  const edge = (from: [number, number], to: [number, number]) => d3.range(0, 1.0001, 0.25).map((t) => [from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])] as [number, number]);
  const ring = [...edge([west, south], [east, south]), ...edge([east, south], [east, north]), ...edge([east, north], [west, north]), ...edge([west, north], [west, south])];
  return path({ type: "LineString", coordinates: ring }) ?? "";
}
