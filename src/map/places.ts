/**
 * Places the map names besides the incidents, with where their coordinates come from (data/README.md
 * lists them too). Province names are label positions inside each province, not data points.
 */
import * as d3 from "d3";
import { english, type Edition } from "../editions/edition.js";

export interface Place {
  name: string;
  lon: number;
  lat: number;
}

/** Dushanbe: 38°32′N 68°47′E (Wikipedia). */
export const capital: Place = { name: "Dushanbe", lon: 68.78, lat: 38.53 };

/** Where each province's name is written, by the name events.csv's region column uses. */
export const provinceLabels: Readonly<Record<string, Place>> = {
  Khatlon: { name: "KHATLON", lon: 68.45, lat: 37.85 },
  "Gorno-Badakhshan": { name: "GORNO-BADAKHSHAN", lon: 72.9, lat: 38.25 },
};

/** Country names, at points well inside each country within the map's frame. */
export const countryLabels: readonly Place[] = [
  { name: "TAJIKISTAN", lon: 70.4, lat: 39.15 },
  { name: "AFGHANISTAN", lon: 68.6, lat: 35.85 },
  { name: "UZBEKISTAN", lon: 66.75, lat: 39.7 },
  { name: "KYRGYZSTAN", lon: 73.3, lat: 40.35 },
  { name: "CHINA", lon: 75.2, lat: 37.6 },
  { name: "PAKISTAN", lon: 72.6, lat: 35.6 },
];

/**
 * "about 130 km south-east of Dushanbe": great-circle distance rounded to 10 km, and an 8-point direction,
 * in the edition's words (its labels' names and keys are the English ones here; uiMessages has each).
 */
export function fromCapital(lat: number, lon: number, edition: Edition = english): string {
  const km = Math.round((d3.geoDistance([capital.lon, capital.lat], [lon, lat]) * 6371) / 10) * 10;
  const dy = lat - capital.lat;
  const dx = (lon - capital.lon) * Math.cos((capital.lat * Math.PI) / 180);
  // ICU select keys cannot hold "-": the message says "north-east" for northEast.
  const names = ["east", "northEast", "north", "northWest", "west", "southWest", "south", "southEast"];
  const direction = names[(Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) + 8) % 8]!;
  const capitalName = edition.message("ui.map.capital");
  return km < 20 ? edition.message("ui.map.nearCapital", { capital: capitalName }) : edition.message("ui.map.fromCapital", { km, direction, capital: capitalName });
}
