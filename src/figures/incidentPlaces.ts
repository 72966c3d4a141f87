/**
 * Incidents grouped by where the data places them: one group per point (and precision), with each
 * incident's deaths; the incidents the data gives no point for; and those whose point lies outside the
 * map's frame. What the map draws and counts.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Category, GeoPrecision } from "../dataset/types.js";
import { rowsByDate } from "./rowsByDate.js";
import { remembered } from "./remember.js";

export interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The main map's frame, degrees: all of Tajikistan and the north of Afghanistan, to the Hindu Kush. Here,
 * not in map/, because the data warnings (figures/dataWarnings.ts) name the points it leaves out.
 */
export const mapExtent: Extent = { west: 66.3, east: 75.3, south: 35.3, north: 41.1 };

/** Whether a point lies inside the map's frame (edges included). */
export const insideFrame = (lat: number, lon: number, { west, east, south, north }: Extent = mapExtent): boolean =>
  lat >= south && lat <= north && lon >= west && lon <= east;

export interface PlacedIncident {
  row: number;
  killed: number;
}

export interface IncidentPlace {
  lat: number;
  lon: number;
  precision: GeoPrecision;
  /** The district (and region) of the first incident here, as the data writes it. */
  district: string;
  region: string;
  /** Oldest first. */
  incidents: PlacedIncident[];
  killed: number;
}

export interface IncidentPlaces {
  places: IncidentPlace[];
  /** Rows with no point: counted on the map and in a warning, never guessed. */
  unplaced: number[];
  /** Rows whose point lies outside the map's frame: left off, counted on the map and in a warning. */
  outsideFrame: number[];
}

export const incidentPlaces = remembered(computeIncidentPlaces);

function computeIncidentPlaces(incidents: IncidentTable, categories: readonly Category[]): IncidentPlaces {
  const deaths = new Int32Array(incidents.length);
  for (const { column } of categories) {
    const killed = incidents.killed(column);
    for (let i = 0; i < deaths.length; i++) deaths[i] = deaths[i]! + killed[i]!;
  }
  const byPoint = new Map<string, IncidentPlace & { firstRow: number }>();
  const unplaced: number[] = [];
  const outsideFrame: number[] = [];
  // Rows taken in date order, so each place's incidents come oldest first without a sort.
  for (const row of rowsByDate(incidents, categories).order) {
    const point = incidents.point(row);
    if (!point) {
      unplaced.push(row);
      continue;
    }
    if (!insideFrame(point.lat, point.lon)) {
      outsideFrame.push(row);
      continue;
    }
    const key = `${point.lat},${point.lon},${point.precision}`;
    let place = byPoint.get(key);
    if (!place) {
      place = { ...point, district: "", region: "", incidents: [], killed: 0, firstRow: incidents.length };
      byPoint.set(key, place);
    }
    // The names are the first row's in the file, whatever its date.
    if (row < place.firstRow) Object.assign(place, { firstRow: row, district: incidents.district(row), region: incidents.region(row) });
    place.incidents.push({ row, killed: deaths[row]! });
    place.killed += deaths[row]!;
  }
  unplaced.sort((a, b) => a - b);
  outsideFrame.sort((a, b) => a - b);
  const places: IncidentPlace[] = [...byPoint.values()].map(({ firstRow: _firstRow, ...place }) => place);
  // Deadliest place first; ties west to east, so the order never depends on the file's.
  places.sort((a, b) => b.killed - a.killed || a.lon - b.lon || a.lat - b.lat || a.precision.localeCompare(b.precision));
  return { places, unplaced, outsideFrame };
}
