/**
 * Places the map names besides the incidents (Dushanbe and its distances are editions/placeNames.ts's), with where their coordinates come from (data/README.md
 * lists them too). Province names are label positions inside each province, not data points.
 */

export interface Place {
  name: string;
  lon: number;
  lat: number;
}

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
