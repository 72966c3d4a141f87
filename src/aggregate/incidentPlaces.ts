/**
 * Incidents grouped by where the data places them: one group per point (and precision), with each
 * incident's deaths, and the incidents the data gives no point for. What the map draws and counts.
 */
import type { IncidentTable } from "../data/incidentTable.js";
import type { Category, GeoPrecision } from "../data/types.js";
import { remembered } from "./remember.js";

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
}

export const incidentPlaces = remembered(computeIncidentPlaces);

function computeIncidentPlaces(incidents: IncidentTable, categories: readonly Category[]): IncidentPlaces {
  const deaths = new Int32Array(incidents.length);
  for (const { column } of categories) {
    const killed = incidents.killed(column);
    for (let i = 0; i < deaths.length; i++) deaths[i] = deaths[i]! + killed[i]!;
  }
  const byPoint = new Map<string, IncidentPlace>();
  const unplaced: number[] = [];
  for (let row = 0; row < incidents.length; row++) {
    const point = incidents.point(row);
    if (!point) {
      unplaced.push(row);
      continue;
    }
    const key = `${point.lat},${point.lon},${point.precision}`;
    let place = byPoint.get(key);
    if (!place) {
      place = { ...point, district: incidents.district(row), region: incidents.region(row), incidents: [], killed: 0 };
      byPoint.set(key, place);
    }
    place.incidents.push({ row, killed: deaths[row]! });
    place.killed += deaths[row]!;
  }
  const places = [...byPoint.values()];
  for (const place of places) place.incidents.sort((a, b) => incidents.date(a.row).localeCompare(incidents.date(b.row)) || a.row - b.row);
  // Deadliest place first; ties west to east, so the order never depends on the file's.
  places.sort((a, b) => b.killed - a.killed || a.lon - b.lon || a.lat - b.lat || a.precision.localeCompare(b.precision));
  return { places, unplaced };
}
