/**
 * The incident map's projection and scale: transverse Mercator centred on the border region (true
 * shapes and distances across a region this size), fitted to the plot's width; and a km scale bar.
 */
import * as d3 from "d3";
import type { MultiPoint } from "geojson";
import { mapExtent, type Extent } from "../figures/incidentPlaces.js";

export { mapExtent, type Extent };

/** The frame as points along its edges (a polygon would need a winding order on the sphere). */
export function extentOutline(extent: Extent = mapExtent): MultiPoint {
  const { west, east, south, north } = extent;
  const steps = d3.range(0, 1.0001, 0.125);
  return {
    type: "MultiPoint",
    coordinates: steps.flatMap((t) => {
      const lon = west + t * (east - west);
      const lat = south + t * (north - south);
      return [[lon, south], [lon, north], [west, lat], [east, lat]];
    }),
  };
}

export interface MapProjection {
  projection: d3.GeoProjection;
  height: number;
  /** Pixels per km at the centre of the map. */
  pxPerKm: number;
}

export function regionProjection(width: number): MapProjection {
  const { west, east, south, north } = mapExtent;
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  const projection = d3.geoTransverseMercator().rotate([-centre[0], -centre[1]]).fitWidth(width, extentOutline());
  const [[, y0], [, y1]] = d3.geoPath(projection).bounds(extentOutline());
  const height = Math.round(y1 - y0);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]).clipExtent([[0, 0], [width, height]]);
  // 1° of latitude is 111.2 km on the sphere d3 projects on.
  const [, a] = projection([centre[0], centre[1] - 0.5])!;
  const [, b] = projection([centre[0], centre[1] + 0.5])!;
  return { projection, height, pxPerKm: Math.abs(a! - b!) / ((Math.PI / 180) * 6371.0088) };
}

/** The longest round length in km whose bar fits in maxPx. */
export function scaleBarLength(pxPerKm: number, maxPx: number): { km: number; px: number } {
  const km = [1000, 500, 300, 200, 100, 50, 20, 10].find((length) => length * pxPerKm <= maxPx) ?? 10;
  return { km, px: km * pxPerKm };
}

/** The widest map (in whole px) whose height is at most `height`: a social card fits its map to the room it has. */
export function mapWidthFor(height: number): number {
  const perPx = regionProjection(1000).height / 1000;
  let width = Math.floor(height / perPx) + 1;
  while (width > 1 && regionProjection(width).height > height) width--;
  return width;
}
