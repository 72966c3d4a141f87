/**
 * Incidents grouped by where the data places them: one group per point (and precision), with each
 * incident's deaths, and the incidents the data gives no point for. What the map draws and counts.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Category, GeoPrecision } from "../dataset/types.js";
import { rowsByDate } from "./rowsByDate.js";
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
  const byPoint = new Map<string, IncidentPlace & { firstRow: number }>();
  const unplaced: number[] = [];
  // Rows taken in date order, so each place's incidents come oldest first without a sort.
  for (const row of rowsByDate(incidents, categories).order) {
    const point = incidents.point(row);
    if (!point) {
      unplaced.push(row);
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
  const places: IncidentPlace[] = [...byPoint.values()].map(({ firstRow: _firstRow, ...place }) => place);
  // Deadliest place first; ties west to east, so the order never depends on the file's.
  places.sort((a, b) => b.killed - a.killed || a.lon - b.lon || a.lat - b.lat || a.precision.localeCompare(b.precision));
  return { places, unplaced };
}
