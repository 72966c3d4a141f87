/**
 * The boundaries the incident map draws and validation checks points against, decoded once from the
 * committed Natural Earth cut (boundaries.generated.ts, written by scripts/clip-boundaries.ts).
 */
import * as d3 from "d3";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { boundariesJson } from "./boundaries.generated.js";
import { countryIds } from "./countryIds.js";

export type Country = Feature<Polygon | MultiPolygon, { name: string }>;

export interface Boundaries {
  tajikistan: Country;
  afghanistan: Country;
  /** Every country the map's frame reaches into (1:10m), the two above among them: what map labels must lie inside. */
  countries: Country[];
  /** The two countries as one outline (1:10m): filled and outlined once, so no border is drawn twice. */
  focusLand: MultiPolygon;
  /** The Tajik–Afghan border (the Panj and Amu Darya), drawn emphasised. */
  sharedBorder: MultiLineString;
  /** The borders between the faded neighbours. */
  neighbourBorders: MultiLineString;
  /** Central Asia at 1:110m for the locator inset: all land, the two countries, the borders between the rest. */
  inset: { land: MultiPolygon; focusLand: MultiPolygon; borders: MultiLineString };
}

let decoded: Boundaries | undefined;

export function boundaries(): Boundaries {
  if (decoded) return decoded;
  const { region, inset } = JSON.parse(boundariesJson) as { region: Topology; inset: Topology };
  const countries = (topology: Topology) => {
    const object = topology.objects.countries as GeometryCollection<{ name: string }>;
    return { object, features: (feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features };
  };
  const { object, features } = countries(region);
  const byId = (id: string) => features.find((f) => String(f.id) === id)!;
  const isFocus = (g: { id?: string | number | undefined }) => String(g.id) === countryIds.tajikistan || String(g.id) === countryIds.afghanistan;
  const insetObject = countries(inset).object;
  decoded = {
    tajikistan: byId(countryIds.tajikistan),
    afghanistan: byId(countryIds.afghanistan),
    countries: features,
    focusLand: merge(region, object.geometries.filter(isFocus) as never),
    sharedBorder: mesh(region, object, (a, b) => a !== b && isFocus(a) && isFocus(b)),
    neighbourBorders: mesh(region, object, (a, b) => a !== b && !isFocus(a) && !isFocus(b)),
    inset: {
      land: merge(inset, insetObject.geometries as never),
      focusLand: merge(inset, insetObject.geometries.filter(isFocus) as never),
      borders: mesh(inset, insetObject, (a, b) => a !== b && !isFocus(a) && !isFocus(b)),
    },
  };
  return decoded;
}

// A conflict export repeats the same few hundred places across many rows: each is looked up once.
const containsCache = new Map<string, string | undefined>();

/** "Tajikistan" or "Afghanistan" if the point (WGS84 degrees) is in one of them, else undefined. */
export function storyCountryAt(lon: number, lat: number): string | undefined {
  const key = `${lon},${lat}`;
  if (containsCache.has(key)) return containsCache.get(key);
  const { tajikistan, afghanistan } = boundaries();
  const inside = [tajikistan, afghanistan].find((country) => d3.geoContains(country, [lon, lat]))?.properties.name;
  if (containsCache.size < 100_000) containsCache.set(key, inside);
  return inside;
}
